package nl.iwmohub.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.iwmohub.report.Report;
import nl.iwmohub.route.Delivery;
import nl.iwmohub.route.Ingest;
import nl.iwmohub.store.Database;

/**
 * {@code process}: the given files, once, through the same ingest steps and core as the running hub (called
 * directly, without Camel: {@link Ingest}). Inputs are read, never moved; everything the hub sends is written
 * under --out as it goes, with report.json at the end.
 */
final class ProcessCommand {
    private ProcessCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> settingOptions = new LinkedHashMap<>();
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (Set.of("--today", "--db", "--catalog", "--gemeente", "--out").contains(a)) {
                if (i + 1 >= args.size()) throw new IllegalArgumentException(a + " needs a value\n" + IwmoHub.USAGE);
                options.put(a.substring(2), args.get(++i));
            } else if (a.startsWith("--iwmo.") && a.contains("=")) {
                // any setting, as for run (checked with the others when the settings are loaded)
                settingOptions.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            } else if (a.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + a + "\n" + IwmoHub.USAGE);
            } else {
                inputs.add(Path.of(a));
            }
        }
        // every setting is checked before anything is created or opened
        Settings.load(System.getenv(), settingOptions);
        if (!options.containsKey("out")) throw new IllegalArgumentException("--out DIR is required\n" + IwmoHub.USAGE);
        if (inputs.isEmpty()) throw new IllegalArgumentException("no FILE or DIR to process\n" + IwmoHub.USAGE);
        Path outDir = Files.createDirectories(Path.of(options.get("out")));
        List<Path> files = expand(inputs);

        Path tempDb = null;
        String db = options.get("db");
        if (db == null) {
            tempDb = Files.createTempDirectory("iwmo-process-db");
            db = tempDb.toString();
        }
        Map<String, String> overrides = new LinkedHashMap<>(settingOptions);
        overrides.put("iwmo.db", db);
        overrides.put("iwmo.outbox", outDir.toString());
        overrides.put("iwmo.inbox.enabled", "false");
        overrides.put("iwmo.today", options.getOrDefault("today", ""));
        overrides.put("iwmo.gemeenten", String.join(",", gemeenten(options)));
        if (options.containsKey("catalog")) overrides.put("iwmo.catalogus", options.get("catalog"));
        Settings settings = Settings.load(System.getenv(), overrides);

        Report report = new Report();
        try {
            // the ingest route's steps called directly: the same beans as the running hub's routes, without starting
            // Camel (most of the start-up of a run over one small file). Each input's outgoing files are written by
            // its send step; the report keeps one entry per input, not the messages (memory stays flat).
            HubConfiguration configuration = new HubConfiguration(settings);
            try (Database database = configuration.database()) {
                Ingest ingest = configuration.ingest();
                for (Path file : files) {
                    if (!Files.isReadable(file)) {
                        report.addUnreadable(file.toString(), "cannot read the file");
                        continue;
                    }
                    report.add(ingest.ingest(Delivery.of(file.getFileName().toString(), file)));
                }
            }
        } finally {
            if (tempDb != null) deleteTree(tempDb);
        }
        report.write(outDir.resolve("report.json"), settings.get("iwmo.today"));
        report.printTable(out);
        out.println("report: " + outDir.resolve("report.json"));
        return 0;
    }

    /** Files in file-name order; directories expanded (their regular files, recursively, by name). */
    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new IllegalArgumentException("no such file or directory: " + input);
            }
        }
        files.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).thenComparing(Path::toString));
        return files;
    }

    /** --gemeente CODES, else the gemeenten of the --catalog, else any (empty). */
    static Set<String> gemeenten(Map<String, String> options) throws IOException {
        if (options.containsKey("gemeente")) {
            return new LinkedHashSet<>(Arrays.stream(options.get("gemeente").split(",")).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList());
        }
        if (options.containsKey("catalog")) return HubConfiguration.catalogus(options.get("catalog")).gemeenten();
        return Set.of();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
