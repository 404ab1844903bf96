package nl.iwmohub.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import nl.iwmohub.app.IwmoHub;

/** Loads scenarios of test-messages/scenarios into one store through the process command, as ScenarioTest runs them. */
final class Scenarios {
    static final Path DIR = Path.of("test-messages/scenarios");

    private Scenarios() {}

    static List<String> all() throws IOException {
        try (Stream<Path> list = Files.list(DIR)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Runs the named scenarios, in order, into the store in db; returns each run's report.json. */
    static List<Path> load(Path db, Path out, List<String> names) throws IOException {
        List<Path> reports = new ArrayList<>();
        for (String name : names) {
            Path dir = DIR.resolve(name);
            Properties props = new Properties();
            try (Reader r = Files.newBufferedReader(dir.resolve("scenario.properties"))) {
                props.load(r);
            }
            Path o = out.resolve(name);
            List<String> args = new ArrayList<>(List.of("process", "--today", props.getProperty("today"), "--db", db.toString(), "--out", o.toString()));
            if (props.containsKey("gemeente")) args.addAll(List.of("--gemeente", props.getProperty("gemeente")));
            if (props.containsKey("catalog")) args.addAll(List.of("--catalog", dir.resolve(props.getProperty("catalog")).toString()));
            args.add(dir.resolve("in").toString());
            int exit = IwmoHub.run(args.toArray(String[]::new));
            if (exit != 0) throw new IllegalStateException("process of scenario " + name + " exited " + exit);
            reports.add(o.resolve("report.json"));
        }
        return reports;
    }
}
