package nl.iwmohub.ggk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.bericht.Privacy;
import nl.iwmohub.outbox.Outbox;
import nl.iwmohub.processing.Hub;
import nl.iwmohub.read.BerichtReader;
import nl.iwmohub.read.ReadResult;
import nl.iwmohub.read.ReceivedFile;
import nl.iwmohub.read.XsdError;
import nl.iwmohub.store.BerichtStore;
import nl.iwmohub.store.Envelopes;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;
import nl.iwmohub.verdict.Outcome;
import nl.iwmohub.verdict.Outgoing;
import nl.iwmohub.verdict.ProcessingResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Envelopes that arrive: recognised and read ({@link EnvelopeReader}); a Di01's or Du01's envelope is stored
 * before its payload goes the way of a bare file; a payload that is not what its envelope promises is refused
 * with an Fo01 StUF055, an envelope over 25 MB with IB007 (each stored with its findings, the Fo01 stored as
 * the answer in the same transaction, and the file kept in the rejected folder); an Fo01 that arrives is
 * stored, linked to the hub's message it names, and marks that message as not delivered.
 */
public final class GgkInbound {
    private static final Logger LOG = LoggerFactory.getLogger(GgkInbound.class);
    /** Settles the status of a message of the hub that an Fo01 rejected. */
    public static final String NOT_DELIVERED = "NOT_DELIVERED";
    private final Hub hub;
    private final Envelopes envelopes;
    private final EnvelopeReader reader;
    private final EnvelopeWriter writer;
    private final Stamps stamps;
    private final Application application;

    public GgkInbound(Hub hub, Envelopes envelopes, EnvelopeReader reader, EnvelopeWriter writer, Stamps stamps,
                      Application application) {
        this.hub = hub;
        this.envelopes = envelopes;
        this.reader = reader;
        this.writer = writer;
        this.stamps = stamps;
        this.application = application;
    }

    /**
     * What {@code raw} is as an envelope; null for a bare file. An envelope that repeats one received and settled
     * before (README §7.5) is a {@link Inbound.Retransmission}, whatever it held: the first receipt was answered.
     */
    public Inbound recognise(byte[] raw) {
        Inbound in = reader.read(raw);
        Envelope e = in instanceof Inbound.Unwrapped u ? u.envelope() : in instanceof Inbound.Refused r ? r.envelope()
                : in instanceof Inbound.ReceivedFo01 f ? f.envelope() : null;
        if (e == null || e.referentienummer() == null || e.referentienummer().isBlank() || e.zenderOrganisatie() == null) {
            return in;
        }
        String payload = in instanceof Inbound.Unwrapped u ? BerichtReader.sha256(u.payload()) : null;
        Optional<Long> original = hub.database().inTransaction(c -> envelopes.settledReceipt(c, e.zenderOrganisatie(),
                e.zenderApplicatie(), e.referentienummer(), payload, BerichtReader.sha256(raw)));
        return original.isPresent() ? new Inbound.Retransmission(e, original.get()) : in;
    }

    /**
     * Stores the envelope of a Di01 or Du01 whose payload is about to be processed (once per envelope). Returns
     * null, or why it is quarantined instead: the sender used its referentienummer before for other content
     * (StUF016 for an end node, README §7.5; no Fo01 code exists for a gemeente, so it is not answered).
     */
    public String recordReceived(Inbound.Unwrapped u, String payloadSha256, byte[] raw) {
        Envelope e = u.envelope();
        return hub.database().inTransaction(c -> {
            if (envelopes.receivedOtherwise(c, e.zenderOrganisatie(), e.zenderApplicatie(), e.referentienummer(),
                    payloadSha256)) {
                String reason = "referentienummer " + e.referentienummer() + " of " + e.zenderOrganisatie() + "/"
                        + e.zenderApplicatie() + " was received before with another payload; not processed, not"
                        + " answered (StUF016: a repeated referentienummer must carry the same content)";
                LOG.warn("{}", reason);
                return reason;
            }
            if (!envelopes.received(c, e.zenderOrganisatie(), e.zenderApplicatie(), e.referentienummer(), payloadSha256)) {
                envelopes.insert(c, GgkOutbound.row("IN", e, null, payloadSha256, raw, hub.now()));
            }
            return null;
        });
    }

