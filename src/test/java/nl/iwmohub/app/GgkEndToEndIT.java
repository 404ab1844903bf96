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
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.iwmohub.ggk.Envelope;
import nl.iwmohub.ggk.EnvelopeReader;
import nl.iwmohub.ggk.Ggk;
import nl.iwmohub.ggk.GgkSchema;
import nl.iwmohub.ggk.Inbound;
import nl.iwmohub.ggk.Soap;
import nl.iwmohub.support.TestHub;
import nl.iwmohub.verdict.Outgoing;
import nl.iwmohub.verdict.ProcessingResult;
import nl.iwmohub.ggk.TestGgk;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link #everyScenarioThroughEnvelopes}: every scenario of test-messages/scenarios end to end through envelopes,
 * on a running hub (inbox route, lanes, SOAP endpoint, sender) with iwmo.transport=ggk and a {@link TestGgk}: the
 * back office's WMO301s arrive as bare files in the inbox, every other input as a Di01 (a WMO302 as a Du01
 * answering the WMO301's Di01) posted to /ggk/OntvangAsynchroon, one at a time in file-name order; what the hub
 * sends for each input is compared with what a hub with iwmo.transport=bestand writes for the same scenario:
 * the same messages, each payload byte for byte, a Di01 for a WMO301 and a Du01 answering the input's Di01
 * otherwise, an Fo01 StUF055 about the Di01 instead of the notice for an XSD-invalid payload, the back office's
 * notice as the same bare file. Every envelope validates against our XSD and reaches the test GGk once. Then
 * every envelope is posted once more (a retransmission): acknowledged again, not processed or answered again.
 *
 * <p>{@link #scenario01ThroughEnvelopesBothWays}: a test GGk: an HTTP server in the test playing the GGk's side of OntvangAsynchroon. The running hub (run: inbox
 * route, lanes, SOAP endpoint on its HTTP server, sender) gets the back office's WMO301 as a bare file and the
 * aanbieder's WMO305, WMO307 and WMO323 of scenario 01 as Di01 calls from the test GGk, which receives what the
 * hub sends: a Di01 with the WMO301 and Du01s with the WMO306, WMO308 and WMO325, each valid under our XSD,
 * answering its Di01 and with the payload the bare-file transport writes, byte for byte; an XSD-invalid WMO305 gets
 * an Fo01 StUF055; an Fo01 from VECOZO about the WMO306 marks it not delivered; a call that is no envelope gets a
 * SOAP Fault.
 */
class GgkEndToEndIT {
    private static final Path SCENARIOS = Path.of("test-messages/scenarios");
    private static final Pattern PAYLOAD_TYPE = Pattern.compile("istandaarden\\.nl/iwmo/3_2/(wmo[0-9]{3})/schema");
    private static final Pattern NAME_TYPE = Pattern.compile("(wmo[0-9]{3})");
    private static final Path FLOW = Path.of("test-messages/scenarios/01-foundation-flow/in");
    private static final GgkSchema SCHEMA = new GgkSchema();
    private static final EnvelopeReader READER = new EnvelopeReader(SCHEMA);

    record Call(String action, byte[] envelope) {}

    @TempDir
    Path scenarioTemp;

    /** What the bare-file transport sent for one input: its outcome and each message's type and bytes. */
    record Step(String outcome, List<String> types, List<byte[]> bytes) {}

    /** An envelope the test GGk posted to the hub. */
    record Posted(String name, String action, String ref, byte[] envelope) {}

