package nl.iwmohub.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.iwmohub.domain.Declaratie;
import nl.iwmohub.domain.EerderePrestatie;
import nl.iwmohub.domain.Prestatie;

/**
 * The declaraties and their prestaties, stored and read back. Declaraties rejected as a whole count as
 * not sent (IV087) and are left out; their prestaties are stored with verwerkt = false.
 */
public final class Declaraties {
    private static final String COLUMNS = "p.bsn, p.referentie_nummer, p.vorig_referentie_nummer, p.toewijzing_nummer,"
            + " p.productcategorie, p.productcode, p.begindatum, p.einddatum, p.geleverd_volume, p.eenheid,"
            + " p.ingediend_bedrag, p.debet_credit, p.toegekend";

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
        return select(c, "VARCHAR", "p.aanbieder = ? AND p.referentie_nummer = k.sleutel AND p.verwerkt = TRUE",
                aanbieder, referenties);
    }

    /** TR390: the granted credits of this aanbieder on one of these (debet) ReferentieNummers. */
    public List<EerderePrestatie> creditsOp(Connection c, String aanbieder, Collection<String> referenties)
            throws SQLException {
        return select(c, "VARCHAR", "p.aanbieder = ? AND p.vorig_referentie_nummer = k.sleutel AND p.toegekend = TRUE"
                + " AND p.debet_credit = 'C'", aanbieder, referenties);
    }

    /** TR322, TR369, TR389, TR385: the granted prestaties on these toewijzingen of the gemeente. */
    public List<EerderePrestatie> toegekendOp(Connection c, String gemeente, Collection<Long> toewijzingNummers)
            throws SQLException {
        return select(c, "BIGINT", "p.gemeente = ? AND p.toewijzing_nummer = k.sleutel AND p.toegekend = TRUE",
                gemeente, toewijzingNummers);
    }

    /** The prestaties joined on one of these keys (one index seek each: see {@link Toewijzingen#keys}). */
    private static List<EerderePrestatie> select(Connection c, String keyType, String on, String party,
                                                 Collection<?> keys) throws SQLException {
        List<EerderePrestatie> result = new ArrayList<>();
        if (keys.isEmpty()) return result;
        String sql = "SELECT " + COLUMNS + " FROM " + Toewijzingen.keys(keyType) + " JOIN prestatie p ON " + on;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Set<?> distinct = new HashSet<>(keys);
            s.setObject(1, "BIGINT".equals(keyType) ? distinct.toArray(new Long[0]) : distinct.toArray(new String[0]));
            s.setString(2, party);
            read(s, result);
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

    private static String limit(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    /**
     * Stores a declaratie with all its prestaties; {@code rejected} holds the berichtklasse paths of the
     * prestaties that were not accepted. Returns the declaratie's id.
     */
    /** What a judged prestatie was checked against: its toewijzing version and its contract row, as text (or null). */
    public record Getoetst(String toewijzing, String tarief) {}

    public long insert(Connection c, long berichtId, Declaratie d, long totaalToegekend,
                                 Set<String> rejected, boolean afgewezen, Map<String, Getoetst> getoetst) throws SQLException {
        long declaratieId;
        String sql = "INSERT INTO declaratie (bericht_id, gemeente, aanbieder, declaratie_nummer, periode_begin,"
                + " periode_eind, declaratie_dagtekening, totaal_ingediend, totaal_toegekend, afgewezen)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
            s.setLong(1, berichtId);
            s.setString(2, d.gemeente());
            s.setString(3, d.aanbieder());
            s.setString(4, d.declaratieNummer());
            s.setDate(5, Date.valueOf(d.periodeBegin()));
            s.setDate(6, Date.valueOf(d.periodeEind()));
            s.setDate(7, Date.valueOf(d.dagtekening()));
            s.setLong(8, d.totaalIngediend());
            s.setLong(9, totaalToegekend);
            s.setBoolean(10, afgewezen);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                declaratieId = keys.getLong(1);
            }
        }
        String prestatieSql = "INSERT INTO prestatie (declaratie_id, aanbieder, bsn, referentie_nummer,"
                + " vorig_referentie_nummer, toewijzing_nummer, productcategorie, productcode, begindatum, einddatum,"
                + " geleverd_volume, eenheid, product_tarief, ingediend_bedrag, debet_credit, toegekend, gemeente, verwerkt,"
                + " getoetst_toewijzing, getoetst_tarief) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(prestatieSql)) {
            int pending = 0;
            for (Prestatie p : d.prestaties()) {
                s.setLong(1, declaratieId);
                s.setString(2, d.aanbieder());
                s.setString(3, p.bsn());
                s.setString(4, p.referentieNummer());
                s.setString(5, p.vorigReferentieNummer());
                s.setLong(6, p.toewijzingNummer());
                s.setString(7, p.productcategorie());
                s.setString(8, p.productcode());
                s.setDate(9, Date.valueOf(p.begindatum()));
                s.setDate(10, Date.valueOf(p.einddatum()));
                s.setInt(11, p.geleverdVolume());
                s.setString(12, p.eenheid());
                s.setObject(13, p.productTarief(), Types.INTEGER);
                s.setInt(14, p.ingediendBedrag());
                s.setString(15, p.debetCredit());
                s.setBoolean(16, !afgewezen && !rejected.contains(p.berichtklasse()));
                s.setString(17, d.gemeente());
                s.setBoolean(18, !afgewezen);
                Getoetst g = getoetst.get(p.berichtklasse());
                s.setString(19, g == null ? null : limit(g.toewijzing()));
                s.setString(20, g == null ? null : limit(g.tarief()));
                s.addBatch();
                if (++pending == 1000) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) s.executeBatch();
        }
        return declaratieId;
    }
}
