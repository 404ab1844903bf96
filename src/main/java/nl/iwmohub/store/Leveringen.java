package nl.iwmohub.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.iwmohub.domain.Levering;
import nl.iwmohub.domain.OpgeslagenLevering;

/** The starts (WMO305) and stops (WMO307) of delivery: stored, read per client, and retired when removed. */
public final class Leveringen {

    /** The actueel starts or stops of a client: not changed or removed by a later aanlevering. */
    public List<OpgeslagenLevering> actueel(Connection c, String gemeente, String aanbieder, String bsn, boolean stop)
            throws SQLException {
        String table = stop ? "stop_product" : "start_product";
        String extra = stop ? ", reden_beeindiging, einddatum" : "";
        String sql = "SELECT id, bericht_id, toewijzing_nummer, productcategorie, productcode, toewijzing_ingangsdatum,"
                + " begindatum, status_aanlevering" + extra + " FROM " + table
                + " WHERE gemeente = ? AND aanbieder = ? AND bsn = ? AND actueel = TRUE ORDER BY id";
        List<OpgeslagenLevering> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, gemeente);
            s.setString(2, aanbieder);
            s.setString(3, bsn);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Number tn = (Number) r.getObject("toewijzing_nummer");
                    Date ingang = r.getDate("toewijzing_ingangsdatum");
                    Levering l = new Levering(null, gemeente, aanbieder, bsn, tn == null ? null : tn.longValue(),
                            r.getString("productcategorie"), r.getString("productcode"),
                            ingang == null ? null : ingang.toLocalDate(), r.getDate("begindatum").toLocalDate(),
                            stop ? r.getString("reden_beeindiging") : null,
                            stop ? r.getDate("einddatum").toLocalDate() : null, r.getString("status_aanlevering"));
                    result.add(new OpgeslagenLevering(r.getLong("id"), r.getLong("bericht_id"), l));
                }
            }
        }
        return result;
    }

    /** A later aanlevering with the same key changed (2) or removed (3) this one. */
    public void nietMeerActueel(Connection c, List<Long> ids, boolean stop) throws SQLException {
        if (ids.isEmpty()) return;
        String sql = "UPDATE " + (stop ? "stop_product" : "start_product") + " SET actueel = FALSE WHERE id = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (long id : ids) {
                s.setLong(1, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Stores starts (table start_product) or stops (table stop_product) of one message. */
    public void insert(Connection c, long berichtId, List<Levering> leveringen, boolean stop,
                                 Set<String> nietActueel) throws SQLException {
        String sql = stop
                ? "INSERT INTO stop_product (bericht_id, gemeente, aanbieder, bsn, toewijzing_nummer, productcategorie,"
                        + " productcode, toewijzing_ingangsdatum, begindatum, status_aanlevering, actueel, reden_beeindiging,"
                        + " einddatum) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "INSERT INTO start_product (bericht_id, gemeente, aanbieder, bsn, toewijzing_nummer, productcategorie,"
                        + " productcode, toewijzing_ingangsdatum, begindatum, status_aanlevering, actueel)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (Levering l : leveringen) {
                s.setLong(1, berichtId);
                s.setString(2, l.gemeente());
                s.setString(3, l.aanbieder());
                s.setString(4, l.bsn());
                s.setObject(5, l.toewijzingNummer(), Types.BIGINT);
                s.setString(6, l.productcategorie());
                s.setString(7, l.productcode());
                Jdbc.setDate(s, 8, l.toewijzingIngangsdatum());
                s.setDate(9, Date.valueOf(l.begindatum()));
                s.setString(10, l.statusAanlevering());
                // A status-3 aanlevering removes its predecessor; it is kept as history, never as actueel.
                s.setBoolean(11, ("1".equals(l.statusAanlevering()) || "2".equals(l.statusAanlevering()))
                        && !nietActueel.contains(l.berichtklasse()));
                if (stop) {
                    s.setString(12, l.redenBeeindiging());
                    s.setDate(13, Date.valueOf(l.einddatum()));
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
