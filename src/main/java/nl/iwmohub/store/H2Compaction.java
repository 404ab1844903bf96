package nl.iwmohub.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives an embedded H2 file store back the space it no longer uses, when the hub closes it (issue 14). With
 * WRITE_DELAY=0 every commit is written at once as a new chunk (the durability the hub needs: a message is on
 * disk before its answer is written), so the file fills with chunks that later commits empty; H2 compacts the
 * chunks themselves, but leaves the freed blocks inside the file (25,000 toewijzingen: 2.7 GB for ~200 MB held;
 * H2 reports the share of the file in use as info.FILL_RATE and the share of those chunks that is live as
 * info.CHUNKS_FILL_RATE). Neither CHECKPOINT nor a longer
 * MAX_COMPACT_TIME shrank it in our measurements; SHUTDOWN COMPACT does: it writes the live data to a new file and
 * renames it over the old one (atomically, so a kill during it leaves the old file). It costs a copy of the live
 * data, so it runs only when less than half of the file is in use. PostgreSQL and in-memory H2: nothing.
 */
final class H2Compaction {
    private static final Logger LOG = LoggerFactory.getLogger(H2Compaction.class);
    /** Compact when less than this percentage of the file is in use. */
    static final int BELOW_FILL_RATE = 50;

    private H2Compaction() {}

    /**
     * After the pool is closed, on one plain connection: nothing may reopen the database while SHUTDOWN COMPACT
     * writes and renames the file (a pool refilling itself did, and the next open found the file corrupted).
     */
    static void afterClose(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith("jdbc:h2:file:") || jdbcUrl.toUpperCase(Locale.ROOT).contains("ACCESS_MODE_DATA=R")) return;
        try (Connection c = DriverManager.getConnection(jdbcUrl, user == null ? "" : user, password == null ? "" : password)) {
            c.setAutoCommit(false);
            int inUse = inUse(c);
            if (inUse >= BELOW_FILL_RATE) return;
            long start = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            LOG.info("store compacted on close ({}% of the file was in use) in {} ms", inUse,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            // a store that cannot be compacted now is still whole; the next close tries again
            LOG.warn("the store was not compacted on close: {}", e.toString());
        }
    }

    /**
     * info.FILL_RATE: the share of the file's blocks that chunks occupy; info.CHUNKS_FILL_RATE: the share of those
     * chunks' bytes still live. Their product is the share of the file the store still needs.
     */
    private static int inUse(Connection c) throws SQLException {
        int inUse = 100;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM"
                + " INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) inUse = inUse * Integer.parseInt(rs.getString(1).trim()) / 100;
        }
        c.rollback();
        return inUse;
    }
}
