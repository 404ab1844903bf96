package nl.iwmohub.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import nl.iwmohub.domain.EerderePrestatie;

/**
 * Reads the declaraties and prestaties the hub processed before. Declaraties rejected as a whole count as
 * not sent (IV087) and are left out; their prestaties are stored with verwerkt = false.
 */
public final class Declaraties {
    private static final String COLUMNS = "bsn, referentie_nummer, vorig_referentie_nummer, toewijzing_nummer,"
            + " productcategorie, productcode, begindatum, einddatum, geleverd_volume, eenheid, ingediend_bedrag,"
            + " debet_credit, toegekend";

    /** TR333: has this aanbieder sent a (processed) declaratie with this DeclaratieNummer? */
    public boolean declaratieNummerGebruikt(Connection c, String aanbieder, String nummer) throws SQLException {
        String sql = "SELECT 1 FROM declaratie WHERE aanbieder = ? AND declaratie_nummer = ? AND afgewezen = FALSE";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, aanbieder);
            s.setString(2, nummer);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** TR318: the latest DeclaratiePeriode (its Begindatum) this aanbieder declared to this gemeente. */
    public Optional<LocalDate> laatstePeriode(Connection c, String aanbieder, String gemeente) throws SQLException {
        String sql = "SELECT MAX(periode_begin) FROM declaratie WHERE aanbieder = ? AND gemeente = ? AND afgewezen = FALSE";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, aanbieder);
            s.setString(2, gemeente);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Date d = r.getDate(1);
                return Optional.ofNullable(d == null ? null : d.toLocalDate());
            }
        }
    }

    /** TR314, TR323: the processed prestaties of this aanbieder with one of these ReferentieNummers. */
    public List<EerderePrestatie> metReferentie(Connection c, String aanbieder, Collection<String> referenties)
            throws SQLException {
        return select(c, "aanbieder = ? AND verwerkt = TRUE AND referentie_nummer", aanbieder, referenties);
    }

    /** TR390: the granted credits of this aanbieder on one of these (debet) ReferentieNummers. */
    public List<EerderePrestatie> creditsOp(Connection c, String aanbieder, Collection<String> referenties)
            throws SQLException {
        return select(c, "aanbieder = ? AND toegekend = TRUE AND debet_credit = 'C' AND vorig_referentie_nummer",
                aanbieder, referenties);
    }

    /** TR322, TR369, TR389, TR385: the granted prestaties on these toewijzingen of the gemeente. */
    public List<EerderePrestatie> toegekendOp(Connection c, String gemeente, Collection<Long> toewijzingNummers)
            throws SQLException {
        List<EerderePrestatie> result = new ArrayList<>();
        List<Long> all = new ArrayList<>(new HashSet<>(toewijzingNummers));
        for (int from = 0; from < all.size(); from += Toewijzingen.BATCH) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + Toewijzingen.BATCH));
            String sql = "SELECT " + COLUMNS + " FROM prestatie WHERE gemeente = ? AND toegekend = TRUE"
                    + " AND toewijzing_nummer IN (" + Toewijzingen.placeholders(batch.size()) + ")";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, gemeente);
                for (int i = 0; i < batch.size(); i++) s.setLong(i + 2, batch.get(i));
                read(s, result);
            }
        }
        return result;
    }

    private static List<EerderePrestatie> select(Connection c, String where, String aanbieder, Collection<String> keys)
            throws SQLException {
        List<EerderePrestatie> result = new ArrayList<>();
        List<String> all = new ArrayList<>(new HashSet<>(keys));
        for (int from = 0; from < all.size(); from += Toewijzingen.BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + Toewijzingen.BATCH));
            String sql = "SELECT " + COLUMNS + " FROM prestatie WHERE " + where + " IN ("
                    + Toewijzingen.placeholders(batch.size()) + ")";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, aanbieder);
                for (int i = 0; i < batch.size(); i++) s.setString(i + 2, batch.get(i));
                read(s, result);
            }
        }
        return result;
    }

    private static void read(PreparedStatement s, List<EerderePrestatie> into) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                into.add(new EerderePrestatie(r.getString(1), r.getString(2), r.getString(3), r.getLong(4),
                        r.getString(5), r.getString(6), r.getDate(7).toLocalDate(), r.getDate(8).toLocalDate(),
                        r.getInt(9), r.getString(10), r.getInt(11), r.getString(12), r.getBoolean(13)));
            }
        }
    }
}
