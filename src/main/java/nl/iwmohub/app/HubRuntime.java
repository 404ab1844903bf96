package nl.iwmohub.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import nl.iwmohub.catalogus.Catalogus;
import nl.iwmohub.catalogus.CatalogusException;
import nl.iwmohub.core.Hub;
import nl.iwmohub.core.Ingest;
import nl.iwmohub.core.ProcessingResult;
import nl.iwmohub.core.Verwerking;
import nl.iwmohub.core.afhandeling.DeclaratieAfhandeling;
import nl.iwmohub.core.afhandeling.LeveringAfhandeling;
import nl.iwmohub.core.afhandeling.RetourToewijzingAfhandeling;
import nl.iwmohub.core.afhandeling.ToewijzingAfhandeling;
import nl.iwmohub.inbox.InboxFiles;
import nl.iwmohub.inbox.Lanes;
import nl.iwmohub.ingest.BerichtReader;
import nl.iwmohub.ingest.Schemas;
import nl.iwmohub.outbox.Outbox;
import nl.iwmohub.retour.DeclaratieAntwoordBuilder;
import nl.iwmohub.retour.MessageCheck;
import nl.iwmohub.retour.RetourBuilder;
import nl.iwmohub.rules.Registry;
import nl.iwmohub.store.BerichtStore;
import nl.iwmohub.store.Database;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * The hub assembled: store, core and Camel with the routes from routes/. The running hub and the batch
 * command use this same assembly; the batch command switches the inbox route off and feeds direct:ingest.
 */
