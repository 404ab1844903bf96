package nl.iwmohub.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.iwmohub.verdict.ProcessingResult;

/**
 * {@code long-text-benchmark}: the time one message with a very long text value costs the hub, through the same
 * routes and store as in production: a WMO301 whose Achternaam (LDT_Naam, maxLength 200) or Commentaar
 * (LDT_Commentaar, no maxLength) is 10 KB, 1 MB or 10 MB long. Before the reader judged long values itself, the
 * validator's pattern matcher took minutes to hours on these.
 */
final class LongTextBenchmarkCommand {
    private LongTextBenchmarkCommand() {}

    static int run(List<String> args, PrintStream out) throws Exception {
        int[] sizes = {10 * 1024, 1024 * 1024, 10 * 1024 * 1024};
        if (!args.isEmpty()) throw new IllegalArgumentException("long-text-benchmark takes no options\n" + IwmoHub.USAGE);
        Path dir = Files.createTempDirectory("iwmo-long-text");
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("iwmo.db", dir.resolve("db").toString());
        overrides.put("iwmo.outbox", dir.resolve("outbox").toString());
        overrides.put("iwmo.inbox.enabled", "false");
        try (HubRuntime hub = new HubRuntime(Settings.load(System.getenv(), overrides))) {
            hub.start();
            // warm up: the first message loads the schemas and the model
            hub.process("warm-up.xml", LargeDeclaratie.toewijzing(1).getBytes(StandardCharsets.UTF_8));
            out.printf("%-11s %-9s %10s  %-12s %s%n", "element", "value", "ms", "outcome", "reason");
            int n = 2;
            for (String element : new String[] {"Achternaam", "Commentaar"}) {
                for (int size : sizes) {
                    String xml = message(element, size, n);
                    long start = System.nanoTime();
                    ProcessingResult r = hub.process(element + "-" + size + ".xml", xml.getBytes(StandardCharsets.UTF_8));
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    String reason = r.reason() == null ? "" : r.reason();
                    out.printf("%-11s %-9s %10d  %-12s %s%n", element, label(size), ms, r.outcome(),
                            reason.length() > 100 ? reason.substring(0, 100) + "..." : reason);
                    n++;
                }
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    /** A WMO301 with a text of {@code size} characters in the element: a name, or words in a comment. */
    private static String message(String element, int size, int client) {
        String xml = LargeDeclaratie.toewijzing(client);
        if (element.equals("Achternaam")) {
            return xml.replaceFirst("<iwmo:Achternaam>Bakker<", "<iwmo:Achternaam>" + "Bakker".repeat(size / 6 + 1).substring(0, size) + "<");
        }
        String words = "Lange toelichting bij de toewijzing. ".repeat(size / 37 + 1).substring(0, size);
        return xml.replace("</wmo301:Omvang>", "</wmo301:Omvang>\n        <wmo301:Commentaar>" + words + "</wmo301:Commentaar>");
    }

    private static String label(int size) {
        return size >= 1024 * 1024 ? size / (1024 * 1024) + " MB" : size / 1024 + " KB";
    }
}
