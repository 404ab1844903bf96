package nl.iwmohub.app;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import nl.iwmohub.store.Database;
import nl.iwmohub.web.WebServer;
import nl.iwmohub.web.Workbench;

/** {@code serve [--db DIR-or-JDBC-URL] [--setting=value ...]}: the workbench over a store, without the inbox. */
final class ServeCommand {
    private ServeCommand() {}

    static int run(List<String> args, PrintStream out) throws Exception {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--db")) {
                if (i + 1 >= args.size()) throw new IllegalArgumentException("--db needs a value\n" + IwmoHub.USAGE);
                overrides.put("iwmo.db", args.get(++i));
            } else {
                overrides.putAll(IwmoHub.settings(List.of(a)));
            }
        }
        Settings settings = Settings.load(System.getenv(), overrides);
        Database database = new Database(Database.jdbcUrl(settings.get("iwmo.db")), settings.get("iwmo.db.user"),
                settings.get("iwmo.db.password"));
        WebServer server;
        try {
            server = Workbench.start(settings::get, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        out.println("workbench: http://" + settings.get("iwmo.http.host") + ":" + server.port() + "/");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            database.close();
            stopped.countDown();
        }, "workbench-stop"));
        stopped.await();
        return 0;
    }
}
