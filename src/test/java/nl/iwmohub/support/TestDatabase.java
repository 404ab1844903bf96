package nl.iwmohub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The database the tests run on: an H2 folder (default) or, with {@code -Diwmo.test.db=postgres}, a fresh
 * schema of its own on a PostgreSQL server, so that every test hub starts on an empty store either way. The
 * server is {@code -Diwmo.test.pg.url} (or the environment variable {@code IWMO_TEST_PG_URL}), default
 * {@value #DEFAULT_PG_URL}, user and password {@code -Diwmo.test.pg.user} / {@code -Diwmo.test.pg.password}
 * (default {@code iwmo} / {@code iwmo}). The store's URL carries them, so that {@code process --db URL} needs nothing else.
 */
public final class TestDatabase {
    public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/iwmo";

    private final String location;
    private final String schema;

    private TestDatabase(String location, String schema) {
        this.location = location;
        this.schema = schema;
    }

    /** Whether this test run is on PostgreSQL. */
    public static boolean postgres() {
        String db = setting("iwmo.test.db", "IWMO_TEST_DB", "h2").toLowerCase(Locale.ROOT);
        if (db.equals("postgres") || db.equals("postgresql")) return true;
        if (db.equals("h2")) return false;
        throw new IllegalArgumentException("iwmo.test.db must be h2 or postgres, not '" + db + "'");
    }

    /**
     * The store of the folder {@code dir}: on H2 the database in that folder, on PostgreSQL a schema of its own,
     * made the first time (empty) and named in {@code dir/postgres-schema}, so that a second hub on the same
     * folders (a restart) finds the store the first one left, as it does on H2. The schemas of a test run are
     * dropped when its JVM ends.
     */
    public static TestDatabase fresh(Path dir) {
        if (!postgres()) return new TestDatabase(dir.toString(), null);
        Path named = dir.resolve("postgres-schema");
        String schema;
        try {
            if (Files.isRegularFile(named)) {
                schema = Files.readString(named).trim();
            } else {
                schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
                execute("CREATE SCHEMA " + schema);
                CREATED.add(schema);
                Files.createDirectories(dir);
                Files.writeString(named, schema);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = serverUrl() + (serverUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema
                + "&user=" + user() + "&password=" + password();
        return new TestDatabase(url, schema);
    }

    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (String schema : CREATED) {
                try {
                    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                } catch (RuntimeException e) {
                    return;   // the server is gone; what is left is harmless, every test makes its own
                }
            }
        }));
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl(), user(), password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("the PostgreSQL test server " + serverUrl() + " cannot be used (set"
                    + " -Diwmo.test.pg.url, -Diwmo.test.pg.user, -Diwmo.test.pg.password): " + e.getMessage(), e);
        }
    }

    /** The value of the setting iwmo.db (and of {@code --db}): the H2 folder or the JDBC URL with credentials. */
    public String location() {
        return location;
    }

    /** A JDBC URL of this store for a test's own checks; {@code readOnly} where H2 can open it so. */
    public String jdbcUrl(boolean readOnly) {
        if (schema != null) return location;
        return nl.iwmohub.store.Database.jdbcUrl(location) + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(false));
    }

    /** The PostgreSQL schema, or null on H2. */
    public String schema() {
        return schema;
    }

    public static String serverUrl() {
        return setting("iwmo.test.pg.url", "IWMO_TEST_PG_URL", DEFAULT_PG_URL);
    }

    static String user() {
        return setting("iwmo.test.pg.user", "IWMO_TEST_PG_USER", "iwmo");
    }

    static String password() {
        return setting("iwmo.test.pg.password", "IWMO_TEST_PG_PASSWORD", "iwmo");
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) value = System.getenv(env);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
