package nl.iwmohub.store;

import java.sql.SQLException;

/** A failure of the message store; the message in hand stays unprocessed and is tried again. */
public class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super("message store: " + cause.getMessage(), cause);
    }
}
