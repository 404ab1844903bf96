package nl.iwmohub.app;

import java.time.Clock;
import nl.iwmohub.ggk.Application;
import nl.iwmohub.ggk.EnvelopeReader;
import nl.iwmohub.ggk.EnvelopeWriter;
import nl.iwmohub.ggk.GgkInbound;
import nl.iwmohub.ggk.GgkOutbound;
import nl.iwmohub.ggk.GgkSchema;
import nl.iwmohub.ggk.Stamps;
import nl.iwmohub.ggk.Transport;
import nl.iwmohub.processing.Hub;
import nl.iwmohub.store.Database;
import nl.iwmohub.store.Envelopes;

/** The wiring of the StUF-GGk transport (issue 12), kept apart so that HubConfiguration only names it. */
final class GgkWiring {
    private static GgkSchema schema;
    private static final java.util.Map<Database, Stamps> STAMPS = new java.util.WeakHashMap<>();

    private GgkWiring() {}

    /** The envelope XSD and model, loaded once per process. */
    static synchronized GgkSchema schema() {
        if (schema == null) schema = new GgkSchema();
        return schema;
    }

    static Transport transport(Settings settings) {
        return Transport.parse(settings.get("iwmo.transport"));
    }

    static Application application(Settings settings) {
        return new Application(settings.get("iwmo.ggk.applicatie"), settings.get("iwmo.ggk.applicatie-versie"),
                settings.get("iwmo.ggk.applicatie-subversie"));
    }

    /** The envelope wrapping of everything the hub sends, with iwmo.transport=ggk; null with bestand. */
    static GgkOutbound outbound(Settings settings, Database database, Hub hub) {
        Application application = application(settings);
        if (transport(settings) != Transport.GGK) return null;
        return new GgkOutbound(database, new Envelopes(), hub.berichten(), new EnvelopeWriter(schema()),
                stamps(database), application, Clock.systemDefaultZone());
    }

    /** The recognition of envelopes that arrive (with either transport) and the Fo01s the hub answers them with. */
    static GgkInbound inbound(Settings settings, Hub hub) {
        return new GgkInbound(hub, new Envelopes(), new EnvelopeReader(schema()), new EnvelopeWriter(schema()),
                stamps(hub.database()), application(settings));
    }

    /** One source of tijdstipBericht per store, so that every envelope the hub sends is later than the one before. */
    private static synchronized Stamps stamps(Database database) {
        return STAMPS.computeIfAbsent(database, d -> new Stamps(Clock.systemDefaultZone(),
                d.inTransaction(new Envelopes()::lastSentTijdstip).orElse(null)));
    }

    /** The SOAP endpoint for the GGk's calls on the running hub's HTTP server, with iwmo.transport=ggk; else null. */
    static java.util.function.Consumer<io.vertx.ext.web.Router> soap(Settings settings, Database database) {
        if (transport(settings) != Transport.GGK) return null;
        return new nl.iwmohub.ggk.SoapEndpoint(settings.path("iwmo.inbox"), schema(), stamps(database),
                application(settings))::mount;
    }

    /**
     * Posts the outbox's envelopes to iwmo.ggk.endpoint every iwmo.inbox.poll-delay ms, with iwmo.transport=ggk and
     * an endpoint set; the client's TLS from iwmo.ggk.keystore and iwmo.ggk.truststore (PKCS#12), when set.
     */
    static AutoCloseable sender(Settings settings) throws Exception {
        String endpoint = settings.get("iwmo.ggk.endpoint");
        if (transport(settings) != Transport.GGK || endpoint.isEmpty()) return null;
        java.net.http.HttpClient.Builder client = java.net.http.HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(30));
        javax.net.ssl.SSLContext tls = tls(settings);
        if (tls != null) client.sslContext(tls);
        nl.iwmohub.ggk.GgkSender sender = new nl.iwmohub.ggk.GgkSender(settings.path("iwmo.outbox"),
                settings.path("iwmo.ggk.sent"), java.net.URI.create(endpoint), client.build());
        java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ggk-sender");
            t.setDaemon(true);
            return t;
        });
        long delay = settings.getLong("iwmo.inbox.poll-delay");
        timer.scheduleWithFixedDelay(sender::sendPending, delay, delay, java.util.concurrent.TimeUnit.MILLISECONDS);
        return timer::shutdownNow;
    }

    /** Two-way TLS towards the GGk (PKIoverheid): our key and certificate, and the certificates we trust. */
    static javax.net.ssl.SSLContext tls(Settings settings) throws Exception {
        String keystore = settings.get("iwmo.ggk.keystore");
        String truststore = settings.get("iwmo.ggk.truststore");
        if (keystore.isEmpty() && truststore.isEmpty()) return null;
        javax.net.ssl.KeyManager[] keys = null;
        javax.net.ssl.TrustManager[] trust = null;
        if (!keystore.isEmpty()) {
            char[] password = settings.get("iwmo.ggk.keystore.password").toCharArray();
            java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
            try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(keystore))) {
                ks.load(in, password);
            }
            javax.net.ssl.KeyManagerFactory kmf = javax.net.ssl.KeyManagerFactory.getInstance(
                    javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, password);
            keys = kmf.getKeyManagers();
        }
        if (!truststore.isEmpty()) {
            java.security.KeyStore ts = java.security.KeyStore.getInstance("PKCS12");
            try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(truststore))) {
                ts.load(in, settings.get("iwmo.ggk.truststore.password").toCharArray());
            }
            javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance(
                    javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ts);
            trust = tmf.getTrustManagers();
        }
        javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
        context.init(keys, trust, null);
        return context;
    }
}
