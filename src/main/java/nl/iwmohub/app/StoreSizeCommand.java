package nl.iwmohub.app;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.iwmohub.store.Database;
import nl.iwmohub.store.StoreSize;

/**
 * {@code store-size [--db DIR-or-JDBC-URL]}: the store's size next to the bytes it holds ({@link StoreSize}), per
 * table and in total, with their ratio (issue 14: at most 3). Opens the store as the hub does, so not while a
 * hub runs on the same H2 file.
 */
final class StoreSizeCommand {
    private StoreSizeCommand() {}

    static int run(List<String> args, PrintStream out) throws Exception {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--db") && i + 1 < args.size()) overrides.put("iwmo.db", args.get(++i));
            else throw new IllegalArgumentException("unknown option " + args.get(i) + "\n" + IwmoHub.USAGE);
        }
        Settings settings = Settings.load(System.getenv(), overrides);
        String url = Database.jdbcUrl(settings.get("iwmo.db"));
        try (Database database = new Database(url, settings.get("iwmo.db.user"), settings.get("iwmo.db.password"))) {
            print(StoreSize.measure(database, url), out);
        }
        return 0;
    }

    static void print(StoreSize.Report r, PrintStream out) {
        out.printf("%-28s %10s %14s%n", "table", "rows", "bytes held");
        for (StoreSize.Table t : r.tables()) {
            if (t.rows() > 0) out.printf("%-28s %,10d %,14d%n", t.name(), t.rows(), t.bytes());
        }
        out.printf("held: %,d bytes (of which message bytes %,d); store: %,d bytes (%s); store / held = %.2f%n",
                r.heldBytes(), r.messageBytes(), r.storeBytes(), r.storeWhat(), r.ratio());
    }
}
