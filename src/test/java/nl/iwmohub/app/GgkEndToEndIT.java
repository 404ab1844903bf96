package nl.iwmohub.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import nl.iwmohub.ggk.Envelope;
import nl.iwmohub.ggk.EnvelopeReader;
import nl.iwmohub.ggk.Ggk;
import nl.iwmohub.ggk.GgkSchema;
import nl.iwmohub.ggk.Inbound;
import nl.iwmohub.ggk.Soap;
import nl.iwmohub.support.TestHub;
import nl.iwmohub.verdict.Outgoing;
import nl.iwmohub.verdict.ProcessingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test GGk: an HTTP server in the test playing the GGk's side of OntvangAsynchroon. The running hub (run: inbox
 * route, lanes, SOAP endpoint on its HTTP server, sender) gets the back office's WMO301 as a bare file and the
 * aanbieder's WMO305, WMO307 and WMO323 of scenario 01 as Di01 calls from the test GGk, which receives what the
 * hub sends: a Di01 with the WMO301 and Du01s with the WMO306, WMO308 and WMO325, each valid under our XSD,
 * answering its Di01 and with the payload the bare-file transport writes, byte for byte; an XSD-invalid WMO305 gets
 * an Fo01 StUF055; an Fo01 from VECOZO about the WMO306 marks it not delivered; a call that is no envelope gets a
 * SOAP Fault.
 */
class GgkEndToEndIT {
    private static final Path FLOW = Path.of("test-messages/scenarios/01-foundation-flow/in");
    private static final GgkSchema SCHEMA = new GgkSchema();
    private static final EnvelopeReader READER = new EnvelopeReader(SCHEMA);

    record Call(String action, byte[] envelope) {}

