package nl.iwmohub.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
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
        String db = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--db" -> db = value(args, ++i);
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
        // Half toewijzingen, half starts of them: every start refers to its own toewijzing (TR019) and is the
        // first of its key (TR074, TR326), so the processing core accepts every message.
        String startTemplate = template.replaceFirst("(?s)\\s*<wmo305:StartProduct>\\s*<wmo305:ToewijzingNummer>260001236<.*?</wmo305:StartProduct>", "")
                .replace("<iwmo:Code>02A03</iwmo:Code>", "<iwmo:Code>02A05</iwmo:Code>")
                .replace("<wmo305:ToewijzingIngangsdatum>2026-02-01<", "<wmo305:ToewijzingIngangsdatum>2026-01-01<");
        for (int i = 1; i <= messages; i++) {
            String name = String.format("bench-%06d.xml", i);
            Path part = inbox.resolve("." + name + ".part");
            int pair = (i + 1) / 2;
            String agb = String.format("%08d", 10_000_000 + pair % AANBIEDERS);
            String xml = i % 2 == 1
                    ? LargeDeclaratie.toewijzing(pair).replace("<wmo301:Ontvanger>12345678<", "<wmo301:Ontvanger>" + agb + "<")
                    : startTemplate.replace("ST-2026-0007", "B" + i).replace("<wmo305:Afzender>12345678<", "<wmo305:Afzender>" + agb + "<")
                            .replace("999993653", LargeDeclaratie.bsn(pair))
                            .replace("260001234", String.valueOf(300_000_000 + pair));
            Files.writeString(part, xml, StandardCharsets.UTF_8);
            Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        }
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String key : new String[] {"inbox", "outbox", "archive", "rejected"}) {
            overrides.put("iwmo." + key, dir.resolve(key).toString());
        }
        // an empty store of its own by default; --db: the given one (a JDBC URL of an empty PostgreSQL database, say)
        overrides.put("iwmo.db", db != null ? db : dir.resolve("db").toString());
        overrides.put("iwmo.work", dir.resolve("work").toString());
        overrides.put("iwmo.lanes", String.valueOf(lanes));
        overrides.put("iwmo.today", "2026-11-15");
        overrides.put("iwmo.inbox.poll-delay", "50");
        // A minimum age makes the read lock take a file at once when it is older (0 would wait one check interval).
        overrides.put("iwmo.inbox.min-age", "1");
        out.printf("benchmark: %d messages (WMO301 toewijzingen and WMO305 starts of them) of %d aanbieders in %s,"
                + " %d lane(s), store %s%n", messages, AANBIEDERS, inbox, lanes,
                nl.iwmohub.store.Database.forLog(nl.iwmohub.store.Database.jdbcUrl(overrides.get("iwmo.db"))));
        try (HubRuntime hub = new HubRuntime(Settings.load(Map.of(), overrides))) {
            long start = System.nanoTime();
            hub.start();
            while (hasFiles(inbox) || hasFiles(dir.resolve("work"))) Thread.sleep(50);
            double seconds = (System.nanoTime() - start) / 1e9;
            long answers;
            long accepted;
            try (Stream<Path> files = Files.walk(dir.resolve("outbox"))) {
                answers = files.filter(p -> p.getFileName().toString().startsWith("WMO306_")).count();
            }
            try (Stream<Path> files = Files.walk(dir.resolve("outbox"))) {
                accepted = files.filter(p -> p.getFileName().toString().startsWith("WMO306_")).filter(p -> {
                    try {
                        return !Files.readString(p).contains("RetourCode>");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).count();
            }
            out.printf("processed %d messages (%d WMO306 answers, %d of them without remarks) in %.1f s: %.0f messages/s;"
                    + " heap: max %d MB, peaks of its pools together %d MB%n", messages, answers, accepted, seconds,
                    messages / seconds, Runtime.getRuntime().maxMemory() / (1024 * 1024), peakHeapMb());
            return answers == messages / 2 ? 0 : 1;
        } finally {
            if (temporary) deleteTree(dir);
        }
    }

    /**
     * The processing core at scale: N/2 clients, each with a WMO301 toewijzing, and one WMO323 of N prestaties
     * (two per client) against them, both run through the {@code process} command on one database, as an
     * operator would. Prints the time of each run and the verdict on the declaratie. The data set stays under
     * --dir when given, so the runs can be repeated by hand with the printed commands.
     */
    private static int declaratie(int prestaties, Path dir, PrintStream out) throws Exception {
        boolean temporary = dir == null;
        if (temporary) dir = Files.createTempDirectory("iwmo-benchmark");
        int clients = (prestaties + 1) / 2;
        Path toewijzingen = Files.createDirectories(dir.resolve("toewijzingen"));
        Path declaratie = Files.createDirectories(dir.resolve("declaratie"));
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Files.writeString(toewijzingen.resolve(String.format("t%06d.xml", c + 1)), LargeDeclaratie.toewijzing(c));
        }
        byte[] xml = LargeDeclaratie.build(prestaties).getBytes(StandardCharsets.UTF_8);
        Files.write(declaratie.resolve("large-wmo323.xml"), xml);
        out.printf("benchmark: %d WMO301 toewijzingen and one WMO323 of %d prestaties (%.1f MB), generated in %.1f s; heap max %d MB%n",
                clients, prestaties, xml.length / 1e6, (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        try {
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            String db = dir.resolve("db").toString();
            List<String> first = List.of("--today", LargeDeclaratie.TODAY, "--db", db, "--out",
                    dir.resolve("out-toewijzingen").toString(), toewijzingen.toString());
            long t1 = System.nanoTime();
            ProcessCommand.run(first, quiet, quiet);
            out.printf("process the %d toewijzingen: %.1f s%n", clients, (System.nanoTime() - t1) / 1e9);
            List<String> second = List.of("--today", LargeDeclaratie.TODAY, "--db", db, "--out",
                    dir.resolve("out-declaratie").toString(), declaratie.toString());
            long t2 = System.nanoTime();
            ProcessCommand.run(second, quiet, quiet);
            out.printf("process the declaratie of %d prestaties against them: %.1f s (start-up included); peak heap %d MB%n",
                    prestaties, (System.nanoTime() - t2) / 1e9, peakHeapMb());
            var report = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(dir.resolve("out-declaratie/report.json").toFile()).get("inputs").get(0);
            out.printf("verdict: %s, %s, %d retourcode(s)%n", report.get("outcome").asText(), report.get("reason").asText(),
                    report.get("retourCodes").size());
            if (!temporary) {
                String again = "java -Xmx512m -jar target/iwmo-hub.jar process ";
                out.println("again by hand, on a new database:\n  " + again + String.join(" ", first).replace(db, db + "-2")
                        .replace("out-toewijzingen", "out-toewijzingen-2") + "\n  " + again
                        + String.join(" ", second).replace(db, db + "-2").replace("out-declaratie", "out-declaratie-2"));
            }
            return 0;
        } finally {
            if (temporary) deleteTree(dir);
        }
    }

    /** Only the benchmark's own temporary folder of generated messages. */
    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
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
