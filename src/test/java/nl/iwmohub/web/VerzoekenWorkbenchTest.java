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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.iwmohub.app.IwmoHub;
import nl.iwmohub.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open verzoeken page and the three verzoek signals over HTTP. The store is filled through the process command:
 * scenario 52 (VOT-52-01 in onderzoek with its WMO320 AW-52-02, then afgewezen by AW-52-06 which gets no WMO320;
 * VOT-52-09 onderhanden), scenario 50 (only VOT-50-02 of client B is accepted: client A has VOT-52-09 open, TR374)
 * and a WMO319 "aanvraag in onderzoek" AW-90-01 for VOT-50-02 (made from scenario 52's AW-52-02), left without a
 * WMO320. The store's received times are real; iwmo.today of each workbench decides whether the signals fire.
 */
class VerzoekenWorkbenchTest {
    @TempDir
    static Path temp;
    static Database database;
    static Path users;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final String BSN_A = "999993653", BSN_B = "999990019";
    /** Dagtekening 2026-11-05 of the scenario's verzoeken plus 8 weeks: Thursday 31 December 2026, a werkdag. */
    static final LocalDate ONDERZOEK_DEADLINE = LocalDate.of(2026, 12, 31);

    @BeforeAll
    static void load() throws Exception {
        Path db = temp.resolve("db");
        Scenarios.load(db, temp.resolve("out"), List.of("52-verzoek-in-onderzoek-en-afgewezen", "50-verzoek-om-toewijzing"));
        Path in = Files.createDirectories(temp.resolve("extra"));
        String wmo319 = Files.readString(Scenarios.DIR.resolve("52-verzoek-in-onderzoek-en-afgewezen/in/02-wmo319-in-onderzoek.xml"))
                .replace("AW-52-02", "AW-90-01").replace("VOT-52-01", "VOT-50-02");
        Files.writeString(in.resolve("01-wmo319-in-onderzoek.xml"), wmo319);
        assertEquals(0, IwmoHub.run(new String[] {"process", "--today", "2026-11-15", "--db", db.toString(), "--out", temp.resolve("out/extra").toString(),
                in.toString()}));
        users = temp.resolve("users");
        Users.add(users, "anna", Role.AUDITOR, "anna-wachtwoord");
        Users.add(users, "piet", Role.PRIVACY, "piet-wachtwoord");
        database = new Database(Database.jdbcUrl(db.toString()), "", "");
    }

    @AfterAll
    static void close() {
        if (database != null) database.close();
    }

    /** The JSON of path from a workbench whose today is the given date. */
    static JsonNode json(LocalDate today, String path, String user) throws Exception {
        return new ObjectMapper().readTree(body(today, path, user));
    }

    static String body(LocalDate today, String path, String user) throws Exception {
        Map<String, String> settings = Map.of("iwmo.http.host", "127.0.0.1", "iwmo.http.port", "0", "iwmo.http.users", users.toString(),
                "iwmo.http.tls.keystore", "", "iwmo.http.tls.password", "", "iwmo.http.page-size", "50", "iwmo.today", today.toString());
        try (WebServer server = Workbench.start(settings::get, database)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
            if (path.contains(".json") || path.contains(".csv")) {
                String auth = Base64.getEncoder().encodeToString((user + ":" + user + "-wachtwoord").getBytes(StandardCharsets.UTF_8));
                request.header("Authorization", "Basic " + auth);
            } else {
                // a page needs a session: Basic is only for the exports
                HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("naam=" + user + "&wachtwoord=" + user + "-wachtwoord")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(303, login.statusCode());
                String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
                request.header("Cookie", cookie.substring(0, cookie.indexOf(';')));
            }
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            return r.body();
        }
    }

    /** Per signal, what its rows' toelichting names, in order. */
    static Map<String, List<String>> signals(LocalDate today) throws Exception {
        Map<String, List<String>> bySignal = new TreeMap<>();
        for (JsonNode r : json(today, "/signalen.json", "anna")) {
            assertTrue(r.get("werkdagen").asLong() > r.get("termijn").asLong(), r.toString());
            bySignal.computeIfAbsent(r.get("signaal").asText(), k -> new ArrayList<>()).add(r.get("toelichting").asText());
        }
        return bySignal;
    }

    /** The first day from which {@code werkdagen} werkdagen have passed since today's real date, as the workbench counts. */
    static LocalDate werkdagenFromNow(int werkdagen) {
        Werkdagen w = Werkdagen.standaard();
        LocalDate d = LocalDate.now();
        while (w.tussen(LocalDate.now(), d) < werkdagen) d = d.plusDays(1);
        return d;
    }

    @Test
    void theStoreHoldsWhatTheScenariosLeave() throws Exception {
        Map<String, String> status = new TreeMap<>();
        try (Connection c = database.dataSource().getConnection();
             ResultSet r = c.createStatement().executeQuery("SELECT referentie_aanbieder, status FROM verzoek")) {
            while (r.next()) status.put(r.getString(1), r.getString(2));
            c.rollback();
        }
        assertEquals(Map.of("VOT-52-01", "AFGEWEZEN", "VOT-52-09", "ONDERHANDEN", "VOT-50-02", "IN_ONDERZOEK"), status);
    }

    @Test
    void theOpenVerzoekenPerAanbiederWithTheirAgeAndNoBsn() throws Exception {
        LocalDate today = werkdagenFromNow(4);
        JsonNode rows = json(today, "/verzoeken.json", "piet");
        List<String> refs = new ArrayList<>();
        for (JsonNode r : rows) {
            refs.add(r.get("ReferentieAanbieder").asText());
            assertEquals("12345678", r.get("aanbieder").asText());
            assertEquals("0109", r.get("gemeente").asText());
            assertEquals("WMO315", r.get("BerichtType").asText());
            assertEquals("2026-11-05", r.get("Dagtekening").asText());
            assertEquals(4, r.get("werkdagen").asLong(), r.toString());
            assertFalse(r.get("bsn").asText().contains(BSN_A) || r.get("bsn").asText().contains(BSN_B), "a list masks the BSN, also for privacy");
        }
        // oldest first within the aanbieder; the afgewezen VOT-52-01 is not open
        assertEquals(List.of("VOT-52-09", "VOT-50-02"), refs);
        assertEquals("ONDERHANDEN", rows.get(0).get("status").asText());
        assertEquals("IN_ONDERZOEK", rows.get(1).get("status").asText());
        assertEquals(1, json(today, "/verzoeken.json?status=in_onderzoek", "anna").size());
        assertEquals(0, json(today, "/verzoeken.json?aanbieder=87654321", "anna").size());
        assertEquals(0, json(today, "/verzoeken.json?gemeente=1681", "anna").size());
        assertEquals(2, json(today, "/verzoeken.json?gemeente=0109&sorteer=ouderdom", "anna").size());
        String page = body(today, "/verzoeken", "anna");
        assertTrue(page.contains("<h1>Open verzoeken</h1>") && page.contains(">VOT-50-02<") && page.contains("href=\"/berichten/"), page);
        assertFalse(page.contains(BSN_A) || page.contains(BSN_B));
        assertTrue(page.contains("href=\"/verzoeken\""), "in the navigation");
        String csv = body(today, "/verzoeken.csv", "anna");
        assertTrue(csv.startsWith("aanbieder,gemeente,ReferentieAanbieder,BerichtType,Dagtekening,ontvangen,werkdagen,status,bsn,bericht"), csv);
    }

    @Test
    void afterTheirTermsTheThreeVerzoekSignalsFire() throws Exception {
        Map<String, List<String>> s = signals(LocalDate.now().plusMonths(2));
        // a. onderhanden, neither WMO301 nor WMO319: VOT-52-09 only (VOT-50-02 has its WMO319, VOT-52-01 is afgewezen)
        assertEquals(1, s.get("verzoek-geen-antwoord").size(), s.toString());
        assertTrue(s.get("verzoek-geen-antwoord").get(0).contains("VOT-52-09"));
        // b. in onderzoek past 8 weeks after the Dagtekening: VOT-50-02
        assertEquals(1, s.get("onderzoek-verlopen").size(), s.toString());
        assertTrue(s.get("onderzoek-verlopen").get(0).contains("VOT-50-02"));
        // c. delivered WMO319s without their WMO320: AW-52-06 and AW-90-01, not AW-52-02 which has one
        List<String> c = s.get("antwoord-geen-retour");
        assertEquals(2, c.size(), s.toString());
        assertTrue(c.get(0).contains("AW-52-06") && c.get(1).contains("AW-90-01"), c.toString());
        JsonNode filtered = json(LocalDate.now().plusMonths(2), "/signalen.json?signaal=antwoord-geen-retour&aanbieder=12345678", "anna");
        assertEquals(2, filtered.size());
        assertEquals("0109", filtered.get(0).get("gemeente").asText());
        assertEquals(3, filtered.get(0).get("termijn").asLong());
    }

    @Test
    void withinTheirTermsTheyDoNot() throws Exception {
        // on the last day of the 3 werkdagen of a WMO320 and of the 5 of a verzoek, nothing of theirs fires yet
        Map<String, List<String>> three = signals(werkdagenFromNow(3));
        assertFalse(three.containsKey("antwoord-geen-retour"), three.toString());
        assertFalse(three.containsKey("verzoek-geen-antwoord"), three.toString());
        if (werkdagenFromNow(3).isBefore(ONDERZOEK_DEADLINE)) assertFalse(three.containsKey("onderzoek-verlopen"), three.toString());
        assertEquals(2, signals(werkdagenFromNow(4)).getOrDefault("antwoord-geen-retour", List.of()).size(), "the first werkdag after the 3");
        assertFalse(signals(werkdagenFromNow(5)).containsKey("verzoek-geen-antwoord"));
        assertTrue(signals(werkdagenFromNow(6)).containsKey("verzoek-geen-antwoord"), "the first werkdag after the 5");
    }

    @Test
    void theEightWeeksEndOnTheirDeadlineAndCountFromTheDagtekening() throws Exception {
        // 31 December 2026 is the last day; 1 January is Nieuwjaarsdag, so the signal shows on Monday 4 January 2027
        assertFalse(signals(ONDERZOEK_DEADLINE).containsKey("onderzoek-verlopen"));
        assertFalse(signals(LocalDate.of(2027, 1, 1)).containsKey("onderzoek-verlopen"));
        List<String> fired = signals(LocalDate.of(2027, 1, 4)).get("onderzoek-verlopen");
        assertEquals(1, fired.size());
        assertTrue(fired.get(0).contains("2026-12-31"), fired.get(0));
    }
}
