package nl.iwmohub.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The controller's year-end production (seed 001 l.2382-2390): the granted prestaties per aanbieder, gemeente,
 * product and month of their ProductPeriode, and per calendar year, with the contract's thresholds marked
 * ({@link Drempels}). A granted amount is valued at the contract tariff because the hub granted it only after
 * checking it against the catalogue row (TR418, TR346). Granted credits are shown beside the granted debets they
 * cancel, never netted away silently. Read from the summaries of store.Totalen.
 */
final class Productie {
    private Productie() {}

    static final List<String> MAAND_COLUMNS = List.of("aanbieder", "gemeente", "Productcategorie", "Productcode", "jaar",
            "maand", "prestaties", "ToegekendBedrag", "creditPrestaties", "GecrediteerdBedrag", "NettoBedrag");
    static final List<String> JAAR_COLUMNS = List.of("aanbieder", "gemeente", "Productcategorie", "bouwsteen", "jaar",
            "ToegekendBedrag", "GecrediteerdBedrag", "NettoBedrag", "beeindiging", "jaarAfgesloten");
    static final List<String> AANBIEDER_COLUMNS = List.of("aanbieder", "jaar", "NettoBedrag", "contractGemeenten",
            "controleverklaring", "jaarAfgesloten");

    private static boolean has(Map<String, String> f, String key) {
        return f.get(key) != null && !f.get(key).isBlank();
    }

    private static Reads.Where filter(Map<String, String> f, boolean gemeente, boolean product) {
        Reads.Where w = new Reads.Where().and("t.toegekend = TRUE AND t.afgewezen_geheel = FALSE");
        if (gemeente && has(f, "gemeente")) w.and("t.gemeente = ?", f.get("gemeente").trim());
        if (has(f, "aanbieder")) w.and("t.aanbieder = ?", f.get("aanbieder").trim());
        if (has(f, "jaar")) w.and("t.prestatie_jaar = ?", jaar(f.get("jaar").trim()));
        if (product && has(f, "product")) w.product("t", f.get("product").trim());
        return w;
    }

    static int jaar(String s) {
        try {
            int y = Integer.parseInt(s);
            if (y < 1900 || y > 9999) throw new NumberFormatException();
            return y;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("jaar is YYYY, not '" + s + "'");
        }
    }

    private static final String SUMS = " SUM(CASE WHEN t.debet_credit = 'D' THEN t.aantal ELSE 0 END),"
            + " SUM(CASE WHEN t.debet_credit = 'D' THEN t.bedrag ELSE 0 END),"
            + " SUM(CASE WHEN t.debet_credit = 'C' THEN t.aantal ELSE 0 END),"
            + " SUM(CASE WHEN t.debet_credit = 'C' THEN t.bedrag ELSE 0 END)";

    /** Per aanbieder, gemeente, product and month: the granted debets, the granted credits and the net amount. */
    static List<Map<String, Object>> perMaand(Connection c, Map<String, String> f) throws SQLException {
        Reads.Where w = filter(f, true, true);
        String sql = "SELECT t.aanbieder, t.gemeente, t.productcategorie, t.productcode, t.prestatie_jaar, t.prestatie_maand," + SUMS
                + " FROM prestatie_totaal t" + w.sql
                + " GROUP BY t.aanbieder, t.gemeente, t.productcategorie, t.productcode, t.prestatie_jaar, t.prestatie_maand"
                + " ORDER BY 1, 2, 5, 6, 3, 4";
        List<Map<String, Object>> rows = new ArrayList<>();
        w.each(c, sql, r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("aanbieder", r.getString(1));
            row.put("gemeente", r.getString(2));
            row.put("Productcategorie", r.getString(3));
            row.put("Productcode", r.getString(4));
            row.put("jaar", r.getInt(5));
            row.put("maand", String.format("%04d-%02d", r.getInt(5), r.getInt(6)));
            row.put("prestaties", r.getLong(7));
            row.put("ToegekendBedrag", r.getLong(8));
            row.put("creditPrestaties", r.getLong(9));
            row.put("GecrediteerdBedrag", r.getLong(10));
            row.put("NettoBedrag", r.getLong(8) - r.getLong(10));
            rows.add(row);
        });
        return rows;
    }

    /** The year figures: per aanbieder, gemeente and bouwsteen, and per aanbieder over the contract's gemeenten. */
    record Jaar(List<Map<String, Object>> perBouwsteen, List<Map<String, Object>> perAanbieder) {}

    static Jaar perJaar(Connection c, Map<String, String> f, LocalDate today) throws SQLException {
        // Without the gemeente and product filters: a threshold is judged on the whole year, whatever is shown.
        Reads.Where w = filter(f, false, false);
        String sql = "SELECT t.aanbieder, t.gemeente, t.productcategorie, t.prestatie_jaar," + SUMS
                + " FROM prestatie_totaal t" + w.sql
                + " GROUP BY t.aanbieder, t.gemeente, t.productcategorie, t.prestatie_jaar ORDER BY 1, 4, 2, 3";
        List<Map<String, Object>> bouwsteen = new ArrayList<>();
        TreeMap<String, long[]> aanbiederJaar = new TreeMap<>();
        w.each(c, sql, r -> {
            String gemeente = r.getString(2);
            int jaar = r.getInt(4);
            long netto = r.getLong(6) - r.getLong(8);
            boolean contract = Drempels.geldtVoor(gemeente);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("aanbieder", r.getString(1));
            row.put("gemeente", gemeente);
            row.put("Productcategorie", r.getString(3));
            row.put("bouwsteen", contract ? Drempels.BOUWSTEEN.getOrDefault(r.getString(3), "") : "");
            row.put("jaar", jaar);
            row.put("ToegekendBedrag", r.getLong(6));
            row.put("GecrediteerdBedrag", r.getLong(8));
            row.put("NettoBedrag", netto);
            row.put("beeindiging", contract && netto < Drempels.BEEINDIGING ? "mogelijk" : "");
            row.put("jaarAfgesloten", jaar < today.getYear() ? "ja" : "nee");
            if (!has(f, "gemeente") || gemeente.equals(f.get("gemeente").trim())) bouwsteen.add(row);
            if (contract) {
                long[] t = aanbiederJaar.computeIfAbsent(r.getString(1) + "|" + jaar, k -> new long[1]);
                t[0] += netto;
            }
        });
        List<Map<String, Object>> aanbieders = new ArrayList<>();
        for (Map.Entry<String, long[]> e : aanbiederJaar.entrySet()) {
            String[] k = e.getKey().split("\\|");
            int jaar = Integer.parseInt(k[1]);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("aanbieder", k[0]);
            row.put("jaar", jaar);
            row.put("NettoBedrag", e.getValue()[0]);
            row.put("contractGemeenten", String.join(" ", new java.util.TreeSet<>(Drempels.GEMEENTEN)));
            row.put("controleverklaring", e.getValue()[0] < Drempels.CONTROLEVERKLARING ? "niet vereist" : "vereist");
            row.put("jaarAfgesloten", jaar < today.getYear() ? "ja" : "nee");
            aanbieders.add(row);
        }
        return new Jaar(bouwsteen, aanbieders);
    }
}
