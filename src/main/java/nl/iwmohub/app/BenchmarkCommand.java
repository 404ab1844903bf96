package nl.iwmohub.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code benchmark}: drops N small WMO305 messages at once into the inbox of a running hub (its own folders
 * and database under --dir) and measures how long the hub takes to answer them all, through the same routes
 * as in production. Prints messages per second and the peak heap used.
 */
final class BenchmarkCommand {
    /** The messages come from this many aanbieders, so that the lanes have pairs to spread. */
    private static final int AANBIEDERS = 16;

    private BenchmarkCommand() {}

    static int run(List<String> args, PrintStream out) throws Exception {
        int messages = 10_000;
        Path dir = null;
        int lanes = 4;
        int prestaties = 0;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--messages" -> messages = Integer.parseInt(value(args, ++i));
                case "--dir" -> dir = Path.of(value(args, ++i));
                case "--lanes" -> lanes = Integer.parseInt(value(args, ++i));
                case "--prestaties" -> prestaties = Integer.parseInt(value(args, ++i));
                default -> throw new IllegalArgumentException("unknown option " + args.get(i) + "\n" + IwmoHub.USAGE);
            }
        }
        if (prestaties > 0) return declaratie(prestaties, dir, out);
        boolean temporary = dir == null;
        if (temporary) dir = Files.createTempDirectory("iwmo-benchmark");
        if (Files.exists(dir.resolve("inbox")) && hasFiles(dir.resolve("inbox"))) {
            throw new IllegalArgumentException(dir.resolve("inbox") + " is not empty");
        }
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        String template;
        try (InputStream in = BenchmarkCommand.class.getResourceAsStream("/benchmark/WMO305.xml")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (int i = 1; i <= messages; i++) {
            String name = String.format("bench-%06d.xml", i);
            Path part = inbox.resolve("." + name + ".part");
            String agb = String.format("%08d", 10_000_000 + i % AANBIEDERS);
            Files.writeString(part, template.replace("ST-2026-0007", "B" + i)
                    .replace("<wmo305:Afzender>12345678<", "<wmo305:Afzender>" + agb + "<"), StandardCharsets.UTF_8);
            Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        }
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String key : new String[] {"inbox", "outbox", "archive", "rejected"}) {
            overrides.put("iwmo." + key, dir.resolve(key).toString());
        }
        overrides.put("iwmo.db", dir.resolve("db").toString());
        overrides.put("iwmo.work", dir.resolve("work").toString());
        overrides.put("iwmo.lanes", String.valueOf(lanes));
        overrides.put("iwmo.today", "2026-11-15");
        overrides.put("iwmo.inbox.poll-delay", "50");
        // A minimum age makes the read lock take a file at once when it is older (0 would wait one check interval).
        overrides.put("iwmo.inbox.min-age", "1");
        out.printf("benchmark: %d WMO305 messages from %d aanbieders in %s, %d lane(s)%n", messages, AANBIEDERS, inbox,
                lanes);
        try (HubRuntime hub = new HubRuntime(Settings.load(Map.of(), overrides))) {
            long start = System.nanoTime();
            hub.start();
            while (hasFiles(inbox) || hasFiles(dir.resolve("work"))) Thread.sleep(50);
            double seconds = (System.nanoTime() - start) / 1e9;
            long answers;
            try (Stream<Path> files = Files.walk(dir.resolve("outbox"))) {
                answers = files.filter(p -> p.getFileName().toString().startsWith("WMO306_")).count();
            }
            out.printf("processed %d messages (%d WMO306 answers) in %.1f s: %.0f messages/s;"
                    + " heap: max %d MB, peaks of its pools together %d MB%n", messages, answers, seconds,
                    messages / seconds, Runtime.getRuntime().maxMemory() / (1024 * 1024), peakHeapMb());
            return answers == messages ? 0 : 1;
        } finally {
            if (temporary) deleteTree(dir);
        }
    }

    /**
     * One generated WMO323 of N prestaties: the time to read it (parse, XSD, model), to check the rules inside
     * the message, and to process it whole through the hub (store, WMO325), each measured separately.
     */
    private static int declaratie(int prestaties, Path dir, PrintStream out) throws Exception {
        boolean temporary = dir == null;
        if (temporary) dir = Files.createTempDirectory("iwmo-benchmark");
        byte[] xml = LargeDeclaratie.build(prestaties).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("large-wmo323.xml"), xml);
        out.printf("benchmark: one WMO323 with %d prestaties (%d clients), %.1f MB%n", prestaties,
                (prestaties + 1) / 2, xml.length / 1e6);
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("iwmo.db", dir.resolve("db").toString());
        overrides.put("iwmo.outbox", dir.resolve("outbox").toString());
        overrides.put("iwmo.inbox.enabled", "false");
        overrides.put("iwmo.today", "2026-11-15");
        try (HubRuntime hub = new HubRuntime(Settings.load(Map.of(), overrides))) {
            hub.start();
            for (int round = 1; round <= 2; round++) {
                long t0 = System.nanoTime();
                var read = hub.readOnly("large-wmo323.xml", xml);
                long t1 = System.nanoTime();
                var check = hub.checkRules(read);
                long t2 = System.nanoTime();
                out.printf("round %d: read (parse, XSD, model) %.2f s; rules inside the message %.2f s (%d finding(s))%n",
                        round, (t1 - t0) / 1e9, (t2 - t1) / 1e9, check.size());
            }
            long t3 = System.nanoTime();
            var result = hub.process("large-wmo323.xml", xml);
            out.printf("processed whole through the hub (rules, store, WMO325): %.2f s, outcome %s; heap max %d MB%n",
                    (System.nanoTime() - t3) / 1e9, result.outcome(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
            return 0;
        } finally {
            if (temporary) deleteTree(dir);
        }
    }

    /** Only the benchmark's own temporary folder of generated messages. */
    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String value(List<String> args, int i) {
        if (i >= args.size()) throw new IllegalArgumentException(args.get(i - 1) + " needs a value");
        return args.get(i);
    }

    private static boolean hasFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> !p.getFileName().toString().startsWith("."));
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
        }
        return peak / (1024 * 1024);
    }
}
