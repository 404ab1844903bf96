package nl.iwmohub.ggk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.iwmohub.support.TestHub;
import nl.iwmohub.verdict.Outgoing;
import nl.iwmohub.verdict.ProcessingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * iwmo.transport=ggk on the bare inputs of scenario 01: every message the hub sends is written in its envelope
 * (Di01 for the delivered WMO301, Du01 for the WMO306, WMO308 and WMO325), each valid under our XSD, with new
 * lowercase UUID v4 referentienummers, strictly increasing tijdstipBericht, zender the gemeente and the hub,
 * functie and versions from the payload; the payload is byte for byte what the bare-file transport writes.
 */
class GgkOutboundTest {
    private static final Path IN = Path.of("test-messages/scenarios/01-foundation-flow/in");
    private static final GgkSchema SCHEMA = new GgkSchema();

    @Test
    void everyOutgoingMessageLeavesInItsEnvelopeWithThePayloadOfTheBareTransport(@TempDir Path temp) throws Exception {
        List<Outgoing> bare = run(temp.resolve("bestand"), "bestand");
        List<Outgoing> wrapped = run(temp.resolve("ggk"), "ggk");
        assertEquals(bare.size(), wrapped.size());
        Path outbox = temp.resolve("ggk/outbox");
        EnvelopeReader reader = new EnvelopeReader(SCHEMA);
        Set<String> referenties = new HashSet<>();
        String lastTijdstip = "";
        List<String> functies = new ArrayList<>();
        for (int i = 0; i < bare.size(); i++) {
            Outgoing b = bare.get(i);
            if (!b.berichtType().startsWith("WMO")) continue;
            String code = Ggk.berichtcodeFor(b.berichtType());
            byte[] envelope = Files.readAllBytes(outbox.resolve(b.partij()).resolve(code + "_" + b.bestandsnaam()));
            assertEquals(List.of(), SCHEMA.validate(envelope), b.bestandsnaam());
            Inbound.Unwrapped u = (Inbound.Unwrapped) reader.read(envelope);
            Envelope e = u.envelope();
            assertArrayEquals(b.inhoud(), u.payload(), "the payload is the bare transport's file: " + b.bestandsnaam());
            assertArrayEquals(Files.readAllBytes(temp.resolve("bestand/outbox").resolve(b.partij()).resolve(b.bestandsnaam())),
                    u.payload(), "and the bare file written");
            assertEquals(code, e.berichtcode());
            assertEquals(b.berichtType(), e.functie());
            assertEquals("0109", e.zenderOrganisatie());
            assertEquals("iwmo-hub", e.zenderApplicatie());
            assertEquals("12345678", e.ontvangerOrganisatie());
            assertEquals("GGk", e.ontvangerApplicatie());
            assertEquals("0001", e.applicatieVersie());
            assertEquals("0000", e.applicatieSubversie());
            assertEquals("0003", e.functieVersie());
            assertEquals("0002", e.functieSubversie());
            assertTrue(e.referentienummer().matches(Ggk.UUID_V4), e.referentienummer());
            assertTrue(referenties.add(e.referentienummer()), "new referentienummer");
            assertEquals(17, e.tijdstipBericht().length());
            assertTrue(e.tijdstipBericht().compareTo(lastTijdstip) > 0, "strictly increasing tijdstipBericht");
            lastTijdstip = e.tijdstipBericht();
            if (code.equals("Du01")) {
                assertTrue(e.crossRefnummer().matches(Ggk.UUID_V4), e.crossRefnummer());
                assertTrue(referenties.add(e.crossRefnummer()), "each answer refers to its own input");
            } else {
                assertNull(e.crossRefnummer());
            }
            functies.add(e.berichtcode() + " " + e.functie());
        }
        assertEquals(List.of("Di01 WMO301", "Du01 WMO306", "Du01 WMO308", "Du01 WMO325"), functies);
        try (Stream<Path> files = Files.list(outbox.resolve("12345678"))) {
            assertEquals(4, files.count(), "only envelopes, no bare copy");
        }
    }

    private static List<Outgoing> run(Path root, String transport) throws Exception {
        List<Outgoing> all = new ArrayList<>();
        try (TestHub hub = new TestHub(root, "2026-11-15", Map.of("iwmo.transport", transport))) {
            try (Stream<Path> files = Files.list(IN)) {
                for (Path p : files.sorted().toList()) {
                    ProcessingResult r = hub.process(p);
                    all.addAll(r.outgoing());
                }
            }
        }
        return all;
    }
}
