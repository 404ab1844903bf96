package nl.iwmohub.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The message store's connection pool. The schema is created and upgraded by Flyway from
 * db/migration at start-up, the same on H2 (default) and PostgreSQL (production).
 */
public final class Database implements AutoCloseable {
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final HikariDataSource dataSource;
    /** The connection of the group this thread runs in ({@link #inGroup}), if any. */
    private final ThreadLocal<Connection> group = new ThreadLocal<>();

    public Database(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null && !user.isBlank()) config.setUsername(user);
        if (password != null && !password.isBlank()) config.setPassword(password);
        config.setAutoCommit(false);
        config.setMaximumPoolSize(8);
        config.setPoolName("iwmo-store");
        // a store that is away fails a request within seconds (the lane then waits and tries again) instead of 30 s
        config.setConnectionTimeout(5000);
        this.dataSource = new HikariDataSource(config);
        // Raw messages can be tens of MB: H2 keeps a BLOB outside its pages (a large BYTEA value inline made H2 run
        // out of memory writing a 50 MB declaration and close the database); PostgreSQL stores BYTEA out of line.
        String binary = jdbcUrl.startsWith("jdbc:h2:") ? "BLOB" : "BYTEA";
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .placeholders(Map.of("binary", binary)).load().migrate();
    }

    /**
     * The hub does not start on a store it cannot write: every message would fail. A write that changes nothing,
     * rolled back, is refused by a read-only store (H2 opened read-only, a PostgreSQL standby or
     * default_transaction_read_only) at once, whatever the rows.
     */
    public void requireWritable() {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            try {
                s.executeUpdate("UPDATE bericht SET uitkomst = uitkomst WHERE id = -1");
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the store " + forLog(dataSource.getJdbcUrl()) + " cannot be written"
                    + " (read-only?); the hub does not start: " + e.getMessage(), e);
        }
    }

    /** A JDBC URL as given, or an H2 file database in the given directory. */
    public static String jdbcUrl(String dbOption) {
        if (dbOption.startsWith("jdbc:")) return dbOption;
        Path dir = Path.of(dbOption).toAbsolutePath();
        // WRITE_DELAY=0: H2 otherwise writes a commit to disk up to 500 ms later, and a killed hub would lose
        // committed outcomes whose answers were already written (found by CrashTest). COMPRESS=TRUE: pages are
        // written LZF-compressed; the stored XML takes about half the space, at no throughput measured.
        // QUERY_CACHE_SIZE=64: H2 keeps 8 parsed statements per connection; one message runs more distinct ones than
        // that, so every statement was parsed anew (a tenth of a small message's time)
        return "jdbc:h2:file:" + dir.resolve("iwmo-hub").toString().replace('\\', '/')
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;COMPRESS=TRUE;QUERY_CACHE_SIZE=64";
    }

    /** A JDBC URL fit for a log line: a password given in it is left out. */
    public static String forLog(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Runs the work in one transaction: committed when it returns, rolled back when it throws. Inside
     * {@link #inGroup} on the same thread the work joins the group's transaction instead: it commits or rolls back
     * with the whole group.
     */
    public <T> T inTransaction(Work<T> work) {
        Connection joined = group.get();
        if (joined != null) {
            try {
                return work.run(joined);
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
        return committed(work, false);
    }

    /**
     * Group commit (issue 14): every {@link #inTransaction} this thread runs inside {@code work} shares one
     * transaction, committed once when work returns: a lane's waiting messages cost one commit, not one each. A
     * failure anywhere rolls all of it back; the caller then processes the messages one at a time.
     */
    public <T> T inGroup(Work<T> work) {
        if (group.get() != null) throw new IllegalStateException("a group is open on this thread already");
        return committed(work, true);
    }

    /** Whether this thread runs inside {@link #inGroup}: what it stores is committed only with the group. */
    public boolean grouped() {
        return group.get() != null;
    }

    /** The work on a connection of its own, committed when it returns; {@code asGroup}: the thread's group meanwhile. */
    private <T> T committed(Work<T> work, boolean asGroup) {
        try (Connection connection = dataSource.getConnection()) {
            if (asGroup) group.set(connection);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                if (asGroup) group.remove();
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * Rolls back after a failure; a connection the store broke (closed, restarted, read-only) leaves the pool, so
     * that the next transaction gets a new one, which reopens the store once it is back.
     */
    private void rollback(Connection connection, Exception failure) {
        boolean broken = failure instanceof SQLException sql ? new StoreException(sql).isEnvironment()
                : failure instanceof StoreException store && store.isEnvironment();
        try {
            connection.rollback();
        } catch (SQLException e) {
            broken = true;
            failure.addSuppressed(e);
        }
        if (broken) dataSource.evictConnection(connection);
    }

    @Override
    public void close() {
        dataSource.close();
        H2Compaction.afterClose(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
    }
}
