package nl.iwmohub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.iwmohub.store.Database;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real browser: Debian's Chromium, headless, driven by Selenium through Debian's chromedriver
 * (both paths set, so Selenium Manager downloads nothing). The store is every scenario of test-messages/scenarios
 * run through {@code process --db DIR}; the workbench is {@code serve --db DIR} of the packaged jar.
 * Screenshots go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserIT {
    static final Path WORK = Path.of("target/workbench-it");
    static final Path SHOTS = Path.of("target/screenshots");
    static Process serve;
    static ChromeDriver browser;
    static String base;
    static List<Path> reports;
    static Set<String> bsns = new TreeSet<>();
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        deleteTree(WORK);
        Files.createDirectories(SHOTS);
        Path db = WORK.resolve("db");
        reports = Scenarios.load(db, WORK.resolve("out"), Scenarios.all());
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(db.toString()));
             ResultSet r = c.createStatement().executeQuery("SELECT DISTINCT bsn FROM prestatie UNION SELECT DISTINCT bsn FROM toegewezen_product"
                     + " UNION SELECT DISTINCT bsn FROM verzoek")) {
            while (r.next()) bsns.add(r.getString(1));
        }
        Path users = WORK.resolve("users");
        Users.add(users, "anna", Role.AUDITOR, "anna-wachtwoord");
        Users.add(users, "piet", Role.PRIVACY, "piet-wachtwoord");
        Users.add(users, "bert", Role.BEHEER, "bert-wachtwoord");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        serve = new ProcessBuilder(java, "-jar", "target/iwmo-hub.jar", "serve", "--db", db.toString(),
                "--iwmo.http.port=" + port, "--iwmo.http.users=" + users).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder log = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("workbench: http")) log.append(line).append('\n');
        assertNotNull(line, "serve did not start:\n" + log);
        Thread drain = new Thread(() -> {
            try {
                Files.copy(serve.getInputStream(), WORK.resolve("serve.log"), StandardCopyOption.REPLACE_EXISTING);
            } catch (Exception ignored) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        base = "http://127.0.0.1:" + port;

        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("iwmo-chromium").toAbsolutePath());
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (serve != null) {
            serve.destroy();
            serve.waitFor(20, TimeUnit.SECONDS);
        }
    }

    static void shot(String name) throws Exception {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static void open(String path) {
        browser.get(base + path);
    }

    static void login(String name, String password) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("naam")).sendKeys(name);
        browser.findElement(By.id("wachtwoord")).sendKeys(password);
        browser.findElement(By.id("inloggen")).click();
        // the login is a form POST: wait for its answer before the next page is opened
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().endsWith("/login")
                || !d.findElements(By.id("fout")).isEmpty());
    }

    /** Clicks a link or button that opens another page and waits until the old page is gone:
     *  reading the next page's elements before that finds the old ones, which then go stale. */
    static void follow(WebElement target) {
        WebElement old = browser.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(old));
    }

    static void follow(By target) {
        follow(browser.findElement(target));
    }

    static String title() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    static List<String> column(String name) {
        List<String> values = new ArrayList<>();
        for (WebElement td : browser.findElements(By.cssSelector("table.list td[data-col='" + name + "']"))) values.add(td.getText());
        return values;
    }

    static String sessionCookie() {
        return WebServer.COOKIE + "=" + browser.manage().getCookieNamed(WebServer.COOKIE).getValue();
    }

    static String fetch(String url, String cookie) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), url);
        return r.body();
    }

    @Test
    @Order(1)
    void withoutLoginThereIsOnlyTheLoginPage() throws Exception {
        browser.manage().deleteAllCookies();
        for (String p : List.of("/", "/declaraties", "/prestaties", "/berichten", "/toegang", "/declaraties/1")) {
            open(p);
            assertTrue(browser.getCurrentUrl().endsWith("/login"), p + " -> " + browser.getCurrentUrl());
            assertEquals("Inloggen", title());
        }
        shot("01-login");
    }

    @Test
    @Order(2)
    void aWrongPasswordIsRefused() throws Exception {
        login("anna", "niet-het-wachtwoord");
        assertTrue(browser.getCurrentUrl().endsWith("/login"));
        assertTrue(browser.findElement(By.id("fout")).getText().contains("verkeerd wachtwoord"));
        assertTrue(browser.manage().getCookieNamed(WebServer.COOKIE) == null);
        shot("02-wrong-password");
    }

    @Test
    @Order(3)
    void theOverviewAndItsChart() throws Exception {
        login("anna", "anna-wachtwoord");
        assertEquals("Overzicht", title());
        WebElement chart = browser.findElement(By.id("grafiek"));
        assertTrue(chart.findElements(By.cssSelector("rect.granted")).size() > 0);
        assertEquals(chart.findElements(By.cssSelector("rect.granted")).size(), chart.findElements(By.cssSelector("rect.rejected")).size());
        assertTrue(browser.findElement(By.id("totalen")).getText().contains("Toegekend"));
        shot("03-overzicht");
    }

    @Test
    @Order(4)
    void filterDeclaratiesByAanbiederAndRetourcodeOpenARejectedOneAndFollowItsToewijzing() throws Exception {
        login("anna", "anna-wachtwoord");
        open("/declaraties");
        browser.findElement(By.id("f-aanbieder")).sendKeys("12345678");
        browser.findElement(By.id("f-retourcode")).sendKeys("8021");
        follow(By.id("filter"));
        assertTrue(browser.getCurrentUrl().contains("retourcode=8021"), browser.getCurrentUrl());
        List<String> codes = column("RetourCode");
        assertFalse(codes.isEmpty(), "declaraties with 8021");
        for (String c : codes) assertTrue(c.contains("8021"), c);
        for (String a : column("aanbieder")) assertEquals("12345678", a);
        shot("04-declaraties-filtered");

        // the CSV of the page: the same rows
        String csvUrl = browser.findElement(By.id("csv")).getAttribute("href");
        List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(fetch(csvUrl, sessionCookie()))).getRecords();
        List<String> ids = column("id");
        assertEquals(ids.size(), csv.size());
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(ids.get(i), csv.get(i).get("id"));
            assertEquals(codes.get(i), csv.get(i).get("RetourCode"));
            assertEquals(column("DeclaratieNummer").get(i), csv.get(i).get("DeclaratieNummer"));
        }

        follow(By.cssSelector("table.list td[data-col='id'] a"));
        assertTrue(title().startsWith("Declaratie "));
        WebElement rejected = null;
        for (WebElement s : browser.findElements(By.cssSelector("section.prestatie"))) {
            if (s.findElement(By.className("uitkomst")).getText().equals("afgewezen")
                    && !s.findElement(By.className("tarief")).getText().isBlank()) {
                rejected = s;
                break;
            }
        }
        assertNotNull(rejected, "a rejected prestatie with its tariff row");
        assertTrue(rejected.findElement(By.className("reden")).getText().contains("ReferentieNummer"), "the reason in Dutch");
        assertTrue(rejected.findElement(By.className("toewijzingversie")).getText().startsWith("toewijzing "));
        assertTrue(rejected.findElement(By.className("tarief")).getText().contains("eurocent"));
        shot("05-declaratie-rejected");
        String nummer = rejected.findElement(By.cssSelector("a.toewijzing")).getText();
        follow(rejected.findElement(By.cssSelector("a.toewijzing")));
        assertEquals("Toewijzing " + nummer, title());
        assertTrue(browser.getPageSource().contains("Versies"));
        assertTrue(column("ReferentieNummer").size() > 0, "prestaties against the toewijzing");
        shot("06-toewijzing");
    }

    @Test
    @Order(5)
    void anAuditorSeesNoBsnAndNoRawMessage() throws Exception {
        login("anna", "anna-wachtwoord");
        JsonNode decl = new ObjectMapper().readTree(fetch(base + "/declaraties.json", sessionCookie()));
        assertTrue(decl.size() > 10);
        for (String p : List.of("/", "/declaraties", "/prestaties", "/berichten", "/declaraties/" + decl.get(0).get("id").asLong(),
                "/berichten/" + decl.get(0).get("bericht").asLong())) {
            open(p);
            String page = browser.getPageSource();
            for (String bsn : bsns) assertFalse(page.contains(bsn), "BSN on " + p);
            assertTrue(browser.findElements(By.cssSelector("a[href$='/inhoud']")).isEmpty(), "raw message link on " + p);
        }
        open("/berichten/" + decl.get(0).get("bericht").asLong() + "/inhoud");
        assertEquals("Geen toegang", title());
        shot("07-auditor-no-raw-message");
    }

    @Test
    @Order(6)
    void theAccessLogRecordsAPrivacyUsersViewOfARawMessage() throws Exception {
        login("piet", "piet-wachtwoord");
        JsonNode decl = new ObjectMapper().readTree(fetch(base + "/declaraties.json?retourcode=8021", sessionCookie()));
        long id = decl.get(0).get("id").asLong(), bericht = decl.get(0).get("bericht").asLong();
        open("/declaraties/" + id);
        follow(By.id("ruw323"));
        String raw = browser.findElement(By.id("ruw")).getText();
        assertTrue(raw.contains("<") && raw.contains("Declaratie"), "the WMO323, readable");
        shot("08-privacy-raw-wmo323");
        login("bert", "bert-wachtwoord");
        open("/toegang");
        List<String> pages = column("pagina"), who = column("gebruiker"), what = column("wat");
        boolean found = false;
        for (int i = 0; i < pages.size(); i++) {
            found |= pages.get(i).equals("/berichten/" + bericht + "/inhoud") && who.get(i).equals("piet") && what.get(i).equals("BERICHT");
        }
        assertTrue(found, "the access log names piet's view of bericht " + bericht + ": " + pages);
        shot("09-toegangslog");
    }

    private static final Pattern GRANTED = Pattern.compile("(\\d+) of (\\d+) prestatie\\(s\\) granted, total (-?\\d+) eurocent");

    @Test
    @Order(7)
    void pagesAndExportsEqualTheReportOfTheSameRun() throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString("anna:anna-wachtwoord".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/declaraties.json")).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode declaraties = new ObjectMapper().readTree(r.body());
        Map<String, Deque<JsonNode>> byKey = new HashMap<>();
        int wmo323 = 0;
        for (Path report : reports) {
            for (JsonNode e : new ObjectMapper().readTree(report.toFile()).get("inputs")) {
                if (!"WMO323".equals(e.path("berichtType").asText()) || e.get("outcome").asText().equals("XSD_INVALID")) continue;
                wmo323++;
                byKey.computeIfAbsent(e.get("file").asText() + "|" + e.get("identificatie").asText(), k -> new ArrayDeque<>()).add(e);
            }
        }
        int matched = 0;
        for (JsonNode d : declaraties) {
            Deque<JsonNode> q = byKey.get(d.get("bestandsnaam").asText() + "|" + d.get("Identificatie").asText());
            assertNotNull(q, "no report entry for declaratie " + d);
            JsonNode e = q.poll();
            assertNotNull(e, "no report entry left for declaratie " + d);
            TreeSet<String> codes = new TreeSet<>();
            e.get("retourCodes").forEach(c -> {
                if (!c.path("retourCode").isNull() && !c.path("retourCode").asText().isEmpty()) codes.add(c.get("retourCode").asText());
            });
            assertEquals(String.join(" ", codes), d.get("RetourCode").asText(), "retourcodes of " + d.get("bestandsnaam"));
            String expected = switch (e.get("outcome").asText()) {
                case "ACCEPTED" -> "toegekend";
                case "PARTLY_REJECTED" -> "deels afgewezen";
                default -> "afgewezen";
            };
            assertEquals(expected, d.get("uitkomst").asText(), "uitkomst of " + d.get("bestandsnaam"));
            Matcher m = GRANTED.matcher(e.get("reason").asText());
            if (m.find()) {
                assertEquals(Long.parseLong(m.group(3)), d.get("TotaalToegekendBedrag").asLong(), "granted of " + d.get("bestandsnaam"));
                assertEquals(Long.parseLong(m.group(2)), d.get("prestaties").asLong());
                assertEquals(Long.parseLong(m.group(2)) - Long.parseLong(m.group(1)), d.get("afgewezenPrestaties").asLong());
            }
            matched++;
        }
        assertTrue(matched > 20, "declaraties compared: " + matched);
        // every WMO323 the report lists (other than those refused unread) is a declaratie on the page
        long left = byKey.values().stream().mapToLong(Deque::size).sum();
        assertEquals(wmo323 - matched, left);
        // the overview's totals equal the sum of the declaraties' granted amounts
        login("anna", "anna-wachtwoord");
        open("/");
        long granted = 0;
        for (JsonNode d : declaraties) granted += d.get("TotaalToegekendBedrag").asLong();
        assertTrue(browser.findElement(By.id("totalen")).getText().contains(Html.euro(granted)),
                browser.findElement(By.id("totalen")).getText() + " vs " + Html.euro(granted));
    }

    @Test
    @Order(8)
    void theProductieWithItsThresholdsAndItsFiguresEqualToTheDeclaraties() throws Exception {
        login("anna", "anna-wachtwoord");
        follow(By.linkText("Productie"));
        assertEquals("Productie", title());
        // the scenarios' aanbieders are small: below both thresholds of the Coevorden/Borger-Odoorn contract
        String perAanbieder = browser.findElement(By.id("per-aanbieder")).getText();
        assertTrue(perAanbieder.contains("niet vereist"), perAanbieder);
        assertTrue(browser.findElement(By.id("per-jaar")).getText().contains("mogelijk (art. 9.1)"));
        shot("09-productie");
        // the net production equals the granted totals of the declaraties that were not rejected as a whole
        String auth = "Basic " + Base64.getEncoder().encodeToString("anna:anna-wachtwoord".getBytes(StandardCharsets.UTF_8));
        JsonNode declaraties = new ObjectMapper().readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/declaraties.json"))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()).body());
        long granted = 0;
        for (JsonNode d : declaraties) if (!d.get("uitkomst").asText().equals("afgewezen")) granted += d.get("TotaalToegekendBedrag").asLong();
        JsonNode maanden = new ObjectMapper().readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/productie.json"))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()).body());
        long netto = 0;
        for (JsonNode m : maanden) netto += m.get("NettoBedrag").asLong();
        assertEquals(granted, netto);
    }

    @Test
    @Order(9)
    void theWorkbenchInEnglish() throws Exception {
        login("anna", "anna-wachtwoord");
        follow(By.id("taal"));
        assertEquals("Overview", title());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        follow(By.linkText("Production"));
        assertEquals("Production", title());
        assertTrue(browser.findElement(By.id("per-aanbieder")).getText().contains("not required"));
        shot("10-production-english");
        follow(By.linkText("Declarations"));
        assertEquals("Declarations", title());
        follow(By.id("taal"));
        assertEquals("Declaraties", title());
    }

    @Test
    @Order(10)
    void theOpenVerzoekenPerAanbiederWithoutBsn() throws Exception {
        login("piet", "piet-wachtwoord");
        follow(By.linkText("Open verzoeken"));
        assertEquals("Open verzoeken", title());
        List<String> refs = column("ReferentieAanbieder");
        assertFalse(refs.isEmpty(), "the scenarios leave verzoeken onderhanden");
        for (String status : column("status")) assertTrue(status.equals("ONDERHANDEN") || status.equals("IN_ONDERZOEK"), status);
        for (String type : column("BerichtType")) assertTrue(type.equals("WMO315") || type.equals("WMO317"), type);
        List<String> aanbieders = column("aanbieder");
        assertEquals(aanbieders.stream().sorted().toList(), aanbieders, "grouped per aanbieder");
        String page = browser.getPageSource();
        for (String bsn : bsns) assertFalse(page.contains(bsn), "a list masks the BSN, also for the privacy role");
        // served today: received today, so 0 werkdagen old and no verzoek signal yet
        for (String n : column("werkdagen")) assertEquals("0", n);
        shot("11-open-verzoeken");
        // the scenarios' verzoeken are all onderhanden (VerzoekenWorkbenchTest has one in onderzoek)
        browser.findElement(By.id("f-aanbieder")).sendKeys(aanbieders.get(0));
        browser.findElement(By.id("f-status")).sendKeys("onderhanden");
        follow(By.id("filter"));
        assertFalse(column("aanbieder").isEmpty());
        for (String a : column("aanbieder")) assertEquals(aanbieders.get(0), a);
        for (String status : column("status")) assertEquals("ONDERHANDEN", status);
        open("/verzoeken");
        follow(By.cssSelector("td[data-col='bericht'] a"));
        assertTrue(title().startsWith("Bericht "), title());
        assertTrue(browser.getPageSource().contains("WMO315") || browser.getPageSource().contains("WMO317"));
    }

    static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