    /**
     * The receipts of the envelopes posted again: each a DUPLICATE of its first receipt, except where an envelope
     * failed our XSD (its key cannot be trusted; it is quarantined again, unanswered, as the first time).
     * Returns how many were recognised as retransmissions.
     */
    private static int retransmissions(HubRuntime hub, List<Posted> posted) throws Exception {
        int recognised = 0;
        try (Connection c = hub.database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT uitkomst FROM bericht WHERE richting = 'IN'"
                     + " AND bestandsnaam LIKE ? ORDER BY id")) {
            for (Posted p : posted) {
                s.setString(1, "%-" + p.ref() + ".xml");
                List<String> outcomes = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) outcomes.add(r.getString(1));
                }
                assertEquals(2, outcomes.size(), p.name() + ": two receipts " + outcomes);
                // an envelope that fails our XSD is quarantined again, unanswered; every other one is a retransmission
                if (!(outcomes.get(0).equals("QUARANTINED") && outcomes.get(1).equals("QUARANTINED"))) {
                    assertEquals("DUPLICATE", outcomes.get(1), p.name() + ": the repeat is a retransmission " + outcomes);
                    recognised++;
                }
            }
        }
        return recognised;
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioThroughEnvelopes() throws Exception {
        List<Path> dirs;
        try (Stream<Path> list = Files.list(SCENARIOS)) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        }
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(),
                () -> scenario(dir, scenarioTemp.resolve(dir.getFileName().toString()))));
    }

    private static void scenario(Path dir, Path root) throws Exception {
        long started = System.nanoTime();
        Properties props = new Properties();
        try (var r = Files.newBufferedReader(dir.resolve("scenario.properties"))) {
            props.load(r);
        }
        String today = props.getProperty("today");
        Map<String, String> extra = new LinkedHashMap<>();
        if (props.containsKey("gemeente")) extra.put("iwmo.gemeenten", props.getProperty("gemeente"));
        if (props.containsKey("catalog")) extra.put("iwmo.catalogus", dir.resolve(props.getProperty("catalog")).toString());
        List<Path> inputs;
        try (Stream<Path> list = Files.list(dir.resolve("in"))) {
            inputs = list.filter(Files::isRegularFile).sorted().toList();
        }

        // the bare-file transport, as the reference
        List<Step> bare = new ArrayList<>();
        try (TestHub hub = new TestHub(root.resolve("bare"), today, extra)) {
            for (Path in : inputs) {
                ProcessingResult r = hub.process(in);
                List<String> types = new ArrayList<>();
                List<byte[]> bytes = new ArrayList<>();
                for (Outgoing o : r.outgoing()) {
                    types.add(o.berichtType());
                    bytes.add(hub.outgoing(o.partij() + "/" + o.bestandsnaam()));
                }
                bare.add(new Step(r.outcome().name(), types, bytes));
            }
        }

        Path ggkRoot = root.resolve("ggk");
        Counts counts = new Counts();
        int retransmitted;
        try (TestGgk ggk = new TestGgk()) {
            int port = freePort();
            Map<String, String> settings = ggkSettings(ggkRoot, today, port, ggk.endpoint().toString());
            settings.putAll(extra);
            HubRuntime hub = new HubRuntime(Settings.load(Map.of(), settings));
            Thread running = runInBackground(hub);
            URI endpoint = URI.create("http://127.0.0.1:" + port + "/ggk/OntvangAsynchroon");
            HttpClient client = HttpClient.newHttpClient();
            Set<Path> seenFiles = new java.util.HashSet<>();
            List<Posted> posted = new ArrayList<>();
            int settled = 0;
            try {
                waitFor(() -> listening(port), "the hub's HTTP server");
                Files.createDirectories(ggkRoot.resolve("inbox"));
                for (int i = 0; i < inputs.size(); i++) {
                    Path in = inputs.get(i);
                    String name = in.getFileName().toString();
                    byte[] payload = Files.readAllBytes(in);
                    String type = payloadType(payload, name);
                    int before = ggk.delivered().size();
                    String ref = null;
                    if (type.equals("WMO301") || type.equals("WMO319")) {
                        // the back office's toewijzing and antwoordbericht stay bare files
                        Path part = ggkRoot.resolve("inbox/." + name + ".part");
                        Files.write(part, payload);
                        Files.move(part, ggkRoot.resolve("inbox/" + name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                        settled++;
                    } else {
                        ref = UUID.randomUUID().toString();
                        boolean retour = type.equals("WMO302") || type.equals("WMO320");
                        byte[] envelope = retour ? du01(ref, lastDi01(ggk, type.equals("WMO302") ? "WMO301" : "WMO319"), type, payload)
                                : di01(ref, type, payload);
                        String action = retour ? Ggk.SOAP_ACTION_DU01 : Ggk.SOAP_ACTION_DI01;
                        HttpResponse<String> answer = call(client, endpoint, action, envelope);
                        assertEquals(200, answer.statusCode(), name + ": " + answer.body());
                        assertTrue(answer.body().contains("Bv03") && answer.body().contains(ref), name + ": a Bv03 " + answer.body());
                        posted.add(new Posted(name, action, ref, envelope));
                        settled++;
                    }
                    int expected = settled;
                    waitFor(() -> settledCount(ggkRoot) == expected && pendingEnvelopes(ggkRoot.resolve("outbox")) == 0,
                            name + " settled and what it caused sent");
                    List<TestGgk.Delivered> caused = ggk.delivered().subList(before, ggk.delivered().size());
                    compare(dir.getFileName() + "/" + name, bare.get(i), caused, ref,
                            newBareFiles(ggkRoot.resolve("outbox"), seenFiles), counts);
                }
                // every envelope once more, the same bytes under the same referentienummer: a retransmission
                int delivered = ggk.delivered().size();
                for (Posted p : posted) {
                    HttpResponse<String> answer = call(client, endpoint, p.action(), p.envelope());
                    assertEquals(200, answer.statusCode(), p.name() + " again: " + answer.body());
                    assertTrue(answer.body().contains("Bv03") && answer.body().contains(p.ref()), p.name() + " acknowledged again");
                    settled++;
                }
                int expected = settled;
                waitFor(() -> settledCount(ggkRoot) == expected && pendingEnvelopes(ggkRoot.resolve("outbox")) == 0,
                        "the retransmissions settled");
                assertEquals(delivered, ggk.delivered().size(), "a retransmission is not answered again");
                assertEquals(List.of(), newBareFiles(ggkRoot.resolve("outbox"), seenFiles), "nor noticed again");
                retransmitted = retransmissions(hub, posted);
            } finally {
                hub.close();
                running.join(60_000);
            }
            for (TestGgk.Delivered d : ggk.delivered()) {
                assertEquals(List.of(), SCHEMA.validate(d.envelope()), "valid under our XSD");
                String code = d.header().berichtcode();
                String action = code.equals("Di01") ? Ggk.SOAP_ACTION_DI01 : code.equals("Du01") ? Ggk.SOAP_ACTION_DU01
                        : Ggk.SOAP_ACTION_FO01;
                assertEquals("\"" + action + "\"", d.action());
            }
            assertEquals(List.of(), ggk.conflicts(), "no referentienummer used for two envelopes");
            assertEquals(0, ggk.retransmissions(), "no envelope posted twice by a hub that did not stop");
            System.out.printf("GgkEndToEndIT %s: %d inputs, %d envelopes sent, %d Fo01 where the bare transport"
                    + " quarantined, %d retransmissions recognised, %.1f s%n",
                    dir.getFileName(), inputs.size(), ggk.delivered().size(), counts.fo01InsteadOfQuarantine,
                    retransmitted, (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * One input's envelopes against the bare transport's messages; returns 1 when the hub answered with an Fo01
     * StUF055 a payload the bare transport quarantined (not iWmo, not XML: "the payload fails its schema", §3.3).
     */
    private static void compare(String input, Step bare, List<TestGgk.Delivered> caused, String ref, List<byte[]> files,
                                Counts counts) {
        List<TestGgk.Delivered> messages = caused.stream().filter(d -> d.payload() != null).toList();
        List<TestGgk.Delivered> fo01s = caused.stream().filter(d -> d.payload() == null).toList();
        List<String> bareTypes = new ArrayList<>();
        List<byte[]> bareBytes = new ArrayList<>();
        List<byte[]> notices = new ArrayList<>();
        for (int k = 0; k < bare.types().size(); k++) {
            if (bare.types().get(k).equals("FOUTMELDING")) notices.add(bare.bytes().get(k));
            else {
                bareTypes.add(bare.types().get(k));
                bareBytes.add(bare.bytes().get(k));
            }
        }
        // one input may cause messages to two partijen (an accepted verzoek: the retour to the aanbieder, the verzoek
        // passed on to the gemeente), which the sender posts in either order: compared in the bare transport's order
        messages = messages.stream().sorted(java.util.Comparator.comparingInt(d -> bareTypes.indexOf(d.header().functie())))
                .toList();
        assertEquals(bareTypes, messages.stream().map(d -> d.header().functie()).toList(), input + ": the messages sent");
        for (int k = 0; k < messages.size(); k++) {
            Envelope e = messages.get(k).header();
            // byte for byte, IdentificatieRetour too: it comes from a sequence of its own (V13), so an Fo01 the GGk
            // transport stores where the bare one only quarantines does not shift it
            assertArrayEquals(bareBytes.get(k), messages.get(k).payload(), input + ": " + e.functie() + " as the bare transport writes it");
            // a WMO301 or WMO319 delivered to the aanbieder, a WMO315 or WMO317 passed on to the gemeente: each starts
            // an exchange of its own (a Di01); the retours answer the input's Di01
            boolean starts = Set.of("WMO301", "WMO319", "WMO315", "WMO317").contains(e.functie());
            assertEquals(starts ? "Di01" : "Du01", e.berichtcode(), input + ": " + e.functie());
            assertEquals(starts ? null : ref, e.crossRefnummer(), input + ": " + e.functie() + " answers the input's Di01");
        }
        for (TestGgk.Delivered f : fo01s) {
            assertEquals("StUF055", f.header().foutcode(), input);
            assertEquals(ref, f.header().crossRefnummer(), input + ": the Fo01 is about the input's Di01");
        }
        if (ref == null) {
            // a bare input (the back office's WMO301 or WMO319): its notice stays the bare file
            assertEquals(List.of(), fo01s, input);
            assertEquals(notices.size(), files.size(), input + ": the back office's notices");
            for (int k = 0; k < notices.size(); k++) assertArrayEquals(notices.get(k), files.get(k), input + ": the notice");
            return;
        }
        assertEquals(List.of(), files, input + ": an envelope's input is answered in envelopes only");
        if (!notices.isEmpty()) {
            assertEquals(1, fo01s.size(), input + ": an Fo01 StUF055 instead of the notice");
            return;
        }
        if (fo01s.isEmpty()) return;
        assertEquals(1, fo01s.size(), input);
        assertTrue(Set.of("QUARANTINED", "XSD_INVALID").contains(bare.outcome()),
                input + ": an Fo01 only where the bare transport refused too, not " + bare.outcome());
        counts.fo01InsteadOfQuarantine++;
    }

    /** What one scenario's comparison met beyond byte-identical payloads. */
    static final class Counts {
        int fo01InsteadOfQuarantine;
    }

    /** The payload's message type by its namespace, else by the file name; WMO305 for what names none. */
    private static String payloadType(byte[] payload, String name) {
        String head = new String(payload, 0, Math.min(payload.length, 4000), StandardCharsets.UTF_8);
        Matcher m = PAYLOAD_TYPE.matcher(head);
        if (m.find()) return m.group(1).toUpperCase(java.util.Locale.ROOT);
        Matcher n = NAME_TYPE.matcher(name);
        return n.find() ? n.group(1).toUpperCase(java.util.Locale.ROOT) : "WMO305";
    }

    private static String lastDi01(TestGgk ggk, String functie) {
        String ref = null;
        for (TestGgk.Delivered d : ggk.delivered()) {
            if (d.payload() != null && functie.equals(d.header().functie())) ref = d.header().referentienummer();
        }
        assertTrue(ref != null, "a Di01 " + functie + " to answer");
        return ref;
    }

    private static Map<String, String> ggkSettings(Path root, String today, int port, String ggkEndpoint) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String f : List.of("db", "inbox", "work", "outbox", "archive", "rejected", "sent")) {
            settings.put(f.equals("db") ? "iwmo.db" : f.equals("sent") ? "iwmo.ggk.sent" : "iwmo." + f, root.resolve(f).toString());
        }
        settings.put("iwmo.today", today);
        settings.put("iwmo.lanes", "1");
        settings.put("iwmo.inbox.poll-delay", "50");
        settings.put("iwmo.inbox.min-age", "0");
        settings.put("iwmo.transport", "ggk");
        settings.put("iwmo.ggk.endpoint", ggkEndpoint);
        settings.put("iwmo.http.enabled", "true");
        settings.put("iwmo.http.port", String.valueOf(port));
        settings.put("iwmo.http.users", root.resolve("users").toString());
        return settings;
    }

    /** The hub's {@code run} (as the jar's default command) in a thread of its own, started. */
    private static Thread runInBackground(HubRuntime hub) {
        Thread running = new Thread(() -> {
            try {
                hub.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        running.start();
        return running;
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (var c = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Inputs settled: in the archive, or in the rejected folder (without the reports beside them). */
    private static long settledCount(Path root) {
        return count(root.resolve("archive"), p -> true) + count(root.resolve("rejected"),
                p -> !p.getFileName().toString().endsWith(".report.txt"));
    }

    /** Envelopes in the outbox not yet accepted by the GGk. */
    private static long pendingEnvelopes(Path outbox) {
        return count(outbox, p -> p.getFileName().toString().matches("(Di01|Du01|Fo01)_.*"));
    }

    private static long count(Path dir, Predicate<Path> p) {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).filter(p).count();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return -1;   // a file moved while listed: not settled yet
        }
    }

    /** Bare files the hub wrote in its outbox since the last look (the back office's notices), by name. */
    private static List<byte[]> newBareFiles(Path outbox, Set<Path> seen) throws Exception {
        List<byte[]> found = new ArrayList<>();
        if (!Files.isDirectory(outbox)) return found;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(outbox)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !f.getFileName().toString().matches("(Di01|Du01|Fo01)_.*")).sorted().toList();
        }
        for (Path f : files) if (seen.add(f)) found.add(Files.readAllBytes(f));
        return found;
    }

    private static byte[] du01(String ref, String crossRef, String functie, byte[] payload) {
        String xml = new String(di01(ref, functie, payload), StandardCharsets.UTF_8)
                .replace("<StUF:berichtcode>Di01</StUF:berichtcode>", "<StUF:berichtcode>Du01</StUF:berichtcode>")
                .replace("</StUF:tijdstipBericht>", "</StUF:tijdstipBericht><StUF:crossRefnummer>" + crossRef + "</StUF:crossRefnummer>")
                .replace(Ggk.DI01, Ggk.DU01);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

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
        Thread running = runInBackground(hub);
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
            Thread.sleep(20);
        }
    }
}
