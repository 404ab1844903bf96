package nl.iwmohub.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.domain.ToewijzingVersie;

/**
 * The toewijzingen the hub recorded: every version of every ToegewezenProduct. Every read takes a whole message's
 * worth of numbers or BSNs at once, as one table-valued parameter ({@link #keys}), so a declaration of 50,000
 * prestaties costs one query per kind of state, not one per prestatie.
 */
public final class Toewijzingen {
    private static final String COLUMNS = "t.id, t.bericht_id, t.gemeente, t.aanbieder, t.bsn, t.toewijzing_nummer,"
            + " t.productcategorie, t.productcode, t.toewijzingsdatum, t.toewijzingstijd, t.ingangsdatum, t.einddatum,"
            + " t.reden_wijziging, t.volume, t.eenheid, t.frequentie, t.budget";

    /** Every stored version of these toewijzingen of the gemeente, oldest first per number (IV013 order). */
    public Map<Long, List<ToewijzingVersie>> versies(Connection c, String gemeente, Collection<Long> nummers)
            throws SQLException {
        if (nummers.isEmpty()) return new HashMap<>();
        String sql = "SELECT " + COLUMNS + " FROM " + keys("BIGINT") + " JOIN toegewezen_product t"
                + " ON t.gemeente = ? AND t.toewijzing_nummer = k.sleutel";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, new HashSet<>(nummers).toArray(new Long[0]));
            s.setString(2, gemeente);
            return perNummer(s);
        }
    }

    /** The versions the statement reads, per ToewijzingNummer, oldest first (IV013 order). */
    private static Map<Long, List<ToewijzingVersie>> perNummer(PreparedStatement s) throws SQLException {
        Map<Long, List<ToewijzingVersie>> result = new HashMap<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ToewijzingVersie v = read(r);
                result.computeIfAbsent(v.product().toewijzingNummer(), k -> new ArrayList<>()).add(v);
            }
        }
        result.values().forEach(list -> list.sort(Toewijzingen::chronologisch));
        return result;
    }

    /** The last of each number's versions: its current one. */
    private static Map<Long, ToewijzingVersie> laatste(Map<Long, List<ToewijzingVersie>> versies) {
        Map<Long, ToewijzingVersie> result = new HashMap<>();
        versies.forEach((nummer, list) -> result.put(nummer, list.get(list.size() - 1)));
        return result;
    }

    /** The current version of each of these toewijzingen: the latest Toewijzingsdatum and -tijd (IV013). */
    public Map<Long, ToewijzingVersie> actueel(Connection c, String gemeente, Collection<Long> nummers)
            throws SQLException {
        return laatste(versies(c, gemeente, nummers));
    }

    /**
     * The current version of every toewijzing of this gemeente for this client at this aanbieder (a WMO317 names
     * them all, TR349), by ToewijzingNummer.
     */
    public Map<Long, ToewijzingVersie> vanClient(Connection c, String gemeente, String aanbieder, String bsn)
            throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM toegewezen_product t WHERE t.gemeente = ? AND t.aanbieder = ? AND t.bsn = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, gemeente);
            s.setString(2, aanbieder);
            s.setString(3, bsn);
            return laatste(perNummer(s));
        }
    }

    /** Which of these BSNs have any toewijzing of this gemeente for this aanbieder. */
    public Set<String> clientenVanAanbieder(Connection c, String gemeente, String aanbieder, Collection<String> bsns)
            throws SQLException {
        Set<String> result = new HashSet<>();
        if (bsns.isEmpty()) return result;
        String sql = "SELECT DISTINCT t.bsn FROM " + keys("VARCHAR") + " JOIN toegewezen_product t"
                + " ON t.gemeente = ? AND t.aanbieder = ? AND t.bsn = k.sleutel";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, new HashSet<>(bsns).toArray(new String[0]));
            s.setString(2, gemeente);
            s.setString(3, aanbieder);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) result.add(r.getString(1));
            }
        }
        return result;
    }

    /**
     * A whole message's keys as one table-valued parameter {@code k(sleutel)} (the first parameter, a Java array of
     * distinct keys), to be joined with an indexed table: each key is one index seek, on H2 and PostgreSQL alike,
     * so a read costs what the message asks, whatever else the table holds. (An {@code IN (?, ?, ...)} list made
     * H2 seek only the index's first column and read every row of the gemeente or aanbieder, once per batch.)
     */
    static String keys(String sqlType) {
        return "UNNEST(CAST(? AS " + sqlType + " ARRAY)) AS k(sleutel)";
    }

    /** IV013: by Toewijzingsdatum, then Toewijzingstijd, then arrival (the row id). */
    static int chronologisch(ToewijzingVersie a, ToewijzingVersie b) {
        int d = a.product().toewijzingsdatum().compareTo(b.product().toewijzingsdatum());
        if (d != 0) return d;
        if (a.product().toewijzingstijd() != null && b.product().toewijzingstijd() != null) {
            int t = a.product().toewijzingstijd().compareTo(b.product().toewijzingstijd());
            if (t != 0) return t;
        }
        return Long.compare(a.id(), b.id());
    }

    private static ToewijzingVersie read(ResultSet r) throws SQLException {
        Time tijd = r.getTime("toewijzingstijd");
        Date eind = r.getDate("einddatum");
        Number volume = (Number) r.getObject("volume");
        Number budget = (Number) r.getObject("budget");
        ToegewezenProduct p = new ToegewezenProduct(r.getString("gemeente"), r.getString("aanbieder"), r.getString("bsn"),
                r.getLong("toewijzing_nummer"), r.getString("productcategorie"), r.getString("productcode"),
                r.getDate("toewijzingsdatum").toLocalDate(), tijd == null ? null : tijd.toLocalTime(),
                r.getDate("ingangsdatum").toLocalDate(), eind == null ? null : eind.toLocalDate(),
                r.getString("reden_wijziging"), volume == null ? null : volume.intValue(), r.getString("eenheid"),
                r.getString("frequentie"), budget == null ? null : budget.intValue());
        return new ToewijzingVersie(r.getLong("id"), r.getLong("bericht_id"), p);
    }

    /** Records every ToegewezenProduct of a WMO301 as a new version of its toewijzing. */
    public void insert(Connection c, long berichtId, List<ToegewezenProduct> products)
            throws SQLException {
        String sql = "INSERT INTO toegewezen_product (bericht_id, gemeente, aanbieder, bsn, toewijzing_nummer,"
                + " productcategorie, productcode, toewijzingsdatum, ingangsdatum, einddatum, reden_wijziging,"
                + " volume, eenheid, frequentie, budget, toewijzingstijd) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (ToegewezenProduct p : products) {
                s.setLong(1, berichtId);
                s.setString(2, p.gemeente());
                s.setString(3, p.aanbieder());
                s.setString(4, p.bsn());
                s.setLong(5, p.toewijzingNummer());
                s.setString(6, p.productcategorie());
                s.setString(7, p.productcode());
                s.setDate(8, Date.valueOf(p.toewijzingsdatum()));
                s.setDate(9, Date.valueOf(p.ingangsdatum()));
                Jdbc.setDate(s, 10, p.einddatum());
                s.setString(11, p.redenWijziging());
                s.setObject(12, p.volume(), Types.INTEGER);
                s.setString(13, p.eenheid());
                s.setString(14, p.frequentie());
                s.setObject(15, p.budget() == null ? null : p.budget().longValue(), Types.BIGINT);
                s.setObject(16, p.toewijzingstijd() == null ? null : Time.valueOf(p.toewijzingstijd()), Types.TIME);
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
