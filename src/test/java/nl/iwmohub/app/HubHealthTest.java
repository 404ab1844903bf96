package nl.iwmohub.app;

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
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.iwmohub.support.LogCapture;
import nl.iwmohub.support.TestHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * GET /health of the running hub (inbox and lanes on, iwmo.http.enabled): without login, UP with Camel's own checks
 * and the hub's; DOWN (503) naming the folder when the outbox cannot be written, with the lane waiting; UP again
 * once it can, with the retries and the quarantined file counted; each change one log line; no file name in it.
 */
class HubHealthTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    @Test
    @Timeout(120)
    void theRunningHubReportsItsStateAndEachChangeOnce() throws Exception {
        LogCapture log = LogCapture.of(HubHealth.class);
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Path outbox = Files.createDirectories(temp.resolve("outbox"));
        Map<String, String> settings = new HashMap<>(Map.of("iwmo.inbox.enabled", "true", "iwmo.lanes", "2",
                "iwmo.inbox.poll-delay", "50", "iwmo.inbox.min-age", "1", "iwmo.retry.delay", "100", "iwmo.retry.max-delay", "300",
                "iwmo.http.enabled", "true", "iwmo.http.port", "0"));
        settings.put("iwmo.http.users", temp.resolve("users").toString());
        try (TestHub hub = new TestHub(temp, "2026-11-15", settings)) {
            String url = "http://127.0.0.1:" + hub.runtime.httpPort() + "/health";
            JsonNode up = waitForStatus(url, 200);
            assertEquals("UP", up.get("status").asText());
            List<String> ids = new ArrayList<>();
            up.get("checks").forEach(c -> ids.add(c.get("id").asText()));
            assertTrue(ids.containsAll(List.of("iwmo-store", "iwmo-folders", "iwmo-lanes", "context")), "checks: " + ids);
            assertTrue(ids.stream().anyMatch(id -> id.contains("lane-0")), "Camel's own check of the lane routes: " + ids);
            assertEquals(2, check(up, "iwmo-lanes").get("details").get("lanes").asInt());

            // the outbox cannot be written: a toewijzing is recorded and its delivery waits
            Files.delete(outbox);
            Files.writeString(outbox, "not a folder");
            String name = "999993653-toewijzing.xml";   // a BSN in a file name never shows in the health answer
            drop(inbox, name, Files.readString(Path.of("test-messages/xsd/valid/WMO301.xml"), StandardCharsets.UTF_8));
            drop(inbox, "not-well-formed.xml", "<wmo301:Bericht");
            JsonNode down = waitFor(url, 503, json -> check(json, "iwmo-lanes").get("status").asText().equals("DOWN"));
            assertEquals("DOWN", down.get("status").asText());
            assertEquals("DOWN", check(down, "iwmo-folders").get("status").asText());
            assertTrue(check(down, "iwmo-folders").get("message").asText().contains("outbox"), down.toString());
            assertTrue(check(down, "iwmo-lanes").get("details").get("retrying").asInt() >= 1, down.toString());
            assertTrue(check(down, "iwmo-lanes").get("details").get("retriedSinceStart").asInt() >= 1, down.toString());
            assertFalse(down.toString().contains("999993653") || down.toString().contains("toewijzing.xml"),
                    "no file name in the health answer: " + down);

            Files.delete(outbox);
            Files.createDirectories(outbox);
            JsonNode again = waitFor(url, 200, json -> check(json, "iwmo-lanes").get("details").get("quarantinedSinceStart").asInt() == 1);
            assertEquals("UP", again.get("status").asText());
            assertEquals(0, check(again, "iwmo-lanes").get("details").get("retrying").asInt());
            assertTrue(Files.isRegularFile(temp.resolve("archive").resolve(name)), "the waiting file was processed after all");
        } finally {
            log.close();
        }
        List<String> changes = log.messages().stream().filter(l -> l.startsWith("health: ")).toList();
        assertTrue(changes.size() >= 3, "a line for each change: " + changes);
        assertTrue(changes.size() <= 8, "a line for each change, not for each evaluation: " + changes);
        // (Camel's checks start DOWN until every consumer has polled once: the first line may say so)
        int firstUp = changes.indexOf(changes.stream().filter(l -> l.startsWith("health: UP")).findFirst().orElse("none"));
        int outboxDown = changes.indexOf(changes.stream().filter(l -> l.startsWith("health: DOWN") && l.contains("outbox"))
                .findFirst().orElse("none"));
        assertTrue(firstUp >= 0 && outboxDown > firstUp, "UP, then DOWN for the outbox: " + changes);
        assertTrue(changes.get(changes.size() - 1).startsWith("health: UP"), changes.toString());
        for (int i = 1; i < changes.size(); i++) assertFalse(changes.get(i).equals(changes.get(i - 1)), "only changes: " + changes);
        assertFalse(String.join("\n", changes).contains("999993653"), "no BSN in the health lines");
    }

    private static JsonNode check(JsonNode health, String id) {
        for (JsonNode c : health.get("checks")) if (c.get("id").asText().equals(id)) return c;
        throw new AssertionError("no check " + id + " in " + health);
    }

    private static JsonNode waitForStatus(String url, int status) throws Exception {
        return waitFor(url, status, json -> true);
    }

    private static JsonNode waitFor(String url, int status, java.util.function.Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
            last = r.statusCode() + " " + r.body();
            if (r.statusCode() == status) {
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
                JsonNode json = new ObjectMapper().readTree(r.body());
                if (condition.test(json)) return json;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("/health did not answer " + status + " as expected within 60 s; last: " + last);
    }

    private static void drop(Path inbox, String name, String xml) throws Exception {
        Path part = inbox.resolve("." + name + ".part");
        Files.writeString(part, xml, StandardCharsets.UTF_8);
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
