package nl.iwmohub.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.iwmohub.bericht.Privacy;
import nl.iwmohub.retour.MessageCheck;
import nl.iwmohub.verdict.Finding;

/**
 * {@code check}: controleniveau 1 and 2 (XSD and the rules inside the message) for the given files, without
 * processing or storing them; for aanbieders and back offices testing their messages. Exit 0 when every
 * file passes, 1 when one does not.
 */
final class CheckCommand {
    private CheckCommand() {}

    static int run(List<String> args, PrintStream out) throws Exception {
        if (args.isEmpty()) throw new IllegalArgumentException("check needs FILE or DIR\n" + IwmoHub.USAGE);
        List<Path> files = ProcessCommand.expand(args.stream().map(Path::of).toList());
        Map<String, String> overrides = new LinkedHashMap<>();
        Path db = Files.createTempDirectory("iwmo-check-db");
        overrides.put("iwmo.db", db.toString());
        overrides.put("iwmo.inbox.enabled", "false");
        boolean allPass = true;
        try (HubRuntime hub = new HubRuntime(Settings.load(System.getenv(), overrides))) {
            for (Path file : files) {
                MessageCheck.Result r = hub.check(file);
                boolean pass = r.berichtType() != null && r.findings().isEmpty();
                allPass &= pass;
                out.printf("%s: %s %s%n", file, r.berichtType() == null ? "-" : r.berichtType(), r.summary());
                for (Finding f : r.findings()) {
                    out.printf("  %s%s %s: %s%n", f.rule(), f.retourCode() == null ? "" : " (" + f.retourCode() + ")",
                            f.element(), Privacy.maskBsns(f.reason()));
                }
            }
        } finally {
            try (var walk = Files.walk(db)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return allPass ? 0 : 1;
    }
}