    @Test
    void scenario01ThroughEnvelopesBothWays(@TempDir Path temp) throws Exception {
        List<Call> received = new CopyOnWriteArrayList<>();
        HttpServer ggk = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ggk.createContext("/ggk", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Call(exchange.getRequestHeaders().getFirst("SOAPAction"), Soap.bodyElement(body)));
            byte[] answer = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body/></soap:Envelope>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        ggk.start();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (String f : List.of("db", "inbox", "work", "outbox", "archive", "rejected", "sent")) {
            settings.put(f.equals("db") ? "iwmo.db" : f.equals("sent") ? "iwmo.ggk.sent" : "iwmo." + f, temp.resolve(f).toString());
        }
        settings.put("iwmo.today", "2026-11-15");
        settings.put("iwmo.lanes", "2");
        settings.put("iwmo.inbox.poll-delay", "100");
        settings.put("iwmo.inbox.min-age", "200");
        settings.put("iwmo.transport", "ggk");
        settings.put("iwmo.ggk.endpoint", "http://127.0.0.1:" + ggk.getAddress().getPort() + "/ggk");
        settings.put("iwmo.http.enabled", "true");
        settings.put("iwmo.http.port", String.valueOf(port));
        settings.put("iwmo.http.users", temp.resolve("users").toString());
        HubRuntime hub = new HubRuntime(Settings.load(Map.of(), settings));
        Thread running = new Thread(() -> {
            try {
                hub.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        running.start();
        URI endpoint = URI.create("http://127.0.0.1:" + port + "/ggk/OntvangAsynchroon");
        HttpClient client = HttpClient.newHttpClient();
        Map<String, String> references = new HashMap<>();
        try {
            waitFor(() -> {
                try (var c = new java.net.Socket("127.0.0.1", port)) {
                    return true;
                } catch (java.io.IOException e) {
                    return false;
                }
            }, "the hub's HTTP server");
            Files.createDirectories(temp.resolve("inbox"));
            Files.copy(FLOW.resolve("01-wmo301-toewijzing.xml"), temp.resolve("inbox/01-wmo301-toewijzing.xml"));
            Envelope di01 = await(received, "WMO301");
            assertEquals("Di01", di01.berichtcode());

            for (String[] in : new String[][] {{"03-wmo305-start-zorg.xml", "WMO305", "WMO306"},
                    {"04-wmo307-stop-zorg.xml", "WMO307", "WMO308"}, {"05-wmo323-declaratie.xml", "WMO323", "WMO325"}}) {
                String ref = UUID.randomUUID().toString();
                references.put(in[2], ref);
                HttpResponse<String> answer = call(client, endpoint, Ggk.SOAP_ACTION_DI01,
                        di01(ref, in[1], Files.readAllBytes(FLOW.resolve(in[0]))));
                assertEquals(200, answer.statusCode(), answer.body());
                assertTrue(answer.body().contains("Bv03") && answer.body().contains(ref), "Bv03 answering the Di01: " + answer.body());
                Envelope du01 = await(received, in[2]);
                assertEquals("Du01", du01.berichtcode());
                assertEquals(ref, du01.crossRefnummer(), in[2] + " answers its Di01");
            }

            String bad = UUID.randomUUID().toString();
            byte[] invalid = Files.readAllBytes(Path.of("test-messages/scenarios/05-xsd-invalid/in/01-wmo305-missing-begindatum.xml"));
            assertEquals(200, call(client, endpoint, Ggk.SOAP_ACTION_DI01, di01(bad, "WMO305", invalid)).statusCode());
            Envelope fo01 = awaitFo01(received, bad);
            assertEquals("StUF055", fo01.foutcode());

            // VECOZO refuses the WMO306: an Fo01 about its Du01
            String du01Ref = referentienummer(received, "WMO306");
            assertEquals(200, call(client, endpoint, Ggk.SOAP_ACTION_FO01, fo01(du01Ref)).statusCode());
            waitFor(() -> "NOT_DELIVERED".equals(uitkomst(hub, du01Ref)), "the WMO306 marked not delivered");

            HttpResponse<String> fault = call(client, endpoint, Ggk.SOAP_ACTION_DI01, "<a/>".getBytes(StandardCharsets.UTF_8));
            assertEquals(500, fault.statusCode());
            assertTrue(fault.body().contains("Fault") && fault.body().contains("Fo03Bericht"), fault.body());
        } finally {
            hub.close();
            running.join(60_000);
            ggk.stop(0);
        }

        // every envelope the test GGk received is valid; the payloads are the bare-file transport's, byte for byte
        Map<String, byte[]> bare = bareRun(temp.resolve("bare"));
        for (Call call : received) {
            assertEquals(List.of(), SCHEMA.validate(call.envelope()), "valid under our XSD");
            if (READER.read(call.envelope()) instanceof Inbound.Unwrapped u) {
                assertArrayEquals(bare.get(u.envelope().functie()), u.payload(), u.envelope().functie() + " as the bare transport");
                String action = u.envelope().berichtcode().equals("Di01") ? Ggk.SOAP_ACTION_DI01 : Ggk.SOAP_ACTION_DU01;
                assertEquals("\"" + action + "\"", call.action());
            }
        }
        assertEquals(5, received.size(), "Di01 WMO301, Du01 WMO306, WMO308, WMO325 and one Fo01, each once");
        try (var sent = Files.walk(temp.resolve("sent"))) {
            assertEquals(5, sent.filter(Files::isRegularFile).count(), "every posted envelope moved to the sent folder");
        }
    }

    private static Map<String, byte[]> bareRun(Path root) throws Exception {
        Map<String, byte[]> out = new HashMap<>();
        try (TestHub hub = new TestHub(root, "2026-11-15")) {
            for (String f : List.of("01-wmo301-toewijzing.xml", "03-wmo305-start-zorg.xml", "04-wmo307-stop-zorg.xml",
                    "05-wmo323-declaratie.xml")) {
                ProcessingResult r = hub.process(FLOW.resolve(f));
                for (Outgoing o : r.outgoing()) out.put(o.berichtType(), hub.outgoing(o.partij() + "/" + o.bestandsnaam()));
            }
        }
        return out;
    }

    private static HttpResponse<String> call(HttpClient client, URI endpoint, String action, byte[] envelope) throws Exception {
        return client.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"" + action + "\"").POST(HttpRequest.BodyPublishers.ofByteArray(Soap.envelope(envelope)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] di01(String ref, String functie, byte[] payload) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><GGK:" + Ggk.DI01 + " xmlns:GGK=\"" + Ggk.GGK_NAMESPACE
                + "\" xmlns:StUF=\"" + Ggk.STUF_NAMESPACE + "\"><GGK:stuurgegevens><StUF:berichtcode>Di01</StUF:berichtcode>"
                + "<StUF:zender><StUF:organisatie>12345678</StUF:organisatie><StUF:applicatie>ZorgAdminPro</StUF:applicatie></StUF:zender>"
                + "<StUF:ontvanger><StUF:organisatie>0109</StUF:organisatie><StUF:applicatie>GGk</StUF:applicatie></StUF:ontvanger>"
                + "<StUF:referentienummer>" + ref + "</StUF:referentienummer><StUF:tijdstipBericht>20261115091512</StUF:tijdstipBericht>"
                + "<StUF:functie>" + functie + "</StUF:functie></GGK:stuurgegevens><GGK:parameters>"
                + "<GGK:applicatieVersie>0007</GGK:applicatieVersie><GGK:applicatieSubversie>0003</GGK:applicatieSubversie>"
                + "<GGK:functieVersie>0003</GGK:functieVersie><GGK:functieSubversie>0002</GGK:functieSubversie>"
                + "<GGK:bericht><GGK:xmlBestand>" + Base64.getEncoder().encodeToString(payload) + "</GGK:xmlBestand></GGK:bericht>"
                + "</GGK:parameters></GGK:" + Ggk.DI01 + ">";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fo01(String crossRef) {
        String xml = "<StUF:Fo01Bericht xmlns:StUF=\"" + Ggk.STUF_NAMESPACE + "\"><StUF:stuurgegevens>"
                + "<StUF:berichtcode>Fo01</StUF:berichtcode><StUF:zender><StUF:organisatie>VECOZO</StUF:organisatie>"
                + "<StUF:applicatie>VECOZOWebservice</StUF:applicatie></StUF:zender><StUF:ontvanger><StUF:organisatie>0109"
                + "</StUF:organisatie><StUF:applicatie>GGk</StUF:applicatie></StUF:ontvanger><StUF:referentienummer>"
                + UUID.randomUUID() + "</StUF:referentienummer><StUF:tijdstipBericht>20261115120000000</StUF:tijdstipBericht>"
                + "<StUF:crossRefnummer>" + crossRef + "</StUF:crossRefnummer></StUF:stuurgegevens><StUF:body>"
                + "<StUF:code>CC02</StUF:code><StUF:plek>client</StUF:plek><StUF:omschrijving>Bericht voldoet niet aan XSD"
                + "</StUF:omschrijving></StUF:body></StUF:Fo01Bericht>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static Envelope await(List<Call> received, String functie) throws Exception {
        waitFor(() -> find(received, e -> functie.equals(e.functie())) != null, functie + " at the test GGk");
        return find(received, e -> functie.equals(e.functie()));
    }

    private static Envelope awaitFo01(List<Call> received, String crossRef) throws Exception {
        waitFor(() -> find(received, e -> "Fo01".equals(e.berichtcode()) && crossRef.equals(e.crossRefnummer())) != null,
                "an Fo01 about " + crossRef);
        return find(received, e -> "Fo01".equals(e.berichtcode()) && crossRef.equals(e.crossRefnummer()));
    }

    private static String referentienummer(List<Call> received, String functie) {
        return find(received, e -> functie.equals(e.functie())).referentienummer();
    }

    private static Envelope find(List<Call> received, Predicate<Envelope> p) {
        for (Call c : new ArrayList<>(received)) {
            Inbound in = READER.read(c.envelope());
            Envelope e = in instanceof Inbound.Unwrapped u ? u.envelope() : in instanceof Inbound.ReceivedFo01 f ? f.envelope() : null;
            if (e != null && p.test(e)) return e;
        }
        return null;
    }

    private static String uitkomst(HubRuntime hub, String referentienummer) {
        try (Connection c = hub.database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT b.uitkomst FROM bericht b JOIN envelop e ON e.bericht_id = b.id"
                     + " WHERE e.richting = 'UIT' AND e.referentienummer = ?")) {
            s.setString(1, referentienummer);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (Exception e) {
            return null;
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) throw new AssertionError("waited 60 s for " + what);
            Thread.sleep(100);
        }
    }
}
