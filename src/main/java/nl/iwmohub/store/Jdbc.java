package nl.iwmohub.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Small JDBC helpers the repositories share. */
final class Jdbc {
    private Jdbc() {}

    /** A date parameter that may be null. */
    static void setDate(PreparedStatement s, int index, LocalDate date) throws SQLException {
        s.setObject(index, date == null ? null : Date.valueOf(date), Types.DATE);
    }
}
