package nl.iwmohub.processing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.iwmohub.bericht.Privacy;
import nl.iwmohub.outbox.Outbox;
import nl.iwmohub.processing.Hub;
import nl.iwmohub.read.HeaderFields;
import nl.iwmohub.read.ReadResult;
import nl.iwmohub.read.ReceivedFile;
import nl.iwmohub.read.XsdError;
import nl.iwmohub.retour.ErrorNotice;
import nl.iwmohub.store.BerichtStore;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;
import nl.iwmohub.verdict.Outcome;
import nl.iwmohub.verdict.Outgoing;
import nl.iwmohub.verdict.ProcessingResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles the inputs that never become a processed message: duplicates of a message processed before,
 * quarantined files, XSD-invalid messages, messages for a gemeente the hub does not serve and types it does
 * not take. Every input, whatever it is, is stored with its raw bytes. The routes call these after the intake
 * step (route.Intake) has read the file; each takes the file as received and what reading it gave.
 */
public final class UnprocessedInputs {
    private static final Logger LOG = LoggerFactory.getLogger(UnprocessedInputs.class);

    private final Hub hub;

    public UnprocessedInputs(Hub hub) {
        this.hub = hub;
    }

    public ProcessingResult quarantine(ReceivedFile file, ReadResult.Quarantine q) {
        List<String> details = q.details().stream().map(Privacy::maskBsns).toList();
        store(file, null, HeaderFields.NONE, Outcome.QUARANTINED, List.of());
        LOG.warn("quarantined {}: {}", file.name(), q.reason());
        return new ProcessingResult(file.name(), Outcome.QUARANTINED, null, null, null, q.reason(), details, List.of(),
                List.of());
    }

    /** A readable message for a gemeente this hub does not serve: quarantined, not answered. */
    public ProcessingResult notServed(ReceivedFile file, ReadResult.Readable r) {
        var header = r.bericht().header();
        String reason = "addressed to gemeente " + header.gemeente() + ", which this hub does not serve (iwmo.gemeenten: "
                + String.join(",", hub.gemeenten()) + ")";
        return quarantineReadable(file, r, reason);
    }

    /** A readable message of a type the hub does not take (yet), such as a WMO306 sent to the gemeente. */
    public ProcessingResult unsupported(ReceivedFile file, ReadResult.Readable r) {
        return quarantineReadable(file, r, r.bericht().type() + " messages are not processed by this hub");
    }

    private ProcessingResult quarantineReadable(ReceivedFile file, ReadResult.Readable r, String reason) {
        var h = r.bericht().header();
        HeaderFields fields = new HeaderFields(h.type().berichtCode(), h.afzender(), h.ontvanger(), h.identificatie(),
                h.dagtekening().toString(), h.basisschemaXsdVersie(), h.berichtXsdVersie());
        store(file, h.type().name(), fields, Outcome.QUARANTINED, List.of());
        LOG.warn("quarantined {}: {}", file.name(), reason);
        return new ProcessingResult(file.name(), Outcome.QUARANTINED, h.type().name(), h.identificatie(),
                h.verzender(), reason, List.of(), List.of(), List.of());
    }

