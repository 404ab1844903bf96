package nl.iwmohub.app;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.iwmohub.rules.Registry;
import nl.iwmohub.rules.RuleTable;

/**
 * The command line. {@code run} (the default) starts the hub; {@code process} handles given files once.
 * Any --key=value option that is not a command option overrides the setting of that name.
 */
public final class IwmoHub {
    private IwmoHub() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        List<String> rest = Arrays.asList(args);
        String command = !rest.isEmpty() && !rest.get(0).startsWith("-") ? rest.get(0) : "run";
        List<String> options = !rest.isEmpty() && !rest.get(0).startsWith("-") ? rest.subList(1, rest.size()) : rest;
        try {
            switch (command) {
                case "run" -> {
                    try (HubRuntime hub = new HubRuntime(Settings.load(System.getenv(), settings(options)))) {
                        hub.run();
                    }
                    return 0;
                }
                case "process" -> {
                    return ProcessCommand.run(options, System.out, System.err);
                }
                case "rules" -> {
                    System.out.print(RuleTable.markdown(Registry.standard(), null));
                    return 0;
                }
                case "check" -> {
                    return CheckCommand.run(options, System.out);
                }
                case "serve" -> {
                    return ServeCommand.run(options, System.out);
                }
                case "user" -> {
                    return UserCommand.run(options, System.in, System.out);
                }
                case "workbench-benchmark" -> {
                    return WorkbenchBenchmarkCommand.run(options, System.out);
                }
                case "benchmark" -> {
                    return BenchmarkCommand.run(options, System.out);
                }
                case "store-size" -> {
                    return StoreSizeCommand.run(options, System.out);
                }
                case "long-text-benchmark" -> {
                    return LongTextBenchmarkCommand.run(options, System.out);
                }
                case "help", "--help", "-h" -> {
                    System.out.println(USAGE);
                    return 0;
                }
                default -> {
                    System.err.println("unknown command '" + command + "'\n" + USAGE);
                    return 2;
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("iwmo-hub: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("iwmo-hub: could not run: " + e);
            return 1;
        }
    }

    /** --key=value options as settings overrides. */
    static Map<String, String> settings(List<String> options) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String option : options) {
            if (!option.startsWith("--") || !option.contains("=")) {
                throw new IllegalArgumentException("expected --setting=value, got '" + option + "'\n" + USAGE);
            }
            int eq = option.indexOf('=');
            result.put(option.substring(2, eq), option.substring(eq + 1));
        }
        return result;
    }

    static final String USAGE = """
            usage:
              java -jar target/iwmo-hub.jar [run] [--setting=value ...]
                  runs the hub: watches the inbox folder (iwmo.inbox) until stopped
              java -jar target/iwmo-hub.jar process [--today YYYY-MM-DD] [--db DIR-or-JDBC-URL]
                  [--catalog FILE.csv-or-DIR] [--gemeente CODES] [--iwmo.SETTING=value ...] --out DIR FILE-or-DIR...
                  processes the files once, in file-name order, writes what the hub sends under DIR and
                  DIR/report.json, and prints a table. Exit 0 when every file was processed (rejected or not).
                  --catalog replaces the contract catalogue of the setting iwmo.catalogus (catalogi/).
                  --iwmo.transport=ggk writes the StUF-GGk envelopes the hub would send.
              java -jar target/iwmo-hub.jar check FILE-or-DIR...
                  checks messages on the XSD and the rules inside the message, without processing them;
                  exit 0 when all pass, 1 when one does not
              java -jar target/iwmo-hub.jar rules
                  prints the table of the rules the hub applies (as in docs/rules.md)
              java -jar target/iwmo-hub.jar benchmark [--messages N] [--lanes N] [--prestaties N [--months M] [--reject-every K]] [--dir DIR] [--db JDBC-URL]
                  drops N (10000) messages (WMO301 toewijzingen, WMO305 starts) into a hub's inbox under DIR
                  and prints the throughput and the peak heap used; with --prestaties N: records
                  N/2 WMO301 toewijzingen, then drops M (1) monthly WMO323s of N prestaties against them into
                  the running hub and prints each month's time next to a plain parse + XSD of the same file;
                  --reject-every K: every K-th prestatie is rejected (a partly rejected declaratie)
              java -jar target/iwmo-hub.jar store-size [--db DIR-or-JDBC-URL]
                  prints the store's size next to the bytes it holds (message bytes and row values), per table
              java -jar target/iwmo-hub.jar long-text-benchmark
                  prints the time one WMO301 with a 10 KB, 1 MB and 10 MB Achternaam or Commentaar takes
              java -jar target/iwmo-hub.jar serve [--db DIR-or-JDBC-URL] [--iwmo.http.port=N] [--iwmo.http.users=FILE]
                  serves the workbench over the store, read-only, without watching the inbox (until stopped)
              java -jar target/iwmo-hub.jar user add NAME --role auditor|privacy|beheer [--file FILE]
                  reads the password from standard input and writes the user to the users file (iwmo.http.users)
            settings: see application.properties; e.g. --iwmo.inbox=/srv/iwmo/in""";
}
