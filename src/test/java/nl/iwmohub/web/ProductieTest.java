package nl.iwmohub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.iwmohub.store.Database;
import nl.iwmohub.store.Totalen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The productie and the overview read the summaries the processing keeps; their figures must equal what the
 * prestaties themselves say, credits shown apart, and the contract's thresholds marked where they apply.
 */
class ProductieTest {
    @TempDir
    Path temp;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    record Served(Database database, WebServer server) implements AutoCloseable {
        String base() {
            return "http://127.0.0.1:" + server.port();
        }

        @Override
        public void close() {
            server.close();
            database.close();
        }
    }

    Served serve(Path db) throws Exception {
        Path users = temp.resolve("users");
        Users.add(users, "anna", Role.AUDITOR, "anna-wachtwoord");
        Database database = new Database(Database.jdbcUrl(db.toString()), "", "");
        Map<String, String> settings = Map.of("iwmo.http.host", "127.0.0.1", "iwmo.http.port", "0", "iwmo.http.users", users.toString(),
                "iwmo.http.tls.keystore", "", "iwmo.http.tls.password", "", "iwmo.http.page-size", "50", "iwmo.today", "2026-12-31");
        return new Served(database, Workbench.start(settings::get, database));
    }

    static HttpResponse<String> get(Served s, String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path));
        if (cookie != null) b.header("Cookie", cookie);
        else b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("anna:anna-wachtwoord".getBytes(StandardCharsets.UTF_8)));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(Served s, String path) throws Exception {
        HttpResponse<String> r = get(s, path, null);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void productieAndOverviewEqualTheStoredPrestatiesWithCreditsApart() throws Exception {
        Path db = temp.resolve("db");
        Scenarios.load(db, temp.resolve("out"), List.of("40-toewijzing-history", "43-credit-tariff-volume"));
        try (Served s = serve(db)) {
            // independently, from the prestaties: granted debets and credits per aanbieder, gemeente, product and month
            TreeMap<String, long[]> expected = new TreeMap<>();
            TreeMap<String, long[]> overview = new TreeMap<>();
            try (Connection c = s.database().dataSource().getConnection();
                 PreparedStatement q = c.prepareStatement("SELECT d.aanbieder, d.gemeente, p.productcategorie, p.productcode, p.begindatum,"
                         + " p.debet_credit, p.ingediend_bedrag, p.toegekend, d.afgewezen, d.periode_begin FROM prestatie p JOIN declaratie d ON d.id = p.declaratie_id");
                 ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    LocalDate begin = r.getDate(5).toLocalDate();
                    boolean credit = r.getString(6).equals("C");
                    long bedrag = r.getLong(7);
                    boolean granted = r.getBoolean(8) && !r.getBoolean(9);
                    if (granted) {
                        long[] e = expected.computeIfAbsent(String.join("|", r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                String.format("%04d-%02d", begin.getYear(), begin.getMonthValue())), k -> new long[2]);
                        e[credit ? 1 : 0] += bedrag;
                    }
                    LocalDate periode = r.getDate(10).toLocalDate();
                    long[] o = overview.computeIfAbsent(String.join("|", r.getString(2), r.getString(1),
                            String.format("%04d-%02d", periode.getYear(), periode.getMonthValue())), k -> new long[3]);
                    o[0]++;
                    if (r.getBoolean(8)) o[1] += credit ? -bedrag : bedrag;
                    if (credit) o[2] -= bedrag;
                }
            }
            // every finding about a prestatie of a stored declaratie names that prestatie's ReferentieNummer
            try (Connection c = s.database().dataSource().getConnection();
                 ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*), SUM(CASE WHEN b.referentie_nummer IS NULL THEN 1 ELSE 0 END),"
                         + " SUM(CASE WHEN EXISTS (SELECT 1 FROM prestatie p WHERE p.declaratie_id = d.id AND p.referentie_nummer = b.referentie_nummer)"
                         + " THEN 1 ELSE 0 END) FROM bevinding b JOIN declaratie d ON d.bericht_id = b.bericht_id WHERE b.berichtklasse LIKE '%/Prestatie%'")) {
                r.next();
                assertTrue(r.getLong(1) > 0, "the scenarios hold findings about prestaties");
                assertEquals(0, r.getLong(2), "findings without ReferentieNummer");
                assertEquals(r.getLong(1), r.getLong(3), "findings naming a prestatie of another declaratie");
            }
            // a granted prestatie shows what it was checked against too: its toewijzing version and its tariff row
            JsonNode granted = json(s, "/prestaties.json?uitkomst=toegekend");
            assertTrue(granted.size() >= 2, granted.toString());
            for (JsonNode p : granted) {
                assertTrue(p.get("toewijzing").asText().contains("" + p.get("ToewijzingNummer").asLong()), p.toString());
                assertTrue(p.get("tarief").asText().contains(p.get("Productcode").asText()), p.toString());
            }
            // an export of every prestatie goes out in pages along the primary key: the same rows, whatever the page size
            String whole = json(s, "/prestaties.json").toString();
            int before = Reads.exportPage;
            try {
                Reads.exportPage = 3;
                assertEquals(whole, json(s, "/prestaties.json").toString());
                assertEquals(whole, json(s, "/prestaties.json?uitkomst=").toString());
            } finally {
                Reads.exportPage = before;
            }
            assertTrue(new ObjectMapper().readTree(whole).size() > 6, whole);
            TreeMap<String, long[]> shown = new TreeMap<>();
            for (JsonNode row : json(s, "/productie.json")) {
                shown.put(String.join("|", row.get("aanbieder").asText(), row.get("gemeente").asText(), row.get("Productcategorie").asText(),
                        row.get("Productcode").asText(), row.get("maand").asText()),
                        new long[] {row.get("ToegekendBedrag").asLong(), row.get("GecrediteerdBedrag").asLong()});
                assertEquals(row.get("ToegekendBedrag").asLong() - row.get("GecrediteerdBedrag").asLong(), row.get("NettoBedrag").asLong());
            }
            assertEquals(toString(expected), toString(shown));
            assertTrue(expected.values().stream().anyMatch(v -> v[1] > 0), "the scenarios hold a granted credit");

            TreeMap<String, long[]> overviewShown = new TreeMap<>();
            for (JsonNode row : json(s, "/overzicht.json")) {
                overviewShown.put(String.join("|", row.get("gemeente").asText(), row.get("aanbieder").asText(), row.get("maand").asText()),
                        new long[] {row.get("prestaties").asLong(), row.get("ToegekendBedrag").asLong(), row.get("CreditBedrag").asLong()});
            }
            assertEquals(toString(overview), toString(overviewShown));

            // a product filter narrows the months, never the year figures the thresholds are judged on
            String code = expected.firstKey().split("\\|")[3];
            for (JsonNode row : json(s, "/productie.json?product=" + code)) assertEquals(code, row.get("Productcode").asText());
            assertEquals(json(s, "/productie.json?per=jaar").toString(), json(s, "/productie.json?per=jaar&product=" + code).toString());
            assertEquals(400, get(s, "/productie.json?per=week", null).statusCode());
            assertEquals(400, get(s, "/productie.json?jaar=twintig", null).statusCode());
        }
    }

    private static String toString(Map<String, long[]> m) {
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(k).append('=').append(java.util.Arrays.toString(v)).append('\n'));
        return b.toString();
    }

    @Test
    void theContractsThresholdsAreMarkedPerAanbiederGemeenteAndBouwsteen() throws Exception {
        Path db = temp.resolve("db");
        try (Database d = new Database(Database.jdbcUrl(db.toString()), "", "")) {
            Filler f = new Filler(d);
            // A0000001: 9.999,99 in 2025 at Coevorden for bouwsteen 02: may be terminated there; nothing else
            f.declaratie("A0000001", "0109", 2025, "02A03", 999_999, 0);
            // A0000002: 10.000,00 at Coevorden (not below), 114.999,99 at Borger-Odoorn: 124.999,99 together
            f.declaratie("A0000002", "0109", 2025, "02A03", 1_000_000, 0);
            f.declaratie("A0000002", "1681", 2025, "07B01", 11_499_999, 0);
            // A0000003: 125.000,00 granted, 300,00 of it credited later: 124.700,00 net, so no statement is needed
            f.declaratie("A0000003", "0109", 2025, "02A03", 12_500_000, 30_000);
            // A0000004: 125.000,00 net: the accountant's statement is required; Oss has no thresholds
            f.declaratie("A0000004", "1681", 2026, "07B01", 12_500_000, 0);
            f.declaratie("A0000004", "0828", 2026, "04A01", 500, 0);
        }
        try (Served s = serve(db)) {
            Map<String, JsonNode> aanbieder = new TreeMap<>();
            for (JsonNode row : json(s, "/productie.json?per=aanbieder")) aanbieder.put(row.get("aanbieder").asText() + " " + row.get("jaar").asInt(), row);
            assertEquals("niet vereist", aanbieder.get("A0000001 2025").get("controleverklaring").asText());
            assertEquals(12_499_999, aanbieder.get("A0000002 2025").get("NettoBedrag").asLong());
            assertEquals("niet vereist", aanbieder.get("A0000002 2025").get("controleverklaring").asText());
            assertEquals(12_470_000, aanbieder.get("A0000003 2025").get("NettoBedrag").asLong());
            assertEquals("niet vereist", aanbieder.get("A0000003 2025").get("controleverklaring").asText());
            assertEquals(12_500_000, aanbieder.get("A0000004 2026").get("NettoBedrag").asLong(), "Oss is not under the contract");
            assertEquals("vereist", aanbieder.get("A0000004 2026").get("controleverklaring").asText());
            assertEquals("ja", aanbieder.get("A0000001 2025").get("jaarAfgesloten").asText());
            assertEquals("nee", aanbieder.get("A0000004 2026").get("jaarAfgesloten").asText());

            Map<String, JsonNode> jaar = new TreeMap<>();
            for (JsonNode row : json(s, "/productie.json?per=jaar")) jaar.put(row.get("aanbieder").asText() + " " + row.get("gemeente").asText(), row);
            assertEquals("mogelijk", jaar.get("A0000001 0109").get("beeindiging").asText());
            assertEquals("zelfredzaamheid", jaar.get("A0000001 0109").get("bouwsteen").asText());
            assertEquals("", jaar.get("A0000002 0109").get("beeindiging").asText());
            assertEquals("participatie", jaar.get("A0000002 1681").get("bouwsteen").asText());
            assertEquals(30_000, jaar.get("A0000003 0109").get("GecrediteerdBedrag").asLong());
            assertEquals("", jaar.get("A0000004 0828").get("beeindiging").asText(), "Oss names no threshold");
            assertEquals("", jaar.get("A0000004 0828").get("bouwsteen").asText());

            assertEquals(303, get(s, "/productie", "x=y").statusCode(), "pages need a session");
            HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(s.base() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("naam=anna&wachtwoord=anna-wachtwoord")).build(), HttpResponse.BodyHandlers.ofString());
            String session = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            String dutch = get(s, "/productie", session).body();
            assertTrue(dutch.contains("<html lang=\"nl\">") && dutch.contains("Per aanbieder en jaar") && dutch.contains("mogelijk (art. 9.1)"), dutch);
            HttpResponse<String> en = get(s, "/productie?taal=en", session);
            String taal = en.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("iwmo_taal=")).findFirst().orElseThrow();
            assertTrue(taal.toLowerCase().contains("httponly") && taal.contains("SameSite=Strict"), taal);
            for (String body : List.of(en.body(), get(s, "/productie", session + "; " + taal.split(";")[0]).body())) {
                assertTrue(body.contains("<html lang=\"en\">") && body.contains("<h1>Production</h1>") && body.contains("Per provider and year")
                        && body.contains("possible (art. 9.1)") && body.contains(">not required<"), body);
                assertFalse(body.contains("Per aanbieder en jaar"));
            }
            assertTrue(get(s, "/productie?taal=nl", session + "; iwmo_taal=en").body().contains("Per aanbieder en jaar"));
            assertEquals(400, get(s, "/productie?taal=fr", session).statusCode());
        }
    }

    /** Declaraties straight into the store, with the summaries written as the processing writes them. */
    static final class Filler {
        private final Database db;
        private long id;

        Filler(Database db) {
            this.db = db;
        }

        /** One granted debet prestatie of amount in March of year, and, when credit > 0, a granted credit of it. */
        void declaratie(String aanbieder, String gemeente, int year, String product, long amount, long credit) {
            db.inTransaction(c -> {
                long n = ++id;
                LocalDate begin = LocalDate.of(year, 3, 1);
                try (PreparedStatement b = c.prepareStatement("INSERT INTO bericht (id, richting, bericht_type, afzender, ontvanger, identificatie,"
                        + " dagtekening, bestandsnaam, sha256, inhoud, ontvangen_op, uitkomst) VALUES (?, 'IN', 'WMO323', ?, ?, ?, ?, ?, ?, ?, ?, 'ACCEPTED')")) {
                    b.setLong(1, n);
                    b.setString(2, aanbieder);
                    b.setString(3, gemeente);
                    b.setString(4, "DE" + n);
                    b.setDate(5, Date.valueOf(begin.plusMonths(1)));
                    b.setString(6, "f" + n + ".xml");
                    b.setString(7, String.format("%064d", n));
                    b.setBytes(8, "<Bericht/>".getBytes(StandardCharsets.UTF_8));
                    b.setTimestamp(9, Timestamp.from(Instant.now()));
                    b.executeUpdate();
                }
                try (PreparedStatement d = c.prepareStatement("INSERT INTO declaratie (id, bericht_id, gemeente, aanbieder, declaratie_nummer,"
                        + " periode_begin, periode_eind, declaratie_dagtekening, totaal_ingediend, totaal_toegekend, afgewezen)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)")) {
                    d.setLong(1, n);
                    d.setLong(2, n);
                    d.setString(3, gemeente);
                    d.setString(4, aanbieder);
                    d.setString(5, "D" + n);
                    d.setDate(6, Date.valueOf(begin));
                    d.setDate(7, Date.valueOf(begin.plusMonths(1).minusDays(1)));
                    d.setDate(8, Date.valueOf(begin.plusMonths(1)));
                    d.setLong(9, amount - credit);
                    d.setLong(10, amount - credit);
                    d.executeUpdate();
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO prestatie (declaratie_id, aanbieder, bsn, referentie_nummer,"
                        + " vorig_referentie_nummer, toewijzing_nummer, productcategorie, productcode, begindatum, einddatum, geleverd_volume, eenheid,"
                        + " product_tarief, ingediend_bedrag, debet_credit, toegekend, gemeente, verwerkt) VALUES (?, ?, '999993653', ?, ?, 1, ?, ?, ?, ?, 1, '82', ?, ?, ?, TRUE, ?, TRUE)")) {
                    for (int k = 0; k < (credit > 0 ? 2 : 1); k++) {
                        p.setLong(1, n);
                        p.setString(2, aanbieder);
                        p.setString(3, "R" + n + "-" + k);
                        p.setString(4, k == 0 ? null : "R" + n + "-0");
                        p.setString(5, product.substring(0, 2));
                        p.setString(6, product);
                        p.setDate(7, Date.valueOf(begin));
                        p.setDate(8, Date.valueOf(begin.plusMonths(1).minusDays(1)));
                        long v = k == 0 ? amount : credit;
                        p.setLong(9, v);
                        p.setLong(10, v);
                        p.setString(11, k == 0 ? "D" : "C");
                        p.setString(12, gemeente);
                        p.executeUpdate();
                    }
                }
                new Totalen().record(c, n);
                return null;
            });
        }
    }
}