    /** IV028 controleniveau 1: no retour; an error notice listing every XSD error goes to the sender. */
    public ProcessingResult xsdInvalid(ReceivedFile file, ReadResult.XsdInvalid x) {
        String fileName = file.name();
        HeaderFields h = x.header();
        List<String> lines = new ArrayList<>();
        for (XsdError e : x.errors()) lines.add(e.toString());   // the reader masks a Bsn value it quotes
        if (x.truncated()) lines.add("(more errors not listed: the validation stopped after " + x.errors().size() + ")");
        List<Finding> findings = x.errors().stream()
                .map(e -> new Finding("XSD", null, Controleniveau.XSD, null, e.element(),
                        "line " + e.line() + ", column " + e.column() + ": " + e.message()))
                .toList();
        String verzender = x.type().isRetourOpHeader() ? h.ontvanger() : h.afzender();
        List<Outgoing> outgoing = new ArrayList<>();
        if (isPartyCode(verzender)) {
            String notice = ErrorNotice.text(fileName, x.type().name(), h.identificatie(), verzender,
                    "Het bericht voldoet niet aan de XSD van iWmo 3.2 (controleniveau 1) en is niet verwerkt;"
                            + " er volgt geen retourbericht (IV028).",
                    "The message is not valid under the iWmo 3.2 XSD (level 1) and was not processed;"
                            + " no retour message follows (IV028).", lines);
            outgoing.add(new Outgoing(verzender, "FOUTMELDING_" + Outbox.safeName(Privacy.fileName(fileName)) + ".txt", "FOUTMELDING",
                    notice.getBytes(StandardCharsets.UTF_8)));
        }
        List<Outgoing> stored = hub.database().inTransaction(c -> {
            long id = insert(c, file, x.type().name(), h, Outcome.XSD_INVALID, findings, null);
            return OutgoingMessages.store(c, hub, id, null, null, hub.today(), outgoing);
        });
        LOG.warn("{} ({}) is not valid under the XSD: {} error(s)", fileName, x.type(), x.errors().size());
        return new ProcessingResult(fileName, Outcome.XSD_INVALID, x.type().name(), h.identificatie(), verzender,
                "not valid under the iWmo 3.2 XSD (" + x.errors().size() + " error(s))", lines, findings, stored);
    }

    private long store(ReceivedFile file, String type, HeaderFields h, Outcome outcome, List<Finding> findings) {
        return hub.database().inTransaction(c -> insert(c, file, type, h, outcome, findings, null));
    }

    private long insert(Connection c, ReceivedFile file, String type, HeaderFields h, Outcome outcome,
                        List<Finding> findings, Long relatesTo) throws SQLException {
        long id = hub.berichten().insert(c, new BerichtStore.BerichtRecord("IN", type, code(h.afzender()),
                code(h.ontvanger()), limit(h.identificatie()), date(h.dagtekening()), file.name(),
                file.sha256(), file.raw(), hub.now(), outcome.name(), relatesTo));
        hub.berichten().insertFindings(c, id, findings);
        return id;
    }

    /**
     * A file with the same bytes as a message processed before (a second delivery, or the same file again
     * after the hub stopped between its commit and its outbox): it has no new effect. Only what the first
     * one should have sent and was not written yet is written now. The receipt itself is stored.
     */
    public ProcessingResult duplicate(ReceivedFile file, BerichtStore.Processed original) {
        List<Outgoing> unwritten = hub.database().inTransaction(c -> {
            insert(c, file, original.berichtType(), HeaderFields.NONE, Outcome.DUPLICATE, List.of(), original.id());
            return hub.berichten().unwritten(c, original.id()).stream()
                    .map(u -> new Outgoing(u.partij(), u.bestandsnaam(), u.berichtType(), u.inhoud(), u.id())).toList();
        });
        String reason = "same content as message #" + original.id() + " (" + Privacy.fileName(original.bestandsnaam()) + ", "
                + original.uitkomst() + "); no new effect" + (unwritten.isEmpty() ? ""
                : "; its " + unwritten.size() + " outgoing message(s) not yet written are written now");
        LOG.warn("{}: {}", file.name(), reason);
        Outcome outcome = Outcome.XSD_INVALID.name().equals(original.uitkomst()) ? Outcome.XSD_INVALID : Outcome.DUPLICATE;
        return new ProcessingResult(file.name(), outcome, original.berichtType(), original.identificatie(),
                null, reason, List.of(), List.of(), unwritten);
    }

    private static boolean isPartyCode(String value) {
        return value != null && value.trim().matches("[0-9]{4}|[0-9]{8}");
    }

    private static String code(String value) {
        return isPartyCode(value) ? value.trim() : null;
    }

    private static String limit(String value) {
        return value == null ? null : value.length() > 12 ? value.substring(0, 12) : value;
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
