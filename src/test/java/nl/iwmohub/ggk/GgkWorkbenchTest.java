package nl.iwmohub.ggk;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import nl.iwmohub.support.TestHub;
import nl.iwmohub.verdict.Outgoing;
import nl.iwmohub.verdict.ProcessingResult;
import nl.iwmohub.web.Role;
import nl.iwmohub.web.Users;
import nl.iwmohub.web.WebServer;
import nl.iwmohub.web.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench shows a message's StUF-GGk envelope, and an Fo01 about one of the hub's messages as a signal. */
class GgkWorkbenchTest {
    private static final Path FLOW = Path.of("test-messages/scenarios/01-foundation-flow/in");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theEnvelopeIsShownWithItsMessageAndAnFo01IsASignal(@TempDir Path temp) throws Exception {
        try (TestHub hub = new TestHub(temp, "2026-11-15", Map.of("iwmo.transport", "ggk"))) {
            ProcessingResult toewijzing = hub.process(FLOW.resolve("01-wmo301-toewijzing.xml"));
            Outgoing delivered = toewijzing.outgoing().get(0);
            byte[] payload = Files.readAllBytes(FLOW.resolve("03-wmo305-start-zorg.xml"));
            String ref = UUID.randomUUID().toString();
            ProcessingResult start = hub.runtime.process("di01.xml", TestEnvelopes.di01(ref, "WMO305", "12345678", "0109", payload));
            String sentRef = envelopeRef(hub, delivered);
            hub.runtime.process("fo01.xml", TestEnvelopes.fo01("IB103", "IB", sentRef));

            Path users = temp.resolve("users");
            Users.add(users, "anna", Role.AUDITOR, "anna-wachtwoord");
            Map<String, String> settings = Map.of("iwmo.http.host", "127.0.0.1", "iwmo.http.port", "0", "iwmo.http.users", users.toString(),
                    "iwmo.http.tls.keystore", "", "iwmo.http.tls.password", "", "iwmo.http.page-size", "50", "iwmo.today", "2026-11-20");
            try (WebServer server = Workbench.start(settings::get, hub.runtime.database())) {
                String base = "http://127.0.0.1:" + server.port();
                String auth = "Basic " + Base64.getEncoder().encodeToString("anna:anna-wachtwoord".getBytes(StandardCharsets.UTF_8));
                long startId = -1;
                for (JsonNode m : new ObjectMapper().readTree(get(base + "/berichten.json?type=WMO305", auth, null))) startId = m.get("id").asLong();
                HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("naam=anna&wachtwoord=anna-wachtwoord")).build(), HttpResponse.BodyHandlers.ofString());
                String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
                String page = get(base + "/berichten/" + startId, null, cookie);
                assertTrue(page.contains("id=\"envelop\"") && page.contains(ref) && page.contains("Di01") && page.contains("WMO305"), page);
                String sentPage = get(base + "/berichten/" + delivered.storeId(), null, cookie);
                assertTrue(sentPage.contains(sentRef) && sentPage.contains("IB103"), "the sent Di01 and the Fo01 about it: " + sentPage);
                assertTrue(start.outgoing().size() > 0);

                JsonNode signalen = new ObjectMapper().readTree(get(base + "/signalen.json?signaal=niet-afgeleverd", auth, null));
                assertEquals(1, signalen.size(), signalen.toString());
                assertEquals(delivered.storeId().longValue(), signalen.get(0).get("bericht").asLong());
                assertTrue(signalen.get(0).get("toelichting").asText().contains("IB103"), signalen.toString());
            }
        }
    }

    private static String envelopeRef(TestHub hub, Outgoing o) throws Exception {
        byte[] written = hub.outgoing(o.partij() + "/" + Ggk.berichtcodeFor(o.berichtType()) + "_" + o.bestandsnaam());
        return ((Inbound.Unwrapped) new EnvelopeReader(new GgkSchema()).read(written)).envelope().referentienummer();
    }

    private static String get(String url, String auth, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (auth != null) b.header("Authorization", auth);
        if (cookie != null) b.header("Cookie", cookie);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        return r.body();
    }
}
