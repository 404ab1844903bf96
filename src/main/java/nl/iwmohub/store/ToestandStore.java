package nl.iwmohub.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.iwmohub.domain.Declaratie;
import nl.iwmohub.domain.Levering;
import nl.iwmohub.domain.Prestatie;
import nl.iwmohub.domain.ToegewezenProduct;

/** The state the hub keeps: toewijzingen, starts and stops of delivery, declaraties and their prestaties. */
public final class ToestandStore {

    public void insertToegewezenProducten(Connection c, long berichtId, List<ToegewezenProduct> products)
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
                setDate(s, 10, p.einddatum());
                s.setString(11, p.redenWijziging());
                s.setObject(12, p.volume(), Types.INTEGER);
                s.setString(13, p.eenheid());
                s.setString(14, p.frequentie());
                s.setObject(15, p.budget() == null ? null : p.budget().longValue(), Types.BIGINT);
                s.setObject(16, p.toewijzingstijd() == null ? null : java.sql.Time.valueOf(p.toewijzingstijd()), Types.TIME);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Stores starts (table start_product) or stops (table stop_product) of one message. */
    public void insertLeveringen(Connection c, long berichtId, List<Levering> leveringen, boolean stop,
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
                setDate(s, 8, l.toewijzingIngangsdatum());
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

    /**
     * Stores a declaratie with all its prestaties; {@code rejected} holds the berichtklasse paths of the
     * prestaties that were not accepted. Returns the declaratie's id.
     */
    public long insertDeclaratie(Connection c, long berichtId, Declaratie d, long totaalToegekend,
                                 Set<String> rejected, boolean afgewezen) throws SQLException {
        long declaratieId;
        String sql = "INSERT INTO declaratie (bericht_id, gemeente, aanbieder, declaratie_nummer, periode_begin,"
                + " periode_eind, declaratie_dagtekening, totaal_ingediend, totaal_toegekend, afgewezen)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
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
                + " geleverd_volume, eenheid, product_tarief, ingediend_bedrag, debet_credit, toegekend, gemeente, verwerkt)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
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

    private static void setDate(PreparedStatement s, int index, LocalDate date) throws SQLException {
        s.setObject(index, date == null ? null : Date.valueOf(date), Types.DATE);
    }
}
