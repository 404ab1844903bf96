package nl.iwmohub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.iwmohub.store.Database;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench over HTTP (no browser): login, roles, headers, exports, access log. */
class WebServerTest {
    @TempDir
    static Path temp;
    static Database database;
    static WebServer server;
    static String base;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final String BSN = "999993653";

    @BeforeAll
    static void start() throws Exception {
        Path db = temp.resolve("db");
        Scenarios.load(db, temp.resolve("out"), List.of("20-declaraties-month-by-month", "22-one-declaratie-three-clients"));
        Path users = temp.resolve("users");
        Users.add(users, "anna", Role.AUDITOR, "anna-wachtwoord");
        Users.add(users, "piet", Role.PRIVACY, "piet-wachtwoord");
        Users.add(users, "bert", Role.BEHEER, "bert-wachtwoord");
        database = new Database(Database.jdbcUrl(db.toString()), "", "");
        Map<String, String> settings = Map.of("iwmo.http.host", "127.0.0.1", "iwmo.http.port", "0", "iwmo.http.users", users.toString(),
                "iwmo.http.tls.keystore", "", "iwmo.http.tls.password", "", "iwmo.http.page-size", "50", "iwmo.today", java.time.LocalDate.now().plusMonths(2).toString());
        server = Workbench.start(settings::get, database);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (database != null) database.close();
    }

