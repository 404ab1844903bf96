package nl.iwmohub.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.iwmohub.bericht.LogText;
import nl.iwmohub.bericht.Privacy;
import nl.iwmohub.verdict.Finding;
import nl.iwmohub.verdict.Outgoing;
import nl.iwmohub.verdict.ProcessingResult;

/** report.json and the printed table of the batch command: one entry per input. File names masked (BSNs). */
public final class Report {
    private final List<Map<String, Object>> entries = new ArrayList<>();

    /** Keeps the entry only: the result's outgoing messages (their bytes) are written already and not held here. */
    public void add(ProcessingResult r) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("file", Privacy.fileName(r.fileName()));
        e.put("berichtType", r.berichtType());
        e.put("identificatie", r.identificatie());
        e.put("verzender", r.verzender());
        e.put("outcome", r.outcome().name());
        // reasons and details mask a BSN where they name one (the rules, the reader): ToewijzingNummers and
        // amounts stay readable
        e.put("reason", r.reason());
        if (!r.details().isEmpty()) e.put("details", r.details());
        List<Map<String, Object>> codes = new ArrayList<>();
        for (Finding f : r.findings()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("retourCode", f.retourCode());
            c.put("rule", f.rule());
            c.put("level", f.niveau().name());
            c.put("berichtklasse", f.berichtklasse());
            c.put("element", f.element());
            c.put("reason", f.reason());
            // The processing core's findings also say it in Dutch and what the element was checked against.
            if (f.reden() != null) c.put("reden", f.reden());
            if (f.toewijzing() != null) c.put("toewijzing", f.toewijzing());
            if (f.tarief() != null) c.put("tarief", f.tarief());
            codes.add(c);
        }
        e.put("retourCodes", codes);
        e.put("outputs", r.outgoing().stream().map(Report::output).toList());
        entries.add(e);
    }

    /** An input that could not be read from disk at all. */
    public void addUnreadable(String file, String reason) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("file", file);
        e.put("outcome", "UNREADABLE");
        e.put("reason", reason);
        e.put("retourCodes", List.of());
        e.put("outputs", List.of());
        entries.add(e);
    }

    private static String output(Outgoing u) {
        return u.partij() + "/" + u.bestandsnaam();
    }

    public void write(Path file, String today) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("today", today);
        root.put("inputs", entries);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }

    public void printTable(PrintStream out) {
        String format = "%-46s %-7s %-12s %-16s %s%n";
        out.printf(format, "file", "type", "identificatie", "outcome", "retourcodes / reason");
        for (Map<String, Object> e : entries) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> codes = (List<Map<String, Object>>) e.get("retourCodes");
            String detail = codes.isEmpty() ? String.valueOf(e.get("reason"))
                    : String.join(" ", codes.stream().map(c -> c.get("rule") + (c.get("retourCode") == null ? ""
                            : "=" + c.get("retourCode"))).distinct().toList());
            out.printf(format, clip(LogText.escape(String.valueOf(e.get("file"))), 46), clip(e.get("berichtType"), 7), clip(e.get("identificatie"), 12),
                    e.get("outcome"), clip(LogText.escape(detail), 90));
        }
    }

    private static String clip(Object value, int max) {
        String s = value == null ? "-" : value.toString();
        return s.length() <= max ? s : s.substring(0, max - 1) + "~";
    }
}