public final class HubRuntime implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HubRuntime.class);
    private final Settings settings;
    private final Database database;
    private final Main main;
    private final Lanes lanes;
    private final Hub hub;
    private ProducerTemplate template;

    public HubRuntime(Settings settings) {
        this.settings = settings;
        Catalogus catalogus = catalogus(settings.get("iwmo.catalogus"));
        this.database = new Database(Database.jdbcUrl(settings.get("iwmo.db")), settings.get("iwmo.db.user"),
                settings.get("iwmo.db.password"));
        this.hub = hub(settings, database);
        this.main = new Main();
        main.setOverrideProperties(settings.asProperties());
        main.bind("ingest", new Ingest(hub));
        main.bind("toewijzing", new Verwerking(hub, new ToewijzingAfhandeling(hub.rules(), catalogus)));
        main.bind("retourToewijzing", new Verwerking(hub, new RetourToewijzingAfhandeling(hub.berichten())));
        main.bind("startZorg", new Verwerking(hub, new LeveringAfhandeling(false, hub.rules(), catalogus)));
        main.bind("stopZorg", new Verwerking(hub, new LeveringAfhandeling(true, hub.rules(), catalogus)));
        main.bind("declaratie", new Verwerking(hub, new DeclaratieAfhandeling(hub.rules(), catalogus)));
        main.bind("outbox", new Outbox(settings.path("iwmo.outbox"), database, hub.berichten(), hub.clock()));
        this.lanes = new Lanes(settings.path("iwmo.work"), (int) settings.getLong("iwmo.lanes"),
                new InboxFiles(settings.path("iwmo.archive"), settings.path("iwmo.rejected")));
        main.bind("lanes", lanes);
    }

    /** The contract catalogue (file or folder); refused as a whole, with every bad line, if one row is bad. */
    static Catalogus catalogus(String location) {
        if (location.isEmpty()) {
            LOG.warn("iwmo.catalogus is empty: no contract tariffs; TR418 reports them as not configured");
            return Catalogus.empty();
        }
        try {
            Catalogus catalogus = Catalogus.load(Path.of(location));
            LOG.info("contract catalogue {}: {} row(s) for gemeente(n) {}", location, catalogus.size(), catalogus.gemeenten());
            return catalogus;
        } catch (CatalogusException e) {
            throw new IllegalArgumentException("iwmo.catalogus " + location + " is refused:\n" + e.getMessage(), e);
        }
    }

    private static Hub hub(Settings settings, Database database) {
        Schemas schemas = new Schemas();
        String xsltVersie = settings.get("iwmo.xslt-versie");
        Set<String> gemeenten = settings.list("iwmo.gemeenten");
        for (String g : gemeenten) {
            if (!g.matches("[0-9]{4}")) throw new IllegalArgumentException("iwmo.gemeenten: '" + g + "' is not a CBS code (4 digits)");
        }
        BerichtReader reader = new BerichtReader(schemas, settings.getLong("iwmo.max-file-size"),
                (int) settings.getLong("iwmo.max-xsd-errors"));
        Registry rules = Registry.standard();
        Clock clock = clock(settings.get("iwmo.today"));
        return new Hub(database, new BerichtStore(), reader, rules, new RetourBuilder(xsltVersie),
                new DeclaratieAntwoordBuilder(xsltVersie), new MessageCheck(reader, rules, clock), clock, gemeenten);
    }

    private static Clock clock(String today) {
        if (today.isEmpty()) return Clock.systemDefaultZone();
        try {
            return Clock.fixed(LocalDate.parse(today).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(),
                    ZoneId.systemDefault());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("today must be a date YYYY-MM-DD, not '" + today + "'");
        }
    }

    /** Runs the hub until it is stopped (Ctrl-C or SIGTERM): watches the inbox. */
    public void run() throws Exception {
        for (String key : new String[] {"iwmo.inbox", "iwmo.work", "iwmo.outbox", "iwmo.archive", "iwmo.rejected"}) {
            Files.createDirectories(settings.path(key));
        }
        removePartialOutboxFiles(settings.path("iwmo.outbox"));
        main.addMainListener(new org.apache.camel.main.MainListenerSupport() {
            @Override
            public void beforeStop(org.apache.camel.main.BaseMainSupport stopping) {
                lanes.close();
            }

            @Override
            public void afterStart(org.apache.camel.main.BaseMainSupport started) {
                try {
                    lanes.start(started.getCamelContext());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("cannot read the work folder", e);
                }
                LOG.info("iwmo-hub watching {} (outbox {}, archive {}, rejected {}); store {}",
                        settings.path("iwmo.inbox"), settings.path("iwmo.outbox"), settings.path("iwmo.archive"),
                        settings.path("iwmo.rejected"), Database.jdbcUrl(settings.get("iwmo.db")));
            }
        });
        // the workbench (issue 11), when iwmo.http.enabled: served while the hub runs, over the same store
        try (AutoCloseable workbench = Boolean.parseBoolean(settings.get("iwmo.http.enabled"))
                ? nl.iwmohub.web.Workbench.start(settings::get, database) : null) {
            main.run();
        }
    }

    /**
     * A hidden .tmp file in the outbox is a file the hub was writing when it stopped; the message itself is
     * in the store and is written again when its input is processed again, so the partial copy goes.
     */
    private static void removePartialOutboxFiles(Path outbox) throws java.io.IOException {
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
        main.start();
        template = main.getCamelContext().createProducerTemplate();
        if (!"false".equals(settings.asProperties().getProperty("iwmo.inbox.enabled"))) {
            lanes.start(main.getCamelContext());
        }
    }

    /** Sends one file through the same routes as the inbox does. */
    public ProcessingResult process(Path file) throws Exception {
        long length = Files.size(file);
        return request(file.getFileName().toString(), file.toFile(), length);
    }

    public ProcessingResult process(String fileName, byte[] raw) throws Exception {
        return request(fileName, raw, raw.length);
    }

    private ProcessingResult request(String fileName, Object body, long length) throws Exception {
        Exchange result = template.request("direct:ingest", ex -> {
            ex.getIn().setBody(body);
            ex.getIn().setHeader(Exchange.FILE_NAME, fileName);
            ex.getIn().setHeader(Exchange.FILE_LENGTH, length);
        });
        if (result.getException() != null) throw result.getException();
        return result.getMessage().getBody(ProcessingResult.class);
    }



    /** For the benchmark: read a message (parse, XSD, model) without processing it. */
    nl.iwmohub.ingest.OntvangenBericht readOnly(String name, byte[] raw) {
        var read = hub.reader().read(name, raw);
        if (read instanceof nl.iwmohub.ingest.ReadResult.Readable r) return r.bericht();
        throw new IllegalStateException(name + " is not a valid message: " + read);
    }

    /** For the benchmark: the rules inside the message on a message read before. */
    java.util.List<nl.iwmohub.verdict.Finding> checkRules(nl.iwmohub.ingest.OntvangenBericht bericht) {
        return hub.rules().inhoud().judge(bericht.type(), nl.iwmohub.rules.contract.RuleContext.withoutHistory(bericht, hub.today()));
    }

    /** Controleniveau 1 and 2 only, without the store (the check command). */
    public MessageCheck.Result check(Path file) throws java.io.IOException {
        return hub.messageCheck().check(file.getFileName().toString(), Files.readAllBytes(file));
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        try {
            lanes.close();
            if (template != null) template.close();
            main.stop();
        } catch (Exception e) {
            // closing: nothing left to save
        } finally {
            database.close();
        }
    }
}
