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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.domain.ToewijzingVersie;

/**
 * The toewijzingen the hub recorded: every version of every ToegewezenProduct. Every read takes a whole message's worth of numbers or BSNs at
 * once, in batches, so a declaration of 50,000 prestaties costs tens of queries, not one per prestatie.
 */
public final class Toewijzingen {
    static final int BATCH = 500;
    private static final String COLUMNS = "id, bericht_id, gemeente, aanbieder, bsn, toewijzing_nummer, productcategorie,"
            + " productcode, toewijzingsdatum, toewijzingstijd, ingangsdatum, einddatum, reden_wijziging, volume,"
            + " eenheid, frequentie, budget";

    /** Every stored version of these toewijzingen of the gemeente, oldest first per number (IV013 order). */
    public Map<Long, List<ToewijzingVersie>> versies(Connection c, String gemeente, Collection<Long> nummers)
            throws SQLException {
        Map<Long, List<ToewijzingVersie>> result = new HashMap<>();
        List<Long> all = new ArrayList<>(new HashSet<>(nummers));
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            String sql = "SELECT " + COLUMNS + " FROM toegewezen_product WHERE gemeente = ? AND toewijzing_nummer IN ("
                    + placeholders(batch.size()) + ")";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, gemeente);
                for (int i = 0; i < batch.size(); i++) s.setLong(i + 2, batch.get(i));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ToewijzingVersie v = read(r);
                        result.computeIfAbsent(v.product().toewijzingNummer(), k -> new ArrayList<>()).add(v);
                    }
                }
            }
        }
        result.values().forEach(list -> list.sort(Toewijzingen::chronologisch));
        return result;
    }

    /** The current version of each of these toewijzingen: the latest Toewijzingsdatum and -tijd (IV013). */
    public Map<Long, ToewijzingVersie> actueel(Connection c, String gemeente, Collection<Long> nummers)
            throws SQLException {
        Map<Long, ToewijzingVersie> result = new HashMap<>();
        versies(c, gemeente, nummers).forEach((nummer, list) -> result.put(nummer, list.get(list.size() - 1)));
        return result;
    }

    /** Which of these BSNs have any toewijzing of this gemeente for this aanbieder. */
    public Set<String> clientenVanAanbieder(Connection c, String gemeente, String aanbieder, Collection<String> bsns)
            throws SQLException {
        Set<String> result = new HashSet<>();
        List<String> all = new ArrayList<>(new HashSet<>(bsns));
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            String sql = "SELECT DISTINCT bsn FROM toegewezen_product WHERE gemeente = ? AND aanbieder = ? AND bsn IN ("
                    + placeholders(batch.size()) + ")";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, gemeente);
                s.setString(2, aanbieder);
                for (int i = 0; i < batch.size(); i++) s.setString(i + 3, batch.get(i));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) result.add(r.getString(1));
                }
            }
        }
        return result;
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

    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
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