    static HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (cookie != null) b.header("Cookie", cookie);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> basic(String path, String user, String password) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + auth).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> login(String user, String password) throws Exception {
        String form = "naam=" + user + "&wachtwoord=" + password;
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String session(String user, String password) throws Exception {
        HttpResponse<String> r = login(user, password);
        assertEquals(303, r.statusCode());
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    @Test
    void withoutLoginOnlyTheLoginPage() throws Exception {
        for (String p : List.of("/", "/declaraties", "/declaraties/1", "/prestaties", "/berichten", "/toegang", "/toewijzingen/260001234")) {
            HttpResponse<String> r = get(p, null);
            assertEquals(303, r.statusCode(), p);
            assertEquals("/login", r.headers().firstValue("Location").orElse(""), p);
        }
        assertEquals(401, get("/declaraties.csv", null).statusCode());
        assertEquals(401, get("/prestaties.json", null).statusCode());
        assertEquals(200, get("/login", null).statusCode());
    }

    @Test
    void loginSetsAStrictHttpOnlyCookieAndAWrongPasswordIsRefused() throws Exception {
        HttpResponse<String> ok = login("anna", "anna-wachtwoord");
        String c = ok.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(c.toLowerCase().contains("httponly"), c);
        assertTrue(c.contains("SameSite=Strict"), c);
        long t0 = System.nanoTime();
        HttpResponse<String> bad = login("anna", "fout-wachtwoord");
        assertEquals(401, bad.statusCode());
        assertTrue(System.nanoTime() - t0 > 900_000_000L, "a failed login is slowed down");
        assertTrue(bad.headers().firstValue("Set-Cookie").isEmpty());
        assertEquals(401, basic("/declaraties.csv", "anna", "fout").statusCode());
        assertEquals(303, basic("/declaraties", "anna", "anna-wachtwoord").statusCode(), "Basic only on .csv and .json");
    }

    @Test
    void securityHeaders() throws Exception {
        HttpResponse<String> r = get("/declaraties", session("anna", "anna-wachtwoord"));
        assertEquals(200, r.statusCode());
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElseThrow());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElseThrow());
        assertFalse(r.body().contains("<script"));
    }

    @Test
    void anAuditorSeesNoBsnAndNoRawMessage() throws Exception {
        String anna = session("anna", "anna-wachtwoord");
        JsonNode decl = new ObjectMapper().readTree(basic("/declaraties.json", "anna", "anna-wachtwoord").body());
        for (JsonNode d : decl) {
            HttpResponse<String> page = get("/declaraties/" + d.get("id").asLong(), anna);
            assertEquals(200, page.statusCode());
            assertFalse(page.body().contains(BSN), "BSN on declaratie " + d.get("id"));
            assertFalse(page.body().contains("/inhoud"), "raw message link for an auditor");
            assertEquals(403, get("/berichten/" + d.get("bericht").asLong() + "/inhoud", anna).statusCode());
        }
        assertFalse(basic("/prestaties.csv", "anna", "anna-wachtwoord").body().contains(BSN));
        assertFalse(get("/toewijzingen/260001234", anna).body().contains(BSN));
        assertEquals(403, get("/toegang", anna).statusCode());
    }

    @Test
    void thePrivacyRoleSeesTheRawMessageAndTheAccessLogRecordsIt() throws Exception {
        String piet = session("piet", "piet-wachtwoord");
        long bericht = new ObjectMapper().readTree(basic("/declaraties.json", "piet", "piet-wachtwoord").body()).get(0).get("bericht").asLong();
        HttpResponse<String> raw = get("/berichten/" + bericht + "/inhoud", piet);
        assertEquals(200, raw.statusCode());
        assertTrue(raw.body().contains("&lt;") && raw.body().contains("Declaratie"), "the raw WMO323, readable");
        try (Connection c = database.dataSource().getConnection(); ResultSet r = c.createStatement().executeQuery(
                "SELECT gebruiker, wat, pagina FROM toegang WHERE bericht_id = " + bericht + " AND wat = 'BERICHT'")) {
            assertTrue(r.next(), "access logged");
            assertEquals("piet", r.getString(1));
            assertEquals("/berichten/" + bericht + "/inhoud", r.getString(3));
            c.rollback();
        }
        assertEquals(403, get("/toegang", piet).statusCode());
        HttpResponse<String> log = get("/toegang", session("bert", "bert-wachtwoord"));
        assertEquals(200, log.statusCode());
        assertTrue(log.body().contains("/berichten/" + bericht + "/inhoud"));
    }

    @Test
    void csvAndJsonCarryTheSameRowsAsThePageWithTheStandardsColumnNames() throws Exception {
        String q = "?retourcode=8214";
        String csv = basic("/declaraties.csv" + q, "anna", "anna-wachtwoord").body();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        JsonNode json = new ObjectMapper().readTree(basic("/declaraties.json" + q, "anna", "anna-wachtwoord").body());
        assertFalse(records.isEmpty());
        assertEquals(json.size(), records.size());
        String page = get("/declaraties" + q, session("anna", "anna-wachtwoord")).body();
        for (int i = 0; i < records.size(); i++) {
            CSVRecord r = records.get(i);
            assertEquals(json.get(i).get("id").asText(), r.get("id"));
            assertEquals(json.get(i).get("TotaalIngediendBedrag").asLong(), Long.parseLong(r.get("TotaalIngediendBedrag")));
            assertTrue(r.get("RetourCode").contains("8214"));
            assertTrue(page.contains("href=\"/declaraties/" + r.get("id") + "\""));
        }
        String semicolon = basic("/prestaties.csv?sep=;", "anna", "anna-wachtwoord").body();
        assertTrue(semicolon.startsWith("id;declaratie;DeclaratieNummer;ReferentieNummer;"), semicolon.substring(0, 80));
        String header = basic("/prestaties.csv", "anna", "anna-wachtwoord").body().lines().findFirst().orElseThrow();
        for (String col : List.of("id", "ReferentieNummer", "DeclaratieNummer", "ToewijzingNummer", "RetourCode", "regel", "reden", "toewijzing", "tarief")) {
            assertTrue(List.of(header.split(",")).contains(col), col);
        }
    }

    @Test
    void aPrestatieCarriesItsOwnFindingsAndTheDeclaratieShowsThem() throws Exception {
        JsonNode rows = new ObjectMapper().readTree(basic("/prestaties.json?retourcode=8021", "anna", "anna-wachtwoord").body());
        assertFalse(rows.isEmpty());
        for (JsonNode p : rows) {
            assertEquals("afgewezen", p.get("uitkomst").asText());
            assertTrue(p.get("RetourCode").asText().contains("8021"));
            assertNotNull(p.get("reden").textValue());
        }
        JsonNode granted = new ObjectMapper().readTree(basic("/prestaties.json?uitkomst=toegekend", "anna", "anna-wachtwoord").body());
        for (JsonNode p : granted) assertEquals("", p.get("RetourCode").asText(), "a granted prestatie has no retourcode");
        JsonNode one = new ObjectMapper().readTree(basic("/declaraties/" + rows.get(0).get("declaratie").asLong() + ".json", "anna", "anna-wachtwoord").body());
        assertTrue(one.get("prestaties").size() > 0);
    }

    @Test
    void noBsnInAnyUrl() throws Exception {
        String piet = session("piet", "piet-wachtwoord");
        for (String p : List.of("/", "/declaraties", "/prestaties", "/berichten", "/declaraties/1", "/toewijzingen/260001234")) {
            String body = get(p, piet).body();
            assertFalse(java.util.regex.Pattern.compile("href=\"[^\"]*" + BSN).matcher(body).find(), p);
        }
    }

    @Test
    void signalenCountWerkdagenAndLinkTheirToewijzing() throws Exception {
        JsonNode rows = new ObjectMapper().readTree(basic("/signalen.json", "anna", "anna-wachtwoord").body());
        assertFalse(rows.isEmpty());
        boolean noStart = false;
        for (JsonNode r : rows) {
            assertTrue(r.get("werkdagen").asLong() > r.get("termijn").asLong(), r.toString());
            noStart |= r.get("signaal").asText().equals("geen-start") && !r.get("ToewijzingNummer").isNull();
        }
        String page = get("/signalen", session("anna", "anna-wachtwoord")).body();
        assertTrue(page.contains("href=\"/toewijzingen/"), "a signal links to its toewijzing");
        assertTrue(noStart || rows.size() > 0);
    }
}
