package nl.iwmohub.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The workbench's summaries of one declaratie (tables prestatie_totaal and retourcode_totaal, V6): written once,
 * after its prestaties and the findings of its message are stored, in the same transaction. A message that is
 * not a stored declaratie adds nothing.
 */
public final class Totalen {
    private static final String PRESTATIES = "INSERT INTO prestatie_totaal (declaratie_id, gemeente, aanbieder, periode_jaar,"
            + " periode_maand, prestatie_jaar, prestatie_maand, productcategorie, productcode, debet_credit, toegekend,"
            + " afgewezen_geheel, aantal, bedrag)"
            + " SELECT d.id, d.gemeente, d.aanbieder, EXTRACT(YEAR FROM d.periode_begin), EXTRACT(MONTH FROM d.periode_begin),"
            + " EXTRACT(YEAR FROM p.begindatum), EXTRACT(MONTH FROM p.begindatum), p.productcategorie, p.productcode,"
            + " p.debet_credit, p.toegekend, d.afgewezen, COUNT(*), SUM(p.ingediend_bedrag)"
            + " FROM prestatie p JOIN declaratie d ON d.id = p.declaratie_id WHERE d.bericht_id = ?"
            + " GROUP BY d.id, d.gemeente, d.aanbieder, EXTRACT(YEAR FROM d.periode_begin), EXTRACT(MONTH FROM d.periode_begin),"
            + " EXTRACT(YEAR FROM p.begindatum), EXTRACT(MONTH FROM p.begindatum), p.productcategorie, p.productcode,"
            + " p.debet_credit, p.toegekend, d.afgewezen";
    private static final String RETOURCODES = "INSERT INTO retourcode_totaal (declaratie_id, gemeente, aanbieder, periode_jaar,"
            + " periode_maand, retourcode, aantal)"
            + " SELECT d.id, d.gemeente, d.aanbieder, EXTRACT(YEAR FROM d.periode_begin), EXTRACT(MONTH FROM d.periode_begin),"
            + " b.retourcode, COUNT(*)"
            + " FROM bevinding b JOIN declaratie d ON d.bericht_id = b.bericht_id WHERE b.bericht_id = ? AND b.retourcode IS NOT NULL"
            + " GROUP BY d.id, d.gemeente, d.aanbieder, EXTRACT(YEAR FROM d.periode_begin), EXTRACT(MONTH FROM d.periode_begin), b.retourcode";

    /** Adds the summaries of the declaratie of message berichtId, if that message is one. */
    public void record(Connection c, long berichtId) throws SQLException {
        for (String sql : new String[] {PRESTATIES, RETOURCODES}) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, berichtId);
                s.executeUpdate();
            }
        }
    }
}
