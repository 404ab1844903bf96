package nl.iwmohub.ggk;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import nl.iwmohub.model.stuf0301.Berichtcode;
import nl.iwmohub.model.stuf0301.Bv03Bericht;
import nl.iwmohub.model.stuf0301.Fo03Bericht;
import nl.iwmohub.model.stuf0301.Foutbericht;
import nl.iwmohub.model.stuf0301.Foutplek;
import nl.iwmohub.model.stuf0301.Systeem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's side of the WSDL's OntvangAsynchroon (SOAP 1.1 document/literal, operations ggk_Di01, ggk_Du01 and
 * Fo01) on the embedded HTTP server, at {@link #PATH}. A call is answered only after its envelope is in the inbox:
 * written under a hidden temporary name and renamed, so a file is whole or absent; the inbox route then processes
 * it like any file that arrives, and nothing is lost between the answer and the processing. The answer is a Bv03
 * (zender and ontvanger swapped, crossRefnummer the envelope's referentienummer); a call that is no envelope of
 * the operation its SOAPAction names, or that cannot be stored, gets a SOAP Fault with an Fo03 (StUF §4.4).
 * Envelopes are not validated here: that is the intake's work, which answers with an Fo01 where the spec says.
 */
public final class SoapEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(SoapEndpoint.class);
    public static final String PATH = "/ggk/OntvangAsynchroon";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    private final Path inbox;
    private final EnvelopeReader headers;
    private final GgkSchema schema;
    private final Stamps stamps;
    private final Application application;
    private final AtomicLong sequence = new AtomicLong();

    public SoapEndpoint(Path inbox, GgkSchema schema, Stamps stamps, Application application) {
        this.inbox = inbox;
        this.schema = schema;
        this.headers = new EnvelopeReader(schema);
        this.stamps = stamps;
        this.application = application;
    }

    /** Mounts the endpoint on a router (before any other body handler; envelopes may have 25 MB and more). */
    public void mount(Router router) {
        router.post(PATH).handler(BodyHandler.create(false).setBodyLimit(Ggk.MAX_ENVELOPE_BYTES + 1_000_000));
        router.post(PATH).blockingHandler(this::handle, false);
    }

    private void handle(RoutingContext ctx) {
        String action = unquote(ctx.request().getHeader("SOAPAction"));
        byte[] envelope;
        Envelope header;
        try {
            envelope = Soap.bodyElement(ctx.body().buffer().getBytes());
            header = header(envelope);
            String expected = switch (header.berichtcode() == null ? "" : header.berichtcode()) {
                case "Di01" -> Ggk.SOAP_ACTION_DI01;
                case "Du01" -> Ggk.SOAP_ACTION_DU01;
                case "Fo01" -> Ggk.SOAP_ACTION_FO01;
                default -> throw new IllegalArgumentException("the Body holds no Di01, Du01 or Fo01 envelope");
            };
            if (action != null && !action.isEmpty() && !action.equals(expected)) {
                throw new IllegalArgumentException("SOAPAction " + action + " does not name the operation of a "
                        + header.berichtcode() + " (" + expected + ")");
            }
        } catch (IllegalArgumentException e) {
            answer(ctx, 500, Soap.fault(true, e.getMessage(), fo03(null, "StUF001", "client", e.getMessage())));
            return;
        }
        try {
            Path stored = store(header, envelope);
            LOG.info("GGk {} {} from {} stored as {}", header.berichtcode(), header.referentienummer(),
                    header.zenderOrganisatie(), stored.getFileName());
        } catch (IOException e) {
            LOG.error("a GGk call could not be stored in the inbox {}", inbox, e);
            answer(ctx, 500, Soap.fault(false, "the message could not be stored", fo03(header, "StUF046", "server",
                    "Het bericht kan niet worden opgeslagen")));
            return;
        }
        answer(ctx, 200, Soap.envelope(bv03(header)));
    }

    /** The stuurgegevens of the envelope (not its validity: the intake judges that). */
    private Envelope header(byte[] envelope) {
        return headers.stuurgegevens(envelope);
    }

    /** Into the inbox atomically, under a name in arrival order. */
    private Path store(Envelope header, byte[] envelope) throws IOException {
        Files.createDirectories(inbox);
        String time = LocalDateTime.now(Clock.system(ZoneId.of("Europe/Amsterdam"))).format(NAME_TIME);
        String name = "ggk-" + time + "-" + String.format("%06d", sequence.incrementAndGet() % 1_000_000) + "-"
                + header.berichtcode() + "-" + nl.iwmohub.outbox.Outbox.safeName(String.valueOf(header.referentienummer())) + ".xml";
        Path temp = inbox.resolve("." + name + ".tmp");
        Files.write(temp, envelope);
        return Files.move(temp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private byte[] bv03(Envelope received) {
        Bv03Bericht.Stuurgegevens s = new Bv03Bericht.Stuurgegevens();
        s.setBerichtcode(Berichtcode.BV_03);
        s.setZender(systeem(received.ontvangerOrganisatie(), application.naam()));
        s.setOntvanger(systeem(received.zenderOrganisatie(), received.zenderApplicatie()));
        s.setReferentienummer(Stamps.referentienummer());
        s.setTijdstipBericht(stamps.tijdstipBericht());
        s.setCrossRefnummer(received.referentienummer());
        Bv03Bericht bv03 = new Bv03Bericht();
        bv03.setStuurgegevens(s);
        return new EnvelopeWriter(schema).marshalChecked(bv03);
    }

    private byte[] fo03(Envelope received, String code, String plek, String omschrijving) {
        Fo03Bericht.Stuurgegevens s = new Fo03Bericht.Stuurgegevens();
        s.setBerichtcode(Berichtcode.FO_03);
        s.setZender(systeem(received == null ? null : received.ontvangerOrganisatie(), application.naam()));
        s.setOntvanger(systeem(received == null ? null : received.zenderOrganisatie(),
                received == null || received.zenderApplicatie() == null ? Ggk.GGK_APPLICATIE : received.zenderApplicatie()));
        s.setReferentienummer(Stamps.referentienummer());
        s.setTijdstipBericht(stamps.tijdstipBericht());
        s.setCrossRefnummer(received == null || received.referentienummer() == null ? "onbekend" : received.referentienummer());
        Foutbericht body = new Foutbericht();
        body.setCode(code);
        body.setPlek(Foutplek.fromValue(plek));
        body.setOmschrijving(omschrijving.length() <= 200 ? omschrijving : omschrijving.substring(0, 200));
        Fo03Bericht fo03 = new Fo03Bericht();
        fo03.setStuurgegevens(s);
        fo03.setBody(body);
        return new EnvelopeWriter(schema).marshalChecked(fo03);
    }

    private static Systeem systeem(String organisatie, String applicatie) {
        Systeem s = new Systeem();
        if (organisatie != null && !organisatie.isBlank()) s.setOrganisatie(organisatie.length() <= 200 ? organisatie : organisatie.substring(0, 200));
        s.setApplicatie(applicatie == null || applicatie.length() < 3 ? Ggk.GGK_APPLICATIE : applicatie.length() > 50 ? applicatie.substring(0, 50) : applicatie);
        return s;
    }

    private static void answer(RoutingContext ctx, int status, byte[] soap) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/xml; charset=utf-8")
                .end(io.vertx.core.buffer.Buffer.buffer(soap));
    }

    private static String unquote(String s) {
        if (s == null) return null;
        String t = s.trim();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
