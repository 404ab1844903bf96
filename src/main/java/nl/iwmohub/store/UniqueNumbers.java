package nl.iwmohub.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Claims the numbers that must be unique across gemeente-aanbieder pairs (TR314, TR333, TR332). Lanes process
 * pairs in parallel; a claim that another lane made first violates a primary key, the transaction fails and
 * the hub runs the message again, when the rule sees the other message's number.
 */
public final class UniqueNumbers {

    public void referentieNummers(Connection c, String aanbieder, Collection<String> nummers, long berichtId)
            throws SQLException {
        claim(c, "INSERT INTO gebruikt_referentienummer (aanbieder, referentie_nummer, bericht_id) VALUES (?, ?, ?)",
                aanbieder, nummers, berichtId);
    }

    public void declaratieNummer(Connection c, String aanbieder, String nummer, long berichtId) throws SQLException {
        claim(c, "INSERT INTO gebruikt_declaratienummer (aanbieder, declaratie_nummer, bericht_id) VALUES (?, ?, ?)",
                aanbieder, List.of(nummer), berichtId);
    }

    /** The first version of each new ToewijzingNummer of the gemeente. */
    public void toewijzingNummers(Connection c, String gemeente, Collection<Long> nieuw, long berichtId)
            throws SQLException {
        String sql = "INSERT INTO toewijzingnummer_van (gemeente, toewijzing_nummer, bericht_id) VALUES (?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (long nummer : nieuw) {
                s.setString(1, gemeente);
                s.setLong(2, nummer);
                s.setLong(3, berichtId);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void claim(Connection c, String sql, String aanbieder, Collection<String> nummers, long berichtId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int pending = 0;
            for (String nummer : nummers) {
                s.setString(1, aanbieder);
                s.setString(2, nummer);
                s.setLong(3, berichtId);
                s.addBatch();
                if (++pending == 1000) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) s.executeBatch();
        }
    }
}
