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
}
