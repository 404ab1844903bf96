package nl.iwmohub.core;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.iwmohub.bericht.Privacy;
import nl.iwmohub.ingest.BerichtReader;
import nl.iwmohub.ingest.HeaderFields;
import nl.iwmohub.ingest.ReadResult;
import nl.iwmohub.ingest.XsdError;
import nl.iwmohub.outbox.Outbox;
import nl.iwmohub.store.BerichtStore;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first steps of every input (the routes call these): read and validate the file, and settle the files
 * that never become a processed message: quarantined ones, XSD-invalid ones and types the hub does not take.
 * Every input, whatever it is, is stored with its raw bytes.
 */
public final class Ingest {
    public static final String STATUS = "iwmoStatus";
    public static final String BERICHT_TYPE = "iwmoBerichtType";
    private static final String DUPLICATE_OF = "iwmoDuplicateOf";
    private static final String SHA256 = "iwmoSha256";
    private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

    private final Hub hub;

    public Ingest(Hub hub) {
        this.hub = hub;
    }

    /** Reads the exchange's file; sets the headers the ingest route dispatches on. */
    public ReadResult read(Exchange exchange) {
        String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME, "unnamed", String.class);
        Long length = exchange.getIn().getHeader(Exchange.FILE_LENGTH, Long.class);
        if (length != null && hub.reader().tooLarge(length)) {
            // checked before reading: an oversized file is never loaded; it is kept in the rejected folder
            exchange.setProperty("iwmoRaw", new byte[0]);
            exchange.getIn().setHeader(STATUS, "QUARANTINE");
            return hub.reader().refuseTooLarge(length);
        }
        byte[] raw = exchange.getIn().getBody(byte[].class);
        if (raw == null) raw = new byte[0];
        exchange.setProperty("iwmoRaw", raw);
        String sha256 = BerichtReader.sha256(raw);
        exchange.setProperty(SHA256, sha256);
        var original = hub.database().inTransaction(c -> hub.berichten().findProcessed(c, sha256));
        if (original.isPresent()) {
            exchange.setProperty(DUPLICATE_OF, original.get());
            exchange.getIn().setHeader(STATUS, "DUPLICATE");
            return null;
        }
        ReadResult result = hub.reader().read(fileName, raw, sha256);
        if (result instanceof ReadResult.Readable r) {
            exchange.getIn().setHeader(STATUS, "READABLE");
            exchange.getIn().setHeader(BERICHT_TYPE, r.bericht().type().name());
            if (!hub.serves(r.bericht().header().gemeente())) exchange.getIn().setHeader(STATUS, "NOT_SERVED");
        } else {
            exchange.getIn().setHeader(STATUS, result instanceof ReadResult.XsdInvalid ? "XSD_INVALID" : "QUARANTINE");
        }
        return result;
    }

    public ProcessingResult quarantine(Exchange exchange, ReadResult.Quarantine q) {
        String fileName = fileName(exchange);
        List<String> details = q.details().stream().map(Privacy::maskBsns).toList();
        store(exchange, null, HeaderFields.NONE, Outcome.QUARANTINED, List.of());
        LOG.warn("quarantined {}: {}", fileName, q.reason());
        return new ProcessingResult(fileName, Outcome.QUARANTINED, null, null, null, q.reason(), details, List.of(),
                List.of());
    }

    /** A readable message for a gemeente this hub does not serve: quarantined, not answered. */
    public ProcessingResult notServed(Exchange exchange, ReadResult.Readable r) {
        var header = r.bericht().header();
        String reason = "addressed to gemeente " + header.gemeente() + ", which this hub does not serve (iwmo.gemeenten: "
                + String.join(",", hub.gemeenten()) + ")";
        return quarantineReadable(exchange, r, reason);
    }

    /** A readable message of a type the hub does not take (yet), such as a WMO306 sent to the gemeente. */
    public ProcessingResult unsupported(Exchange exchange, ReadResult.Readable r) {
        return quarantineReadable(exchange, r, r.bericht().type() + " messages are not processed by this hub");
    }

    private ProcessingResult quarantineReadable(Exchange exchange, ReadResult.Readable r, String reason) {
        var h = r.bericht().header();
        HeaderFields fields = new HeaderFields(h.type().berichtCode(), h.afzender(), h.ontvanger(), h.identificatie(),
                h.dagtekening().toString(), h.basisschemaXsdVersie(), h.berichtXsdVersie());
        store(exchange, h.type().name(), fields, Outcome.QUARANTINED, List.of());
        LOG.warn("quarantined {}: {}", fileName(exchange), reason);
        return new ProcessingResult(fileName(exchange), Outcome.QUARANTINED, h.type().name(), h.identificatie(),
                h.verzender(), reason, List.of(), List.of(), List.of());
    }

    /** IV028 controleniveau 1: no retour; an error notice listing every XSD error goes to the sender. */
    public ProcessingResult xsdInvalid(Exchange exchange, ReadResult.XsdInvalid x) {
        String fileName = fileName(exchange);
        HeaderFields h = x.header();
        List<String> lines = new ArrayList<>();
        for (XsdError e : x.errors()) lines.add(Privacy.maskBsns(e.toString()));
        if (x.truncated()) lines.add("(more errors not listed: the validation stopped after " + x.errors().size() + ")");
        List<Finding> findings = x.errors().stream()
                .map(e -> new Finding("XSD", null, Controleniveau.XSD, null, e.element(),
                        Privacy.maskBsns("line " + e.line() + ", column " + e.column() + ": " + e.message())))
                .toList();
        String verzender = x.type().isRetourOpHeader() ? h.ontvanger() : h.afzender();
        List<Uitgaand> outgoing = new ArrayList<>();
        if (isPartyCode(verzender)) {
            String notice = ErrorNotice.text(fileName, x.type().name(), h.identificatie(), verzender,
                    "Het bericht voldoet niet aan de XSD van iWmo 3.2 (controleniveau 1) en is niet verwerkt;"
                            + " er volgt geen retourbericht (IV028).",
                    "The message is not valid under the iWmo 3.2 XSD (level 1) and was not processed;"
                            + " no retour message follows (IV028).", lines);
            outgoing.add(new Uitgaand(verzender, "FOUTMELDING_" + Outbox.safeName(fileName) + ".txt", "FOUTMELDING",
                    notice.getBytes(StandardCharsets.UTF_8)));
        }
        List<Uitgaand> stored = hub.database().inTransaction(c -> {
            long id = insert(c, exchange, x.type().name(), h, Outcome.XSD_INVALID, findings, null);
            return Verzending.store(c, hub, id, null, hub.today(), outgoing);
        });
        LOG.warn("{} ({}) is not valid under the XSD: {} error(s)", fileName, x.type(), x.errors().size());
        return new ProcessingResult(fileName, Outcome.XSD_INVALID, x.type().name(), h.identificatie(), verzender,
                "not valid under the iWmo 3.2 XSD (" + x.errors().size() + " error(s))", lines, findings, stored);
    }

    private long store(Exchange exchange, String type, HeaderFields h, Outcome outcome, List<Finding> findings) {
        return hub.database().inTransaction(c -> insert(c, exchange, type, h, outcome, findings, null));
    }

    private long insert(java.sql.Connection c, Exchange exchange, String type, HeaderFields h, Outcome outcome,
                        List<Finding> findings, Long relatesTo) throws java.sql.SQLException {
        byte[] raw = exchange.getProperty("iwmoRaw", new byte[0], byte[].class);
        long id = hub.berichten().insert(c, new BerichtStore.BerichtRecord("IN", type, code(h.afzender()),
                code(h.ontvanger()), limit(h.identificatie()), date(h.dagtekening()), fileName(exchange),
                sha256(exchange, raw), raw, Instant.now(hub.clock()), outcome.name(), relatesTo));
        hub.berichten().insertFindings(c, id, findings);
        return id;
    }

    /**
     * A file with the same bytes as a message processed before (a second delivery, or the same file again
     * after the hub stopped between its commit and its outbox): it has no new effect. Only what the first
     * one should have sent and was not written yet is written now. The receipt itself is stored.
     */
    public ProcessingResult duplicate(Exchange exchange) {
        BerichtStore.Processed original = exchange.getProperty(DUPLICATE_OF, BerichtStore.Processed.class);
        List<Uitgaand> unwritten = hub.database().inTransaction(c -> {
            insert(c, exchange, original.berichtType(), HeaderFields.NONE, Outcome.DUPLICATE, List.of(), original.id());
            return hub.berichten().unwritten(c, original.id()).stream()
                    .map(u -> new Uitgaand(u.partij(), u.bestandsnaam(), u.berichtType(), u.inhoud(), u.id())).toList();
        });
        String reason = "same content as message #" + original.id() + " (" + original.bestandsnaam() + ", "
                + original.uitkomst() + "); no new effect" + (unwritten.isEmpty() ? ""
                : "; its " + unwritten.size() + " outgoing message(s) not yet written are written now");
        LOG.warn("{}: {}", fileName(exchange), reason);
        Outcome outcome = Outcome.XSD_INVALID.name().equals(original.uitkomst()) ? Outcome.XSD_INVALID : Outcome.DUPLICATE;
        return new ProcessingResult(fileName(exchange), outcome, original.berichtType(), original.identificatie(),
                null, reason, List.of(), List.of(), unwritten);
    }

    /** The hash computed when the file was read; an oversized file was never read and gets the hash of nothing. */
    private static String sha256(Exchange exchange, byte[] raw) {
        String known = exchange.getProperty(SHA256, String.class);
        return known != null ? known : BerichtReader.sha256(raw);
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

    private static java.time.LocalDate date(String value) {
        try {
            return value == null ? null : java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static String fileName(Exchange exchange) {
        return exchange.getIn().getHeader(Exchange.FILE_NAME, "unnamed", String.class);
    }
}
