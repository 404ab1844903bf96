package nl.iwmohub.ggk;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.iwmohub.outbox.OutgoingFile;
import nl.iwmohub.store.BerichtStore;
import nl.iwmohub.store.Database;
import nl.iwmohub.store.Envelopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With iwmo.transport=ggk: the envelope in which an outgoing message leaves (README §3 of stuf-ggk). A WMO301 or
 * WMO319 starts an exchange and goes in a Di01; every answer (306, 308, 316, 318, 325) in a Du01 whose
 * crossRefnummer is the referentienummer of the Di01 it answers. The payload inside is the stored message,
 * byte for byte. The envelope is made once and stored (table envelop) before it is written, so that writing it
 * again after a stop writes the same bytes, which the outbox then counts as written: no envelope is sent twice,
 * nor two envelopes for one message.
 */
public final class GgkOutbound {
    private static final Logger LOG = LoggerFactory.getLogger(GgkOutbound.class);
    /** Settles the status of an outgoing message whose envelope would exceed 25 MB: it is not sent. */
    public static final String TOO_LARGE = "NOT_SENT_TOO_LARGE";
    private final Database database;
    private final Envelopes envelopes;
    private final BerichtStore berichten;
    private final EnvelopeWriter writer;
    private final Stamps stamps;
    private final Application application;
    private final Clock clock;

    public GgkOutbound(Database database, Envelopes envelopes, BerichtStore berichten, EnvelopeWriter writer,
                       Stamps stamps, Application application, Clock clock) {
        this.database = database;
        this.envelopes = envelopes;
        this.berichten = berichten;
        this.writer = writer;
        this.stamps = stamps;
        this.application = application;
        this.clock = clock;
    }

    /**
     * The envelope file of stored outgoing message {@code storeId} (made and stored now if it has none yet), or
     * empty when it would exceed 25 MB: then the message is marked not sent and an operator must split it.
     */
    public Optional<OutgoingFile> envelope(long storeId, String partij, String bestandsnaam, String functie,
                                           byte[] payload) {
        return database.inTransaction(c -> {
            Optional<Envelopes.Row> made = envelopes.sentWith(c, storeId);
            String berichtcode = Ggk.berichtcodeFor(functie);
            byte[] bytes;
            if (made.isPresent()) {
                bytes = made.get().inhoud();
            } else {
                PayloadHeader header = PayloadHeader.of(payload);
                String cross = "Du01".equals(berichtcode) ? crossRefnummer(c, storeId) : null;
                Envelope e = new Envelope(berichtcode, header.gemeente(), application.naam(), partij,
                        Ggk.GGK_APPLICATIE, Stamps.referentienummer(), stamps.tijdstipBericht(), cross, functie,
                        application.versie(), application.subversie(), PayloadHeader.fourDigits(header.berichtVersie()),
                        PayloadHeader.fourDigits(header.berichtSubversie()), null, null, null, null);
                bytes = writer.wrap(e, payload);
                if (bytes.length > Ggk.MAX_ENVELOPE_BYTES) {
                    LOG.error("{} for {} is not sent: its envelope would have {} bytes, more than {}; split the message",
                            bestandsnaam, partij, bytes.length, Ggk.MAX_ENVELOPE_BYTES);
                    berichten.setUitkomst(c, storeId, TOO_LARGE);
                    return Optional.<OutgoingFile>empty();
                }
                envelopes.insert(c, row("UIT", e, storeId, null, bytes, Instant.now(clock)));
            }
            return Optional.of(new OutgoingFile(partij, berichtcode + "_" + bestandsnaam, bytes, storeId));
        });
    }

    /**
     * The referentienummer of the Di01 that the message answers. A bare file that came in without an envelope
     * (a test, a migration) gets one of the hub's own now, recorded with it, so the answer is still a valid Du01.
     */
    private String crossRefnummer(java.sql.Connection c, long storeId) throws java.sql.SQLException {
        Long answers = envelopes.answers(c, storeId).orElse(null);
        if (answers == null) return Stamps.referentienummer();
        Optional<Envelopes.Row> received = envelopes.receivedWith(c, answers);
        if (received.isPresent()) return received.get().referentienummer();
        String own = Stamps.referentienummer();
        envelopes.insert(c, new Envelopes.Row("IN", "BESTAND", answers, null, own, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, Instant.now(clock)));
        return own;
    }

    static Envelopes.Row row(String richting, Envelope e, Long berichtId, String payloadSha256, byte[] bytes,
                             Instant when) {
        return new Envelopes.Row(richting, e.berichtcode(), berichtId, payloadSha256, e.referentienummer(),
                e.crossRefnummer(), e.tijdstipBericht(), e.zenderOrganisatie(), e.zenderApplicatie(),
                e.ontvangerOrganisatie(), e.ontvangerApplicatie(), e.functie(), e.applicatieVersie(),
                e.applicatieSubversie(), e.functieVersie(), e.functieSubversie(), e.foutcode(), e.foutplek(),
                e.foutomschrijving(), e.foutdetails(), bytes, when);
    }
}
