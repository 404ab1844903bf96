package nl.iwmohub.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import nl.iwmohub.domain.Verzoek;

/**
 * The verzoeken (WMO315 per AangevraagdProduct, WMO317 as a whole) the hub accepted, and where each stands. A
 * verzoek is known by its aanbieder and ReferentieAanbieder (TR347, across gemeenten); the times are those at which
 * the messages arrived (their bericht rows), so they need no clock of their own.
 */
public final class Verzoeken {
    private static final String COLUMNS = "v.id, v.gemeente, v.aanbieder, v.referentie_aanbieder, v.bericht_type,"
            + " v.bericht_id, v.bsn, v.dagtekening, v.status";

    /** Records the verzoeken of one accepted message as ONDERHANDEN, changed last by that message. */
    public void insert(Connection c, long berichtId, List<Verzoek> verzoeken) throws SQLException {
        if (verzoeken.isEmpty()) return;
        String sql = "INSERT INTO verzoek (gemeente, aanbieder, referentie_aanbieder, bericht_type, bericht_id, bsn,"
                + " dagtekening, ontvangen_op, status, status_bericht_id, status_op)"
                + " SELECT ?, ?, ?, ?, b.id, ?, ?, b.ontvangen_op, ?, b.id, b.ontvangen_op FROM bericht b WHERE b.id = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (Verzoek v : verzoeken) {
                s.setString(1, v.gemeente());
                s.setString(2, v.aanbieder());
                s.setString(3, v.referentieAanbieder());
                s.setString(4, v.berichtType());
                s.setString(5, v.bsn());
                s.setDate(6, Date.valueOf(v.dagtekening()));
                s.setString(7, Verzoek.Status.ONDERHANDEN.name());
                s.setLong(8, berichtId);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The recorded verzoeken of this aanbieder with these ReferentieAanbieders, by ReferentieAanbieder. */
    public Map<String, Verzoek> byReferentie(Connection c, String aanbieder, Collection<String> referenties)
            throws SQLException {
        Map<String, Verzoek> result = new HashMap<>();
        if (referenties.isEmpty()) return result;
        String sql = "SELECT " + COLUMNS + " FROM " + Toewijzingen.keys("VARCHAR") + " JOIN verzoek v"
                + " ON v.aanbieder = ? AND v.referentie_aanbieder = k.sleutel";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, new HashSet<>(referenties).toArray(new String[0]));
            s.setString(2, aanbieder);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Verzoek v = read(r);
                    result.put(v.referentieAanbieder(), v);
                }
            }
        }
        return result;
    }

    /** The open verzoeken (ONDERHANDEN, IN_ONDERZOEK) of a client at an aanbieder, at any gemeente, oldest first. */
    public List<Verzoek> open(Connection c, String aanbieder, String bsn) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM verzoek v WHERE v.aanbieder = ? AND v.bsn = ? AND v.status IN (?, ?)"
                + " ORDER BY v.id";
        List<Verzoek> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, aanbieder);
            s.setString(2, bsn);
            s.setString(3, Verzoek.Status.ONDERHANDEN.name());
            s.setString(4, Verzoek.Status.IN_ONDERZOEK.name());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) result.add(read(r));
            }
        }
        return result;
    }

    /** The message berichtId changed these verzoeken to status (at the time it arrived). */
    public void setStatus(Connection c, Collection<Long> ids, Verzoek.Status status, long berichtId) throws SQLException {
        if (ids.isEmpty()) return;
        String sql = "UPDATE verzoek SET status = ?, status_bericht_id = ?,"
                + " status_op = (SELECT b.ontvangen_op FROM bericht b WHERE b.id = ?) WHERE id = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (long id : new HashSet<>(ids)) {
                s.setString(1, status.name());
                s.setLong(2, berichtId);
                s.setLong(3, berichtId);
                s.setLong(4, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static Verzoek read(ResultSet r) throws SQLException {
        return new Verzoek(r.getLong("id"), r.getString("gemeente"), r.getString("aanbieder"),
                r.getString("referentie_aanbieder"), r.getString("bericht_type"), r.getLong("bericht_id"),
                r.getString("bsn"), r.getDate("dagtekening").toLocalDate(), Verzoek.Status.valueOf(r.getString("status")));
    }
}
