package nl.iwmohub.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
        // no store and no Camel: levels 1 and 2 need neither, and a check of one file starts in a fraction of a second
        MessageCheck check = HubConfiguration.messageCheck(Settings.load(System.getenv(), Map.of()));
        boolean allPass = true;
        for (Path file : files) {
            MessageCheck.Result r = check.check(file.getFileName().toString(), Files.readAllBytes(file));
            boolean pass = r.berichtType() != null && r.findings().isEmpty();
            allPass &= pass;
            out.printf("%s: %s %s%n", file, r.berichtType() == null ? "-" : r.berichtType(), r.summary());
            for (Finding f : r.findings()) {
                out.printf("  %s%s %s: %s%n", f.rule(), f.retourCode() == null ? "" : " (" + f.retourCode() + ")",
                        f.element(), Privacy.maskBsns(f.reason()));
            }
        }
        return allPass ? 0 : 1;
    }
}
