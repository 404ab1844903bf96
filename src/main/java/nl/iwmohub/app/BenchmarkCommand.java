package nl.iwmohub.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
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
        int months = 1;
        int rejectEvery = 0;
        String db = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--db" -> db = value(args, ++i);
                case "--messages" -> messages = Integer.parseInt(value(args, ++i));
                case "--dir" -> dir = Path.of(value(args, ++i));
                case "--lanes" -> lanes = Integer.parseInt(value(args, ++i));
                case "--prestaties" -> prestaties = Integer.parseInt(value(args, ++i));
                case "--months" -> months = Integer.parseInt(value(args, ++i));
                case "--reject-every" -> rejectEvery = Integer.parseInt(value(args, ++i));
                default -> throw new IllegalArgumentException("unknown option " + args.get(i) + "\n" + IwmoHub.USAGE);
            }
        }
        if (prestaties > 0) return declaraties(prestaties, months, rejectEvery, dir, db, out);
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
        // the floor, in the same run before the hub takes the files: each file parsed and validated against our own
        // XSD of its type, nothing kept, the better of two passes over all of them
        double floorSeconds = smallFloor(inbox);
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
            out.printf("floor (parse + XSD of each file, best of 2 passes): %.1f s, %.0f messages/s; hub / floor: %.1f%n",
                    floorSeconds, messages / floorSeconds, seconds / floorSeconds);
            return answers == messages / 2 ? 0 : 1;
        } finally {
            if (temporary) deleteTree(dir);
        }
    }

    /**
     * The processing core at scale: N/2 clients, each with a WMO301 toewijzing, recorded through the hub's ingest
     * route, then M monthly WMO323s of N prestaties (two per client) dropped one after the other into the inbox of
     * the running hub, each timed until it is answered and settled. Next to each, the floor: the same file parsed
     * and validated against our own XSD, nothing else, in the same JVM. The files stay under --dir when given.
     */
    private static int declaraties(int prestaties, int months, int rejectEvery, Path dir, String db, PrintStream out) throws Exception {
        boolean temporary = dir == null;
        if (temporary) dir = Files.createTempDirectory("iwmo-benchmark");
        int clients = (prestaties + 1) / 2;
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        if (hasFiles(inbox)) throw new IllegalArgumentException(inbox + " is not empty");
        Path files = Files.createDirectories(dir.resolve("declaraties"));
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String key : new String[] {"inbox", "outbox", "archive", "rejected"}) {
            overrides.put("iwmo." + key, dir.resolve(key).toString());
        }
        overrides.put("iwmo.db", db != null ? db : dir.resolve("db").toString());
        overrides.put("iwmo.work", dir.resolve("work").toString());
        overrides.put("iwmo.today", LargeDeclaratie.TODAY);
        overrides.put("iwmo.inbox.poll-delay", "50");
        overrides.put("iwmo.inbox.min-age", "1");
        out.printf("benchmark: %d WMO301 toewijzingen, then %d monthly WMO323(s) of %d prestaties against them%s, store %s;"
                + " heap max %d MB%n", clients, months, prestaties,
                rejectEvery > 0 ? " (every " + rejectEvery + "th rejected)" : "",
                nl.iwmohub.store.Database.forLog(nl.iwmohub.store.Database.jdbcUrl(overrides.get("iwmo.db"))),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Floor floor = new Floor();
        List<String[]> rows = new ArrayList<>();
        try (HubRuntime hub = new HubRuntime(Settings.load(Map.of(), overrides))) {
            hub.start();
            long t0 = System.nanoTime();
            seed(hub, clients);
            out.printf("recorded the %d toewijzingen in %.1f s (the first through the ingest route, the others as copies"
                    + " of its stored row)%n", clients, (System.nanoTime() - t0) / 1e9);
            for (int m = 1; m <= months; m++) {
                Path file = files.resolve("month-" + m + "-wmo323.xml");
                LargeDeclaratie.write(file, prestaties, m, rejectEvery);
                Path part = inbox.resolve(".month-" + m + ".part");
                Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
                long start = System.nanoTime();
                Files.move(part, inbox.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                while (hasFiles(inbox) || hasFiles(dir.resolve("work"))) Thread.sleep(10);
                double hubSeconds = (System.nanoTime() - start) / 1e9;
                double floorSeconds = floor.seconds(file);
                rows.add(new String[] {String.valueOf(m), String.format("%.1f MB", Files.size(file) / 1e6),
                        String.format("%.2f s", hubSeconds), String.format("%.2f s", floorSeconds),
                        String.format("%.1f", hubSeconds / floorSeconds), verdict(hub, "BENCH-323-M" + m)});
            }
        } finally {
            if (temporary) deleteTree(dir);
        }
        out.println("| month | size | hub (inbox to settled) | floor (parse + XSD, best of 2) | hub / floor | verdict |");
        out.println("|---|---|---|---|---|---|");
        for (String[] row : rows) out.println("| " + String.join(" | ", row) + " |");
        out.printf("peak heap (its pools together) %d MB%n", peakHeapMb());
        String expected = rejectEvery > 0 ? "PARTLY_REJECTED" : "ACCEPTED";
        return rows.stream().allMatch(r -> r[5].startsWith(expected)) ? 0 : 1;
    }

    /**
     * The toewijzingen the declaraties are judged against. Client 0's WMO301 goes through the ingest route; the
     * others are its stored ToegewezenProduct with the client's BSN and ToewijzingNummer, written straight into
     * the store (25,000 WMO301s through the route would take minutes, and {@code --messages} measures that route).
     */
    private static void seed(HubRuntime hub, int clients) throws Exception {
        hub.process("t000001.xml", LargeDeclaratie.toewijzing(0).getBytes(StandardCharsets.UTF_8));
        var toewijzingen = new nl.iwmohub.store.Toewijzingen();
        hub.database().inTransaction(c -> {
            var first = toewijzingen.actueel(c, "0109", List.of(300_000_000L)).get(300_000_000L);
            if (first == null) throw new IllegalStateException("the first toewijzing was not recorded");
            var p = first.product();
            List<nl.iwmohub.domain.ToegewezenProduct> batch = new ArrayList<>();
            for (int client = 1; client < clients; client++) {
                batch.add(new nl.iwmohub.domain.ToegewezenProduct(p.gemeente(), p.aanbieder(), LargeDeclaratie.bsn(client),
                        300_000_000L + client, p.productcategorie(), p.productcode(), p.toewijzingsdatum(),
                        p.toewijzingstijd(), p.ingangsdatum(), p.einddatum(), p.redenWijziging(), p.volume(), p.eenheid(),
                        p.frequentie(), p.budget()));
                if (batch.size() == 1000 || client == clients - 1) {
                    toewijzingen.insert(c, first.berichtId(), batch);
                    batch.clear();
                }
            }
            return null;
        });
    }

    /** The outcome the store recorded for the declaratie, and how many findings. */
    private static String verdict(HubRuntime hub, String identificatie) throws java.sql.SQLException {
        try (var c = hub.database().dataSource().getConnection(); var s = c.prepareStatement(
                "SELECT b.uitkomst, (SELECT COUNT(*) FROM bevinding f WHERE f.bericht_id = b.id) FROM bericht b"
                        + " WHERE b.richting = 'IN' AND b.identificatie = ? ORDER BY b.id DESC")) {
            s.setString(1, identificatie);
            try (var r = s.executeQuery()) {
                return r.next() ? r.getString(1) + ", " + r.getLong(2) + " finding(s)" : "not stored";
            } finally {
                c.rollback();
            }
        }
    }

    /** The floor of the small messages: every file of the inbox parsed and validated against its type's XSD. */
    private static double smallFloor(Path inbox) throws Exception {
        List<byte[]> files = new java.util.ArrayList<>();
        try (Stream<Path> list = Files.list(inbox)) {
            for (Path p : list.sorted().toList()) files.add(Files.readAllBytes(p));
        }
        // the hub's own compiled XSDs (read.Schemas), so the floor validates against exactly what the hub does
        var schemas = new nl.iwmohub.read.Schemas();
        var wmo301 = schemas.schema(nl.iwmohub.bericht.BerichtType.WMO301).newValidator();
        var wmo305 = schemas.schema(nl.iwmohub.bericht.BerichtType.WMO305).newValidator();
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            for (byte[] f : files) {
                var validator = new String(f, 0, Math.min(f.length, 400), StandardCharsets.UTF_8).contains("wmo301") ? wmo301 : wmo305;
                validator.validate(new javax.xml.transform.stream.StreamSource(new java.io.ByteArrayInputStream(f)));
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    /** The floor: a plain namespace-aware parse of the file with validation against our own XSD, nothing kept. */
    private static final class Floor {
        private final javax.xml.validation.Schema schema;

        Floor() {
            schema = new nl.iwmohub.read.Schemas().schema(nl.iwmohub.bericht.BerichtType.WMO323);
        }

        /** The better of two runs: the first of a month may still be compiling what the hub's reading did not use. */
        double seconds(Path file) throws Exception {
            double best = Double.MAX_VALUE;
            for (int run = 0; run < 2; run++) {
                long start = System.nanoTime();
                schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(file.toFile()));
                best = Math.min(best, (System.nanoTime() - start) / 1e9);
            }
            return best;
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
