package nl.iwmohub.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.iwmohub.web.PageBenchmark;

/**
 * {@code workbench-benchmark [--prestaties N] [--aanbieders N] [--rounds N] [--dir DIR | --reuse DIR]}: page times over a
 * synthetic store; --reuse times the pages again over the store an earlier run filled in DIR (the fill takes minutes).
 */
final class WorkbenchBenchmarkCommand {
    private WorkbenchBenchmarkCommand() {}

    static int run(List<String> args, PrintStream out) throws Exception {
        int prestaties = 1_000_000, aanbieders = 50, rounds = 20;
        Path dir = null;
        boolean reuse = false;
        for (int i = 0; i + 1 < args.size(); i += 2) {
            switch (args.get(i)) {
                case "--prestaties" -> prestaties = Integer.parseInt(args.get(i + 1));
                case "--aanbieders" -> aanbieders = Integer.parseInt(args.get(i + 1));
                case "--rounds" -> rounds = Integer.parseInt(args.get(i + 1));
                case "--dir" -> dir = Path.of(args.get(i + 1));
                case "--reuse" -> {
                    dir = Path.of(args.get(i + 1));
                    reuse = true;
                }
                default -> throw new IllegalArgumentException("unknown option " + args.get(i));
            }
        }
        if (args.size() % 2 != 0) throw new IllegalArgumentException("options come in pairs: --prestaties N --aanbieders N --rounds N --dir DIR");
        if (dir == null) dir = Files.createTempDirectory("iwmo-workbench-benchmark");
        else if (reuse && !Files.exists(dir.resolve("iwmo-hub.mv.db"))) throw new IllegalArgumentException("--reuse: no store in " + dir);
        else if (!reuse && Files.exists(dir) && Files.list(dir).findAny().isPresent()) throw new IllegalArgumentException("--dir must be empty or new: " + dir);
        PageBenchmark.run(dir, prestaties, aanbieders, rounds, !reuse, out);
        return 0;
    }
}
