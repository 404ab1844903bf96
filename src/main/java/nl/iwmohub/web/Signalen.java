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
import nl.iwmohub.domain.Verzoek;

/**
 * Deadlines counted in werkdagen: a toewijzing without a WMO305 start 15 werkdagen after it was sent (seed 001
 * l.2595-2599); a WMO301 the hub delivered without a WMO302 after 3 werkdagen (OP090); a WMO305 or WMO307
 * (a new aanlevering) received more than 5 werkdagen after the start or stop it reports; and of the verzoeken
 * (V14): a WMO315/WMO317 still onderhanden (no WMO301, no WMO319) more than 5 werkdagen after it arrived (OP274,
 * OP346: "binnen 5 werkdagen ofwel een toewijzingbericht ofwel een antwoordbericht"); an aanvraag in onderzoek
 * without a final answer 8 weeks after the verzoek's Dagtekening (OP274, OP346); a WMO319 the hub delivered without
 * a WMO320 after 3 werkdagen (OP090, as for the WMO301).
 */
final class Signalen {
    static final List<String> COLUMNS = List.of("signaal", "gemeente", "aanbieder", "ToewijzingNummer", "datum", "werkdagen", "termijn", "bericht", "toelichting");

    /** OP090: a retourbericht within 3 werkdagen of receipt. */
    static final int RETOUR = 3;
    /** OP274 (WMO315, per AangevraagdProduct), OP346 (WMO317): a WMO301 or WMO319 within 5 werkdagen of receipt. */
    static final int VERZOEK_ANTWOORD = 5;
    /** OP274, OP346: after "aanvraag in onderzoek", the final answer within 8 weeks of the verzoek's Dagtekening. */
    static final int ONDERZOEK_WEKEN = 8;

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
        // 2. a delivered WMO301 without its WMO302 (OP090); likewise a delivered WMO319 without its WMO320, which
        // processing.RetourHandler links to the received WMO319 as the WMO302 is linked to the received WMO301
        for (String[] pair : new String[][] {{"WMO301", "WMO302", "geen-retour"}, {"WMO319", "WMO320", "antwoord-geen-retour"}}) {
            // the gemeente and Identificatie named are the sender's, of the received row the delivery passes on (the
            // delivered row leaves its afzender empty and carries the hub's own number); the retour repeats them
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(o.ontvanger, i.ontvanger), COALESCE(o.afzender, i.afzender), o.ontvangen_op,"
                    + " o.id, COALESCE(i.identificatie, o.identificatie), o.geschreven_op FROM bericht o LEFT JOIN bericht i ON i.id = o.antwoord_op"
                    + " WHERE o.richting = 'UIT' AND o.bericht_type = ? AND NOT EXISTS (SELECT 1 FROM bericht a WHERE a.richting = 'IN'"
                    + " AND a.bericht_type = ? AND a.antwoord_op = o.antwoord_op) ORDER BY o.id")) {
                s.setString(1, pair[0]);
                s.setString(2, pair[1]);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        java.sql.Timestamp at = r.getTimestamp(6) != null ? r.getTimestamp(6) : r.getTimestamp(3);
                        LocalDate sent = at.toLocalDateTime().toLocalDate();
                        long n = werkdagen.tussen(sent, today);
                        if (n > RETOUR) rows.add(row(pair[2], r.getString(2), r.getString(1), null, sent, n, RETOUR, r.getLong(4),
                                pair[0] + " " + r.getString(5) + " afgeleverd op " + sent + ", na " + n + " werkdagen geen " + pair[1]));
                    }
                }
            }
        }
        verzoeken(c, today, werkdagen, rows);
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

    /**
     * The open verzoeken past their deadline. A verzoek is ONDERHANDEN until a WMO319 answers it or a WMO301 honours
     * it (V14, domain.Verzoek.Status), so the status alone says that neither came. Counted from the day the hub
     * received the verzoek: it passes it on at once, so that is the day the gemeente receives it.
     *
     * The 8 weeks are calendar weeks from the Dagtekening; a deadline on a Saturday, Sunday or feestdag moves to the
     * next werkdag (Algemene termijnenwet art. 1), and the signal shows from the first werkdag after it, so that its
     * werkdagen and termijn are counted from the Dagtekening like the other signals' (werkdagen > termijn).
     */
    private static void verzoeken(Connection c, LocalDate today, Werkdagen werkdagen, List<Map<String, Object>> rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT v.gemeente, v.aanbieder, v.referentie_aanbieder, v.bericht_type, v.dagtekening,"
                + " v.ontvangen_op, v.status, v.bericht_id, v.status_bericht_id FROM verzoek v WHERE v.status IN (?, ?) ORDER BY v.id")) {
            s.setString(1, Verzoek.Status.ONDERHANDEN.name());
            s.setString(2, Verzoek.Status.IN_ONDERZOEK.name());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String ref = r.getString(3), type = r.getString(4);
                    LocalDate dagtekening = r.getDate(5).toLocalDate();
                    if (Verzoek.Status.ONDERHANDEN.name().equals(r.getString(7))) {
                        LocalDate received = r.getTimestamp(6).toLocalDateTime().toLocalDate();
                        long n = werkdagen.tussen(received, today);
                        if (n > VERZOEK_ANTWOORD) rows.add(row("verzoek-geen-antwoord", r.getString(1), r.getString(2), null, received, n,
                                VERZOEK_ANTWOORD, r.getLong(8), type + " ReferentieAanbieder " + ref + " ontvangen op " + received + ", na " + n
                                        + " werkdagen geen WMO301 en geen WMO319"));
                    } else {
                        LocalDate deadline = dagtekening.plusWeeks(ONDERZOEK_WEKEN);
                        while (!werkdagen.isWerkdag(deadline)) deadline = deadline.plusDays(1);
                        long termijn = werkdagen.tussen(dagtekening, deadline), n = werkdagen.tussen(dagtekening, today);
                        if (n > termijn) rows.add(row("onderzoek-verlopen", r.getString(1), r.getString(2), null, dagtekening, n, termijn,
                                r.getLong(9), type + " ReferentieAanbieder " + ref + " met Dagtekening " + dagtekening + " in onderzoek, na "
                                        + ONDERZOEK_WEKEN + " weken (" + deadline + ") geen toewijzing of afwijzing"));
                    }
                }
            }
        }
    }

    private static boolean matches(Map<String, String> f, Map<String, Object> row, String key) {
        String v = f.get(key);
        return v == null || v.isBlank() || v.trim().equals(row.get(key));
    }

    private static Map<String, Object> row(String signaal, String gemeente, String aanbieder, Long nummer, LocalDate datum, long n,
                                           long termijn, long bericht, String toelichting) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("signaal", signaal);
        row.put("gemeente", gemeente);
        row.put("aanbieder", aanbieder);
        row.put("ToewijzingNummer", nummer);
        row.put("datum", datum.toString());
        row.put("werkdagen", n);
        row.put("termijn", termijn);
        row.put("bericht", bericht);
        row.put("toelichting", toelichting);
        return row;
    }
}
