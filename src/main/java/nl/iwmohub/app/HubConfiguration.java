package nl.iwmohub.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.iwmohub.catalogus.Catalogus;
import nl.iwmohub.catalogus.CatalogusException;
import nl.iwmohub.outbox.Outbox;
import nl.iwmohub.processing.DeclaratieHandler;
import nl.iwmohub.processing.Hub;
import nl.iwmohub.processing.LeveringHandler;
import nl.iwmohub.processing.MessageProcessor;
import nl.iwmohub.processing.RetourHandler;
import nl.iwmohub.processing.ToewijzingHandler;
import nl.iwmohub.processing.UnprocessedInputs;
import nl.iwmohub.processing.VerzoekAntwoordHandler;
import nl.iwmohub.processing.VerzoekOmToewijzingHandler;
import nl.iwmohub.processing.VerzoekOmWijzigingHandler;
import nl.iwmohub.read.BerichtReader;
import nl.iwmohub.read.Schemas;
import nl.iwmohub.retour.DeclaratieAntwoordBuilder;
import nl.iwmohub.retour.MessageCheck;
import nl.iwmohub.retour.RetourBuilder;
import nl.iwmohub.route.BackOff;
import nl.iwmohub.route.InboxGate;
import nl.iwmohub.route.Ingest;
import nl.iwmohub.route.Intake;
import nl.iwmohub.route.LaneGroup;
import nl.iwmohub.route.Lanes;
import nl.iwmohub.route.Send;
import nl.iwmohub.route.Settle;
import nl.iwmohub.rules.Registry;
import nl.iwmohub.store.BerichtStore;
import nl.iwmohub.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wiring, and only that: from the settings, the store, the shared services of processing, one handler per
 * message type, and the Camel beans the routes in routes/ refer to by name.
 */
