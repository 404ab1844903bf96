package nl.iwmohub.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/** A failure of the message store; the message in hand stays unprocessed and is tried again. */
public class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super("message store: " + cause.getMessage(), cause);
    }

    /**
     * SQLSTATE classes of a store that is away or cannot write now, whatever the message: 08 connection, 25006
     * read-only transaction, 40 rolled back (serialization, deadlock), 53 insufficient resources (disk full), 57
     * operator intervention (shut down, restarting), 58 system (I/O) error; HY008 cancelled.
     */
    private static final Set<String> ENVIRONMENT_CLASSES = Set.of("08", "40", "53", "57", "58");
    /**
     * H2's own codes for the same (it reports its error code as the SQLSTATE): 90098 and 90121 database closed,
     * 90097 read-only, 90028 and 90031 I/O error, 90020 in use by another process, 90062 cannot create a file,
     * 90013 database not found (its folder went away), 90108 out of memory, 90135 exclusive mode, 90067
     * connection broken.
     */
    private static final Set<String> ENVIRONMENT_STATES = Set.of("25006", "HY008", "90098", "90121", "90097", "90028",
            "90031", "90020", "90062", "90013", "90108", "90135", "90067");

    /**
     * Whether the store failed for a reason of its own (unreachable, closed, read-only, full) rather than because
     * of what was written: the message in hand is not at fault and is tried again later.
     */
    public boolean isEnvironment() {
        for (Throwable t : causes()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException) return true;
            // H2's storage engine failed under the SQL layer (reported as "General error", 50000): a write that
            // could not reach the disk, or a transaction of a store that closed itself after one (seen after a
            // full disk: "Transaction 1 is closed"); never caused by what was written
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException")) return true;
            for (SQLException sql = t instanceof SQLException e ? e : null; sql != null; sql = sql.getNextException()) {
                String state = sql.getSQLState();
                if (state == null) continue;
                if (ENVIRONMENT_STATES.contains(state)) return true;
                if (state.length() >= 2 && ENVIRONMENT_CLASSES.contains(state.substring(0, 2))) return true;
            }
        }
        return false;
    }

    /** The chain of causes, each once: H2 links its exceptions in circles (a suppressed one caused by its cause). */
    private java.util.List<Throwable> causes() {
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = getCause(); t != null && seen.add(t); t = t.getCause()) chain.add(t);
        return chain;
    }

    /** SQLSTATE class 23: a unique key or other constraint refused the write (H2 and PostgreSQL alike). */
    public boolean isConstraintViolation() {
        for (Throwable t : causes()) {
            // a batch reports the failing statement as its next exception
            for (SQLException sql = t instanceof SQLException e ? e : null; sql != null; sql = sql.getNextException()) {
                if (sql.getSQLState() != null && sql.getSQLState().startsWith("23")) return true;
            }
        }
        return false;
    }
}
