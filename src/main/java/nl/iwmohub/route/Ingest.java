package nl.iwmohub.route;

import java.io.IOException;
import nl.iwmohub.processing.MessageProcessor;
import nl.iwmohub.verdict.ProcessingResult;

/**
 * The ingest route of routes/hub.yaml as one Java call, for the batch command ({@code process}): the same beans in
 * the same order (intake, the kind's step, send), without starting Camel, whose start-up is most of the time of a
 * run over one small file (issue 14). The switch names every {@link Kind}, as the route does (the compiler holds
 * this one to that; RoutesTest the route).
 */
public final class Ingest {
    private final Intake intake;
    private final MessageProcessor toewijzing;
    private final MessageProcessor retourToewijzing;
    private final MessageProcessor startZorg;
    private final MessageProcessor stopZorg;
    private final MessageProcessor declaratie;
    private final MessageProcessor verzoekOmToewijzing;
    private final MessageProcessor verzoekOmWijziging;
    private final MessageProcessor antwoordVerzoek;
    private final MessageProcessor retourAntwoordVerzoek;
    private final Send send;

    public Ingest(Intake intake, MessageProcessor toewijzing, MessageProcessor retourToewijzing,
                  MessageProcessor startZorg, MessageProcessor stopZorg, MessageProcessor declaratie,
                  MessageProcessor verzoekOmToewijzing, MessageProcessor verzoekOmWijziging,
                  MessageProcessor antwoordVerzoek, MessageProcessor retourAntwoordVerzoek, Send send) {
        this.intake = intake;
        this.toewijzing = toewijzing;
        this.retourToewijzing = retourToewijzing;
        this.startZorg = startZorg;
        this.stopZorg = stopZorg;
        this.declaratie = declaratie;
        this.verzoekOmToewijzing = verzoekOmToewijzing;
        this.verzoekOmWijziging = verzoekOmWijziging;
        this.antwoordVerzoek = antwoordVerzoek;
        this.retourAntwoordVerzoek = retourAntwoordVerzoek;
        this.send = send;
    }

    public ProcessingResult ingest(Delivery delivery) throws IOException {
        Received received = intake.read(delivery);
        ProcessingResult result = switch (received.kind()) {
            case WMO301 -> toewijzing.process(((Received.Readable) received).read());
            case WMO302 -> retourToewijzing.process(((Received.Readable) received).read());
            case WMO305 -> startZorg.process(((Received.Readable) received).read());
            case WMO307 -> stopZorg.process(((Received.Readable) received).read());
            case WMO323 -> declaratie.process(((Received.Readable) received).read());
            case WMO315 -> verzoekOmToewijzing.process(((Received.Readable) received).read());
            case WMO317 -> verzoekOmWijziging.process(((Received.Readable) received).read());
            case WMO319 -> antwoordVerzoek.process(((Received.Readable) received).read());
            case WMO320 -> retourAntwoordVerzoek.process(((Received.Readable) received).read());
            case DUPLICATE -> intake.duplicate((Received.Duplicate) received);
            case QUARANTINE -> intake.quarantine((Received.Quarantine) received);
            case XSD_INVALID -> intake.xsdInvalid((Received.XsdInvalid) received);
            case NOT_SERVED -> intake.notServed((Received.Readable) received);
            case UNSUPPORTED -> intake.unsupported((Received.Readable) received);
            case GGK -> intake.enveloped((Received.Enveloped) received);
        };
        return send.write(result);
    }
}
