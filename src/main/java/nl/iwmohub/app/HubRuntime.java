package nl.iwmohub.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.iwmohub.processing.Hub;
import nl.iwmohub.retour.MessageCheck;
import nl.iwmohub.route.BackOff;
import nl.iwmohub.route.Delivery;
import nl.iwmohub.route.Lanes;
import nl.iwmohub.store.Database;
import nl.iwmohub.verdict.ProcessingResult;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's Camel lifecycle: the beans of {@link HubConfiguration} and the routes from routes/. The running hub and
 * the batch command use this same assembly; the batch command switches the inbox route off and feeds direct:ingest.
 */
public final class HubRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HubRuntime.class);
    private final Settings settings;
    private final Database database;
    private final Main main;
    private final Lanes lanes;
    private final nl.iwmohub.outbox.Outbox outbox;
    private final BackOff backOff;
    private final nl.iwmohub.route.Settle settle;
    private final Hub hub;
    private volatile ProducerTemplate template;
    private HubHealth health;
    private nl.iwmohub.web.WebServer workbench;
    private AutoCloseable sender;

    public HubRuntime(Settings settings) {
        this.settings = settings;
        HubConfiguration configuration = new HubConfiguration(settings);
        this.database = configuration.database();
        this.hub = configuration.hub();
        this.lanes = configuration.lanes();
        this.outbox = configuration.outbox();
        this.backOff = configuration.backOff();
        this.settle = configuration.settle();
        this.main = new Main();
        main.setOverrideProperties(routes(settings.asProperties()));
        configuration.beans().forEach(main::bind);
        configuration.laneGroup().connect(this::request);   // the lanes' groups go through the same ingest route
    }

    static final String JAR_ROUTES = "classpath:routes/*.yaml";

    /** The routes of the jar, unless the working directory has a routes/ folder: that one overrides them. */
    static java.util.Properties routes(java.util.Properties p) {
        String key = "camel.main.routes-include-pattern";
        if (JAR_ROUTES.equals(p.getProperty(key)) && Files.isDirectory(Path.of("routes"))) p.setProperty(key, "file:routes/*.yaml");
        return p;
    }

    /** Runs the hub until it is stopped (Ctrl-C or SIGTERM): watches the inbox. */
    public void run() throws Exception {
        for (String key : new String[] {"iwmo.inbox", "iwmo.work", "iwmo.outbox", "iwmo.archive", "iwmo.rejected"}) {
            Files.createDirectories(settings.path(key));
        }
        recoverFromEarlierStop();
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport started) {
                try {
                    serve();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                LOG.info("iwmo-hub watching {} (outbox {}, archive {}, rejected {}); store {}",
                        settings.path("iwmo.inbox"), settings.path("iwmo.outbox"), settings.path("iwmo.archive"),
                        settings.path("iwmo.rejected"), Database.forLog(Database.jdbcUrl(settings.get("iwmo.db"))));
            }

            @Override
            public void beforeStop(BaseMainSupport stopping) {
                backOff.stop();   // a lane waiting for its environment stops waiting; its file stays for the next start
            }
        });
        try {
            main.run();
        } finally {
            stopServing();
        }
    }

    /**
     * Once Camel runs: the health checks (HubHealth) of the running hub, and, when iwmo.http.enabled, the workbench
     * (issue 11) over the same store with the health endpoint at /health.
     */
    private void serve() throws IOException {
        if (!inboxEnabled()) return;   // the batch command: no health, no workbench
        health = new HubHealth(main.getCamelContext(), settings, database, backOff, settle);
        if (Boolean.parseBoolean(settings.get("iwmo.http.enabled"))) {
            // with iwmo.transport=ggk the same server takes the GGk's SOAP calls
            workbench = nl.iwmohub.web.Workbench.start(settings::get, database, GgkWiring.soap(settings, database));
            workbench.serveOpen("/health", health::answer);
        }
        try {
            sender = GgkWiring.sender(settings);   // with iwmo.transport=ggk: posts the outbox's envelopes to the GGk
        } catch (Exception e) {
            throw new IOException("the GGk sender cannot start: " + e.getMessage(), e);
        }
    }

    private void stopServing() {
        if (sender != null) {
            try {
                sender.close();
            } catch (Exception e) {
                LOG.warn("the GGk sender did not stop cleanly: {}", e.toString());
            }
            sender = null;
        }
        if (workbench != null) workbench.close();
        if (health != null) health.close();
        workbench = null;
        health = null;
    }

    /** The port of the workbench and /health, or -1 when they are not served. */
    public int httpPort() {
        return workbench == null ? -1 : workbench.port();
    }

    /**
     * Before the routes start, what a stop or a kill left: partial outbox files go, staged ones are finished or
     * go (Outbox.recover), stray read-lock markers leave the inbox, and the files in the work folder get their lanes.
     */
    private void recoverFromEarlierStop() throws IOException {
        removePartialOutboxFiles(settings.path("iwmo.outbox"));
        outbox.recover();
        if (inboxEnabled()) {
            removeOrphanInboxLocks(settings.path("iwmo.inbox"));
            lanes.recover();
        }
    }

    /**
     * A read-lock marker (NAME.camelLock) in the inbox that a killed hub left: Camel's inbox consumer writes one
     * while it takes a file and removes it afterwards. No consumer holds one before the routes start, so each goes
     * (its file, if still there, is taken as usual). Camel's own clean-up at start-up left one behind after a kill
     * in GgkCrashIT, and a stray marker keeps the inbox from ever looking empty.
     */
    private static void removeOrphanInboxLocks(Path inbox) throws IOException {
        if (!Files.isDirectory(inbox)) return;
        try (var files = Files.list(inbox)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".camelLock") && Files.isRegularFile(f)).toList()) {
                LOG.warn("removing the read-lock marker {} left in the inbox by an earlier stop", p.getFileName());
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * A hidden .tmp file in the outbox is a file the hub was writing when it stopped; the message itself is
     * in the store and is written again when its input is processed again, so the partial copy goes.
     */
    private static void removePartialOutboxFiles(Path outbox) throws IOException {
        if (!Files.isDirectory(outbox)) return;
        try (var files = Files.walk(outbox)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith(".")
                    && f.getFileName().toString().endsWith(".tmp")).toList()) {
                LOG.warn("removing the partial outbox file {} left by an earlier stop", p);
                Files.delete(p);
            }
        }
    }

    /** Starts Camel without blocking; used by the batch command and the tests. */
    public void start() throws Exception {
        recoverFromEarlierStop();
        main.start();
        serve();
    }

    /** The inbox route and the lanes run unless switched off (the batch command does). */
    private boolean inboxEnabled() {
        return !"false".equals(settings.asProperties().getProperty("iwmo.inbox.enabled"));
    }

    /** Sends one file through the same routes as the inbox does. */
    public ProcessingResult process(Path file) throws Exception {
        return request(Delivery.of(file.getFileName().toString(), file));
    }

    public ProcessingResult process(String fileName, byte[] raw) throws Exception {
        return request(Delivery.of(fileName, raw));
    }

    /** The batch entry point: the ingest route directly, without inbox, work folder or lanes. */
    private ProcessingResult request(Delivery delivery) throws Exception {
        Exchange result = template().request("direct:ingest", ex -> ex.getIn().setBody(delivery));
        if (result.getException() != null) throw result.getException();
        return result.getMessage().getBody(ProcessingResult.class);
    }

    /** One template for the batch entry point and every lane (a ProducerTemplate is thread-safe). */
    private synchronized ProducerTemplate template() {
        if (template == null) {
            ProducerTemplate t = main.getCamelContext().createProducerTemplate();
            // a lane may ask while the context is still starting its other routes: then the template is not yet started
            t.start();
            template = t;
        }
        return template;
    }

    /** Controleniveau 1 and 2 only, without the store (the check command). */
    public MessageCheck.Result check(Path file) throws IOException {
        return hub.messageCheck().check(file.getFileName().toString(), Files.readAllBytes(file));
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        try {
            backOff.stop();
            stopServing();
            main.stop();   // the lanes finish their group through the template first
            if (template != null) template.close();
        } catch (Exception e) {
            // closing: nothing left to save
        } finally {
            database.close();
        }
    }
}
