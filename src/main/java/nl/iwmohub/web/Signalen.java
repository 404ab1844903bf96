package nl.iwmohub.web;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deadlines counted in werkdagen: a toewijzing without a WMO305 start 15 werkdagen after it was sent (seed 001
 * l.2595-2599); a WMO301 the hub delivered without a WMO302 after 3 werkdagen (OP090); a WMO305 or WMO307
 * (a new aanlevering) received more than 5 werkdagen after the start or stop it reports.
 */
final class Signalen {
    static final List<String> COLUMNS = List.of("signaal", "gemeente", "aanbieder", "ToewijzingNummer", "datum", "werkdagen", "termijn", "bericht", "toelichting");

    private Signalen() {}

    static void list(Connection c, Map<String, String> f, long offset, int limit, LocalDate today, Werkdagen werkdagen, Reads.Rows out)
            throws SQLException, IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        // 1. no start 15 werkdagen after the toewijzing was sent
        try (PreparedStatement s = c.prepareStatement("SELECT t.gemeente, t.aanbieder, t.toewijzing_nummer, MIN(o.ontvangen_op), MIN(o.id)"
                + " FROM toegewezen_product t JOIN bericht o ON o.antwoord_op = t.bericht_id AND o.richting = 'UIT' AND o.bericht_type = 'WMO301'"
                + " WHERE NOT EXISTS (SELECT 1 FROM start_product s WHERE s.gemeente = t.gemeente AND s.toewijzing_nummer = t.toewijzing_nummer)"
                + " GROUP BY t.gemeente, t.aanbieder, t.toewijzing_nummer ORDER BY 4");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                LocalDate sent = r.getTimestamp(4).toLocalDateTime().toLocalDate();
                long n = werkdagen.tussen(sent, today);
                if (n > 15) rows.add(row("geen-start", r.getString(1), r.getString(2), r.getLong(3), sent, n, 15, r.getLong(5),
                        "toewijzing verzonden op " + sent + ", na " + n + " werkdagen nog geen WMO305"));
            }
        }
        // 2. a delivered WMO301 without its WMO302
        try (PreparedStatement s = c.prepareStatement("SELECT o.ontvanger, o.afzender, o.ontvangen_op, o.id, o.identificatie, o.geschreven_op FROM bericht o"
                + " WHERE o.richting = 'UIT' AND o.bericht_type = 'WMO301' AND NOT EXISTS (SELECT 1 FROM bericht a WHERE a.richting = 'IN'"
                + " AND a.bericht_type = 'WMO302' AND a.antwoord_op = o.antwoord_op) ORDER BY o.id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                java.sql.Timestamp at = r.getTimestamp(6) != null ? r.getTimestamp(6) : r.getTimestamp(3);
                LocalDate sent = at.toLocalDateTime().toLocalDate();
                long n = werkdagen.tussen(sent, today);
                if (n > 3) rows.add(row("geen-retour", r.getString(2), r.getString(1), null, sent, n, 3, r.getLong(4),
                        "WMO301 " + r.getString(5) + " afgeleverd op " + sent + ", na " + n + " werkdagen geen WMO302"));
            }
        }
        // 3. a start or stop reported late
        for (boolean stop : new boolean[] {false, true}) {
            String date = stop ? "x.einddatum" : "x.begindatum";
            try (PreparedStatement s = c.prepareStatement("SELECT x.gemeente, x.aanbieder, x.toewijzing_nummer, " + date + ", m.ontvangen_op, m.id"
                    + " FROM " + (stop ? "stop_product" : "start_product") + " x JOIN bericht m ON m.id = x.bericht_id"
                    + " WHERE x.status_aanlevering = '1' ORDER BY x.id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    LocalDate event = r.getDate(4).toLocalDate(), received = r.getTimestamp(5).toLocalDateTime().toLocalDate();
                    long n = werkdagen.tussen(event, received);
                    Object nummer = r.getObject(3);
                    if (n > 5) rows.add(row(stop ? "stop-te-laat" : "start-te-laat", r.getString(1), r.getString(2),
                            nummer == null ? null : ((Number) nummer).longValue(), event, n, 5, r.getLong(6),
                            (stop ? "WMO307 over de stop op " : "WMO305 over de start op ") + event + " ontvangen op " + received + ", " + n + " werkdagen later"));
                }
            }
        }
        // 4. a message of the hub's that the chain refused with an Fo01 (GGk transport): not delivered
        try (PreparedStatement s = c.prepareStatement("SELECT m.afzender, m.ontvanger, m.id, m.bericht_type, m.identificatie, f.ontvangen_op,"
                + " (SELECT MIN(b.toelichting) FROM bevinding b WHERE b.bericht_id = f.id) FROM bericht m"
                + " JOIN bericht f ON f.antwoord_op = m.id AND f.richting = 'IN' AND f.bericht_type = 'Fo01'"
                + " WHERE m.richting = 'UIT' AND m.uitkomst = 'NOT_DELIVERED' ORDER BY f.id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                LocalDate at = r.getTimestamp(6).toLocalDateTime().toLocalDate();
                rows.add(row("niet-afgeleverd", r.getString(1), r.getString(2), null, at, werkdagen.tussen(at, today), 0, r.getLong(3),
                        r.getString(4) + " " + (r.getString(5) == null ? "" : r.getString(5)) + " niet afgeleverd: " + r.getString(7)));
            }
        }
        long i = 0, written = 0;
        for (Map<String, Object> row : rows) {
            if (!matches(f, row, "signaal") || !matches(f, row, "gemeente") || !matches(f, row, "aanbieder")) continue;
            if (i++ < offset) continue;
            if (limit > 0 && written++ >= limit) break;
            out.row(row);
        }
    }

    private static boolean matches(Map<String, String> f, Map<String, Object> row, String key) {
        String v = f.get(key);
        return v == null || v.isBlank() || v.trim().equals(row.get(key));
    }

    private static Map<String, Object> row(String signaal, String gemeente, String aanbieder, Long nummer, LocalDate datum, long n,
                                           int termijn, long bericht, String toelichting) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("signaal", signaal);
        row.put("gemeente", gemeente);
        row.put("aanbieder", aanbieder);
        row.put("ToewijzingNummer", nummer);
        row.put("datum", datum.toString());
        row.put("werkdagen", n);
        row.put("termijn", (long) termijn);
        row.put("bericht", bericht);
        row.put("toelichting", toelichting);
        return row;
    }
}
