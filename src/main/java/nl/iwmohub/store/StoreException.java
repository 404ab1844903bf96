package nl.iwmohub.store;

import java.sql.SQLException;

/** A failure of the message store; the message in hand stays unprocessed and is tried again. */
public class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super("message store: " + cause.getMessage(), cause);
    }

    /** SQLSTATE class 23: a unique key or other constraint refused the write (H2 and PostgreSQL alike). */
    public boolean isConstraintViolation() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            // a batch reports the failing statement as its next exception
            for (SQLException sql = t instanceof SQLException e ? e : null; sql != null; sql = sql.getNextException()) {
                if (sql.getSQLState() != null && sql.getSQLState().startsWith("23")) return true;
            }
        }
        return false;
    }
}