    /**
     * Null when the payload may be processed; otherwise the refusal: a payload that is not XML, not an iWmo 3.2
     * message or not valid under its XSD, or a message other than the envelope's functie, fails "its schema in
     * the sectormodel" (README §3.3): StUF055.
     */
    public Inbound.Refused checkPayload(Inbound.Unwrapped u, ReadResult read) {
        List<String> reasons = new ArrayList<>();
        if (read instanceof ReadResult.Quarantine q) {
            reasons.add(q.reason());
            reasons.addAll(q.details());
        } else if (read instanceof ReadResult.XsdInvalid x) {
            for (XsdError error : x.errors()) reasons.add(error.toString());
        } else if (read instanceof ReadResult.Readable r && !r.bericht().type().name().equals(u.envelope().functie())) {
            reasons.add("the envelope's functie is " + u.envelope().functie() + " but the payload is a " + r.bericht().type());
        }
        if (reasons.isEmpty()) return null;
        return new Inbound.Refused(u.envelope(), Refusal.stuf055(reasons.stream().map(Privacy::maskBsns).toList()));
    }

    /** The step of an envelope that is not processed as a message. */
    public ProcessingResult handle(ReceivedFile file, Inbound inbound) {
        if (inbound instanceof Inbound.Refused r) return refuse(file, r);
        if (inbound instanceof Inbound.ReceivedFo01 f) return fo01(file, f.envelope());
        if (inbound instanceof Inbound.Retransmission t) return retransmission(file, t);
        throw new IllegalArgumentException("not an envelope step: " + inbound);
    }

    private ProcessingResult refuse(ReceivedFile file, Inbound.Refused r) {
        Envelope in = r.envelope();
        Refusal refusal = r.refusal();
        Outcome outcome = Refusal.STUF055.equals(refusal.code()) ? Outcome.XSD_INVALID : Outcome.QUARANTINED;
        String functie = in.functie();
        String type = functie != null && isBerichtType(functie) ? functie : null;
        List<Finding> findings = refusal.reasons().stream()
                .map(reason -> new Finding(refusal.code(), null, Controleniveau.XSD, null, null, reason)).toList();
        boolean answerable = in.referentienummer() != null && !in.referentienummer().isBlank();
        Instant now = hub.now();
        List<Outgoing> outgoing = hub.database().inTransaction(c -> {
            long id = hub.berichten().insert(c, new BerichtStore.BerichtRecord("IN", type, code(in.zenderOrganisatie()),
                    code(in.ontvangerOrganisatie()), null, null, file.name(), file.sha256(), file.raw(), now,
                    outcome.name(), null));
            hub.berichten().insertFindings(c, id, findings);
            Envelope stored = withFout(in, refusal);
            envelopes.insert(c, GgkOutbound.row("IN", stored, id, null, null, now));
            if (!answerable) return List.<Outgoing>of();
            Envelope fo01 = new Envelope("Fo01", in.ontvangerOrganisatie(), application.naam(), in.zenderOrganisatie(),
                    Ggk.GGK_APPLICATIE, Stamps.referentienummer(), stamps.tijdstipBericht(), in.referentienummer(), null,
                    null, null, null, null, refusal.code(), refusal.plek(), refusal.omschrijving(), details(in));
            // detailsXML: the rejected envelope as XML, "if possible": not for one over the size limit
            byte[] bytes = writer.fo01(fo01, Refusal.STUF055.equals(refusal.code()) ? file.raw() : null);
            String name = "Fo01_" + Outbox.safeName(file.name()) + (file.name().endsWith(".xml") ? "" : ".xml");
            String party = in.zenderOrganisatie() == null || in.zenderOrganisatie().isBlank() ? "onbekend" : in.zenderOrganisatie();
            long fo01Id = hub.berichten().insert(c, new BerichtStore.BerichtRecord("UIT", "Fo01",
                    code(in.ontvangerOrganisatie()), code(party), null, null, name, nl.iwmohub.read.BerichtReader.sha256(bytes),
                    bytes, now, "SENT", id));
            envelopes.insert(c, GgkOutbound.row("UIT", fo01, fo01Id, null, bytes, now));
            return List.of(new Outgoing(party, name, "Fo01", bytes, fo01Id));
        });
        String reason = "refused with Fo01 " + refusal.code() + ": " + refusal.omschrijving()
                + (answerable ? "" : " (not answered: the envelope has no referentienummer)");
        LOG.warn("{}: {}", file.name(), reason);
        return new ProcessingResult(file.name(), outcome, type, null, in.zenderOrganisatie(), reason, refusal.reasons(),
                findings, outgoing);
    }

