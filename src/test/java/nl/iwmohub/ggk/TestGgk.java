package nl.iwmohub.ggk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.iwmohub.read.BerichtReader;

/**
 * A test GGk: an HTTP server playing the GGk's side of OntvangAsynchroon for the hub's sender. It applies StUF's
 * rule for an end node (README §7.5 of stuf-ggk) to what it receives: an envelope is known by its zender's
 * (organisatie, applicatie, referentienummer); a repeat with the same bytes is a retransmission, acknowledged
 * again and counted, not delivered twice; a repeat with other bytes is an error (StUF016), answered with a SOAP
 * Fault and kept in {@link #conflicts()}. Thread-safe; its own state only.
 */
public final class TestGgk implements AutoCloseable {
    private static final EnvelopeReader READER = new EnvelopeReader(new GgkSchema());

    /** An envelope delivered once: the SOAPAction it came with, its bytes and what it is. */
    public record Delivered(String action, byte[] envelope, Inbound inbound) {
        /** The stuurgegevens (of a Di01, Du01 or Fo01). */
        public Envelope header() {
            if (inbound instanceof Inbound.Unwrapped u) return u.envelope();
            if (inbound instanceof Inbound.ReceivedFo01 f) return f.envelope();
            if (inbound instanceof Inbound.Refused r) return r.envelope();
            throw new IllegalStateException("not an envelope of the hub: " + inbound);
        }

        /** The decoded payload of a Di01 or Du01; null for an Fo01. */
        public byte[] payload() {
            return inbound instanceof Inbound.Unwrapped u ? u.payload() : null;
        }
    }

    private final HttpServer server;
    private final List<Delivered> delivered = new ArrayList<>();
    private final Map<String, String> contentByKey = new HashMap<>();
    private final List<String> conflicts = new ArrayList<>();
    private int retransmissions;

    public TestGgk() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ggk", this::handle);
        server.start();
    }

    /** The address the hub's iwmo.ggk.endpoint names. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ggk");
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String action = exchange.getRequestHeaders().getFirst("SOAPAction");
        byte[] envelope = Soap.bodyElement(body);
        Inbound inbound = READER.read(envelope);
        Delivered d = new Delivered(action, envelope, inbound);
        Envelope h = d.header();
        String key = h.zenderOrganisatie() + "|" + h.zenderApplicatie() + "|" + h.referentienummer();
        String content = BerichtReader.sha256(envelope);
        boolean conflict;
        synchronized (this) {
            String before = contentByKey.putIfAbsent(key, content);
            conflict = before != null && !before.equals(content);
            if (before == null) delivered.add(d);
            else if (!conflict) retransmissions++;
            else conflicts.add(key + ": another envelope under a referentienummer used before");
        }
        if (conflict) {
            answer(exchange, 500, Soap.fault(true, "StUF016: referentienummer used before for other content",
                    ("<StUF:Fo03Bericht xmlns:StUF=\"" + Ggk.STUF_NAMESPACE + "\"/>").getBytes(StandardCharsets.UTF_8)));
            return;
        }
        // acknowledged (again, for a retransmission): a Bv03 answering the envelope
        String bv03 = "<StUF:Bv03Bericht xmlns:StUF=\"" + Ggk.STUF_NAMESPACE + "\"><StUF:stuurgegevens>"
                + "<StUF:berichtcode>Bv03</StUF:berichtcode><StUF:crossRefnummer>" + h.referentienummer()
                + "</StUF:crossRefnummer></StUF:stuurgegevens></StUF:Bv03Bericht>";
        answer(exchange, 200, Soap.envelope(bv03.getBytes(StandardCharsets.UTF_8)));
    }

    private static void answer(HttpExchange exchange, int status, byte[] soap) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
        exchange.sendResponseHeaders(status, soap.length);
        exchange.getResponseBody().write(soap);
        exchange.close();
    }

    /** Every envelope delivered, once each, in arrival order. */
    public synchronized List<Delivered> delivered() {
        return new ArrayList<>(delivered);
    }

    /** How many calls repeated an envelope delivered before, byte for byte. */
    public synchronized int retransmissions() {
        return retransmissions;
    }

    /** The referentienummers reused for other content (must stay empty). */
    public synchronized List<String> conflicts() {
        return new ArrayList<>(conflicts);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