final class HubConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(HubConfiguration.class);
    private final Database database;
    private final Hub hub;
    private final Lanes lanes;
    private final Outbox outbox;
    private final LaneGroup laneGroup;
    private final BackOff backOff;
    private final Settle settle;
    private final Ingest ingest;
    private final Map<String, Object> beans = new LinkedHashMap<>();

    HubConfiguration(Settings settings) {
        settings.validateGgk();
        Catalogus catalogus = catalogus(settings.get("iwmo.catalogus"));
        this.database = new Database(Database.jdbcUrl(settings.get("iwmo.db")), settings.get("iwmo.db.user"),
                settings.get("iwmo.db.password"));
        try {
            database.requireWritable();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        this.hub = hub(settings, database);
        Registry rules = hub.rules();
        Intake intake = new Intake(hub, new UnprocessedInputs(hub), GgkWiring.inbound(settings, hub));
        MessageProcessor toewijzing = new MessageProcessor(hub, new ToewijzingHandler(rules, catalogus));
        MessageProcessor retourToewijzing = new MessageProcessor(hub, RetourHandler.wmo302(hub.berichten()));
        MessageProcessor startZorg = new MessageProcessor(hub, new LeveringHandler(false, rules, catalogus));
        MessageProcessor stopZorg = new MessageProcessor(hub, new LeveringHandler(true, rules, catalogus));
        MessageProcessor declaratie = new MessageProcessor(hub, new DeclaratieHandler(rules, catalogus));
        MessageProcessor verzoekOmToewijzing = new MessageProcessor(hub, new VerzoekOmToewijzingHandler(rules));
        MessageProcessor verzoekOmWijziging = new MessageProcessor(hub, new VerzoekOmWijzigingHandler(rules));
        MessageProcessor antwoordVerzoek = new MessageProcessor(hub, new VerzoekAntwoordHandler(rules));
        MessageProcessor retourAntwoordVerzoek = new MessageProcessor(hub, RetourHandler.wmo320(hub.berichten()));
        beans.put("intake", intake);
        beans.put("toewijzing", toewijzing);
        beans.put("retourToewijzing", retourToewijzing);
        beans.put("startZorg", startZorg);
        beans.put("stopZorg", stopZorg);
        beans.put("declaratie", declaratie);
        beans.put("verzoekOmToewijzing", verzoekOmToewijzing);
        beans.put("verzoekOmWijziging", verzoekOmWijziging);
        beans.put("antwoordVerzoek", antwoordVerzoek);
        beans.put("retourAntwoordVerzoek", retourAntwoordVerzoek);
        // a fault of the environment is waited for and tried again by the lanes; the batch command does not wait
        this.backOff = new BackOff(!"false".equals(settings.asProperties().getProperty("iwmo.inbox.enabled")),
                settings.getLong("iwmo.retry.delay"), settings.getLong("iwmo.retry.max-delay"));
        beans.put("backOff", backOff);
        this.outbox = new Outbox(settings.path("iwmo.outbox"), database, hub.berichten(), hub.tijd());
        Send send = new Send(outbox, GgkWiring.outbound(settings, database, hub), backOff);
        beans.put("send", send);
        this.ingest = new Ingest(intake, toewijzing, retourToewijzing, startZorg, stopZorg, declaratie,
                verzoekOmToewijzing, verzoekOmWijziging, antwoordVerzoek, retourAntwoordVerzoek, send);
        // the lanes: the inbox route's step, and the parameter source of the lane routes (lane-0 .. lane-N-1)
        this.lanes = new Lanes(settings.path("iwmo.work"), (int) settings.getLong("iwmo.lanes"),
                (int) settings.getLong("iwmo.message.max-attempts"));
        beans.put("lanes", lanes);
        beans.putAll(lanes.gates());
        beans.put("inboxGate", new InboxGate(settings.path("iwmo.inbox"), settings.path("iwmo.rejected")));
        this.settle = new Settle(settings.path("iwmo.archive"), settings.path("iwmo.rejected"), backOff);
        beans.put("settle", settle);
        beans.put("failed", new nl.iwmohub.route.Failed(lanes, backOff, settle));
        // group commit: the lane template aggregates its waiting files (their paths) and hands them to laneGroup
        this.laneGroup = new LaneGroup(database, lanes, send, settle, backOff);
        beans.put("laneGroup", laneGroup);
        beans.put("groupedPaths", new org.apache.camel.processor.aggregate.GroupedBodyAggregationStrategy());
        beans.put("inLaneThread", new org.apache.camel.util.concurrent.SynchronousExecutorService());
    }

    LaneGroup laneGroup() {
        return laneGroup;
    }

    Outbox outbox() {
        return outbox;
    }

    Database database() {
        return database;
    }

    Hub hub() {
        return hub;
    }

    Lanes lanes() {
        return lanes;
    }

    BackOff backOff() {
        return backOff;
    }

    Settle settle() {
        return settle;
    }

    /** The ingest route's steps as one call, for the batch command (no Camel). */
    Ingest ingest() {
        return ingest;
    }

    /** The beans by the names the routes use. */
    Map<String, Object> beans() {
        return beans;
    }

    /** The contract catalogue (file or folder); refused as a whole, with every bad line, if one row is bad. */
    static Catalogus catalogus(String location) {
        if (location.isEmpty()) {
            LOG.warn("iwmo.catalogus is empty: no contract tariffs; TR418 reports them as not configured");
            return Catalogus.empty();
        }
        try {
            Catalogus catalogus = Catalogus.load(catalogusPath(location));
            LOG.info("contract catalogue {}: {} row(s) for gemeente(n) {}", location, catalogus.size(), catalogus.gemeenten());
            return catalogus;
        } catch (CatalogusException e) {
            throw new IllegalArgumentException("iwmo.catalogus " + location + " is refused:\n" + e.getMessage(), e);
        }
    }

    static final String SHIPPED_CATALOGI = "catalogi";

    /**
     * The configured catalogue; the default (catalogi) from the working directory when it has that folder, else the
     * catalogues shipped inside the jar, so that the jar runs from any folder.
     */
    static Path catalogusPath(String location) {
        Path path = Path.of(location);
        if (!location.equals(SHIPPED_CATALOGI) || Files.exists(path)) return path;
        java.net.URL shipped = HubConfiguration.class.getClassLoader().getResource(SHIPPED_CATALOGI);
        if (shipped == null) return path;
        try {
            java.net.URI uri = shipped.toURI();
            if (!uri.getScheme().equals("jar")) return Path.of(uri);
            java.nio.file.FileSystem jar;
            try {
                jar = java.nio.file.FileSystems.newFileSystem(uri, Map.of());
            } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                jar = java.nio.file.FileSystems.getFileSystem(uri);
            }
            return jar.provider().getPath(uri);
        } catch (java.net.URISyntaxException | java.io.IOException e) {
            throw new IllegalStateException("cannot read the catalogues inside the jar: " + e.getMessage(), e);
        }
    }

    /** Controleniveau 1 and 2 only, as the hub checks them, without a store or Camel (the check command). */
    static MessageCheck messageCheck(Settings settings) {
        return new MessageCheck(reader(settings), Registry.standard(), clock(settings.get("iwmo.today")));
    }

    private static BerichtReader reader(Settings settings) {
        return new BerichtReader(new Schemas(), settings.getLong("iwmo.max-file-size"),
                (int) settings.getLong("iwmo.max-xsd-errors"), settings.getLong("iwmo.message.budget"));
    }

    private static Hub hub(Settings settings, Database database) {
        String xsltVersie = settings.get("iwmo.xslt-versie");
        Set<String> gemeenten = settings.list("iwmo.gemeenten");
        for (String g : gemeenten) {
            if (!g.matches("[0-9]{4}")) throw new IllegalArgumentException("iwmo.gemeenten: '" + g + "' is not a CBS code (4 digits)");
        }
        BerichtReader reader = reader(settings);
        Registry rules = Registry.standard();
        Clock clock = clock(settings.get("iwmo.today"));
        return new Hub(database, new BerichtStore(), reader, rules, new RetourBuilder(xsltVersie),
                new DeclaratieAntwoordBuilder(xsltVersie), new MessageCheck(reader, rules, clock), clock, gemeenten,
                Clock.systemDefaultZone());
    }

    private static Clock clock(String today) {
        if (today.isEmpty()) return Clock.systemDefaultZone();
        try {
            return Clock.fixed(LocalDate.parse(today).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(),
                    ZoneId.systemDefault());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("today must be a date YYYY-MM-DD, not '" + today + "'");
        }
    }

}