    /**
     * A retransmission: its receipt is stored (DUPLICATE, linked to the original) and logged; what the original
     * caused and was not written yet is written now (as for a bare file with the bytes of one processed before),
     * nothing else: no second processing, no second answer.
     */
    private ProcessingResult retransmission(ReceivedFile file, Inbound.Retransmission t) {
        Envelope in = t.envelope();
        String type = in.functie() != null && isBerichtType(in.functie()) ? in.functie()
                : "Fo01".equals(in.berichtcode()) ? "Fo01" : null;
        List<Outgoing> unwritten = hub.database().inTransaction(c -> {
            hub.berichten().insert(c, new BerichtStore.BerichtRecord("IN", type, code(in.zenderOrganisatie()), code(in.ontvangerOrganisatie()), null,
                    null, file.name(), file.sha256(), file.raw(), hub.now(), Outcome.DUPLICATE.name(), t.originalId()));
            return hub.berichten().unwritten(c, t.originalId()).stream()
                    .map(u -> new Outgoing(u.partij(), u.bestandsnaam(), u.berichtType(), u.inhoud(), u.id())).toList();
        });
        String reason = "retransmission of " + in.berichtcode() + " " + in.referentienummer() + " from "
                + in.zenderOrganisatie() + "/" + in.zenderApplicatie() + " (same content as message #" + t.originalId()
                + "): acknowledged again, not processed or answered again (StUF, README §7.5)"
                + (unwritten.isEmpty() ? "" : "; " + unwritten.size() + " outgoing message(s) of the original not yet"
                + " written are written now");
        LOG.info("{}: {}", file.name(), reason);
        return new ProcessingResult(file.name(), Outcome.DUPLICATE, type, null, in.zenderOrganisatie(), reason,
                List.of(), List.of(), unwritten);
    }

    private ProcessingResult fo01(ReceivedFile file, Envelope in) {
        Instant now = hub.now();
        String meaning = Fo01Codes.meaning(in.zenderOrganisatie(), in.foutcode());
        return hub.database().inTransaction(c -> {
            Optional<Envelopes.Row> about = envelopes.sentAs(c, in.crossRefnummer());
            Long aboutId = about.map(Envelopes.Row::berichtId).orElse(null);
            Outcome outcome = aboutId != null ? Outcome.RECORDED : Outcome.QUARANTINED;
            long id = hub.berichten().insert(c, new BerichtStore.BerichtRecord("IN", "Fo01", code(in.zenderOrganisatie()),
                    code(in.ontvangerOrganisatie()), null, null, file.name(), file.sha256(), file.raw(), now,
                    outcome.name(), aboutId));
            envelopes.insert(c, GgkOutbound.row("IN", in, id, null, null, now));
            String what = "Fo01 " + in.foutcode() + " (" + in.foutplek() + ") from " + in.zenderOrganisatie() + ": " + meaning
                    + (Fo01Codes.retryLater(in.foutcode()) ? "; send again later" : "");
            List<Finding> findings = List.of(new Finding("Fo01", null, Controleniveau.XSD, null, null,
                    Privacy.maskBsns(what + "; omschrijving: " + in.foutomschrijving())));
            hub.berichten().insertFindings(c, id, findings);
            String reason;
            if (aboutId != null) {
                hub.berichten().setUitkomst(c, aboutId, NOT_DELIVERED);
                reason = what + "; message #" + aboutId + " (" + about.get().functie() + ", referentienummer "
                        + in.crossRefnummer() + ") marked not delivered";
            } else {
                reason = what + "; about referentienummer " + in.crossRefnummer() + ", which the hub did not send";
            }
            LOG.warn("{}: {}", file.name(), reason);
            return new ProcessingResult(file.name(), outcome, "Fo01", null, in.zenderOrganisatie(), reason,
                    List.of(Privacy.maskBsns(String.valueOf(in.foutomschrijving()))), findings, List.of());
        });
    }

    private static Envelope withFout(Envelope e, Refusal r) {
        return new Envelope(e.berichtcode(), e.zenderOrganisatie(), e.zenderApplicatie(), e.ontvangerOrganisatie(),
                e.ontvangerApplicatie(), e.referentienummer(), e.tijdstipBericht(), e.crossRefnummer(), e.functie(),
                e.applicatieVersie(), e.applicatieSubversie(), e.functieVersie(), e.functieSubversie(), r.code(),
                r.plek(), r.omschrijving(), null);
    }

    /** functie-applicatieVersieapplicatieSubversie of the rejected message (§8.1), at most 1000 characters. */
    private static String details(Envelope e) {
        String d = e.fo01Details();
        return d.length() <= 1000 ? d : d.substring(0, 1000);
    }

    private static boolean isBerichtType(String functie) {
        for (BerichtType t : BerichtType.values()) if (t.name().equals(functie)) return true;
        return false;
    }

    /** A party code as the bericht table keeps it (at most 8 characters: AGB, CBS, IB, RINIS, VECOZO). */
    private static String code(String organisatie) {
        if (organisatie == null || organisatie.isBlank()) return null;
        String t = organisatie.trim();
        return t.length() <= 8 ? t : t.substring(0, 8);
    }

}
