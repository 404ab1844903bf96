package nl.iwmohub.ggk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.iwmohub.support.TestHub;
import nl.iwmohub.verdict.Outcome;
import nl.iwmohub.verdict.Outgoing;
import nl.iwmohub.verdict.ProcessingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Envelopes that arrive as files: a Di01 is validated, its payload decoded and processed as a bare file, its
 * envelope stored; each refusal gets its Fo01 (StUF055: functie not the payload's, not base64, payload not valid
 * under its XSD; IB007: over 25 MB), an envelope that fails our XSD is quarantined unanswered, a WMO325 is sent
 * once per WMO323, and an Fo01 about one of the hub's messages marks that message not delivered.
 */
class GgkInboundTest {
    private static final Path FLOW = Path.of("test-messages/scenarios/01-foundation-flow/in");
    private static final Path XSD_INVALID = Path.of("test-messages/scenarios/05-xsd-invalid/in");
    private static final GgkSchema SCHEMA = new GgkSchema();
    private static final EnvelopeReader READER = new EnvelopeReader(SCHEMA);

    @Test
    void aDi01IsProcessedAsItsPayloadAndAnsweredInADu01(@TempDir Path temp) throws Exception {
        try (TestHub hub = ggkHub(temp)) {
            hub.process(FLOW.resolve("01-wmo301-toewijzing.xml"));
            byte[] payload = Files.readAllBytes(FLOW.resolve("03-wmo305-start-zorg.xml"));
            String ref = UUID.randomUUID().toString();
            ProcessingResult r = hub.runtime.process("di01.xml", TestEnvelopes.di01(ref, "WMO305", "12345678", "0109", payload));
            assertEquals(Outcome.ACCEPTED, r.outcome(), r.reason());
            Envelope du01 = sent(hub, r.outgoing().get(0));
            assertEquals("Du01", du01.berichtcode());
            assertEquals(ref, du01.crossRefnummer(), "answers the Di01");
            assertEquals("WMO306", du01.functie());
            try (Connection c = hub.runtime.database().dataSource().getConnection();
                 PreparedStatement s = c.prepareStatement("SELECT e.zender_organisatie, e.ontvanger_organisatie, e.functie,"
                         + " e.applicatie_versie, e.functie_versie, b.bericht_type, b.uitkomst FROM envelop e JOIN bericht b"
                         + " ON b.sha256 = e.payload_sha256 AND b.richting = 'IN' WHERE e.richting = 'IN' AND e.referentienummer = ?")) {
                s.setString(1, ref);
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next(), "the envelope is stored with its message");
                    assertEquals(List.of("12345678", "0109", "WMO305", "0007", "0003", "WMO305", "ACCEPTED"),
                            List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                    rs.getString(6), rs.getString(7)));
                }
            }
        }
    }

    @Test
    void aFunctieThatIsNotThePayloadsIsRefusedWithStuf055(@TempDir Path temp) throws Exception {
        try (TestHub hub = ggkHub(temp)) {
            byte[] envelope = TestEnvelopes.di01(UUID.randomUUID().toString(), "WMO307", "12345678", "0109",
                    Files.readAllBytes(FLOW.resolve("03-wmo305-start-zorg.xml")));
            assertStuf055(hub, envelope, "functie is WMO307 but the payload is a WMO305", "WMO307-00070003");
        }
    }

    @Test
    void aPayloadThatIsNotBase64IsRefusedWithStuf055(@TempDir Path temp) throws Exception {
        try (TestHub hub = ggkHub(temp)) {
            byte[] envelope = Files.readAllBytes(Path.of("test-messages/ggk/invalid/di01-not-base64.xml"));
            assertStuf055(hub, envelope, "not base64", "WMO305-00070003");
        }
    }

    @Test
    void anXsdInvalidPayloadGetsAnFo01InsteadOfTheTextNotice(@TempDir Path temp) throws Exception {
        try (TestHub hub = ggkHub(temp)) {
            Path invalid = XSD_INVALID.resolve("01-wmo305-missing-begindatum.xml");
            String functie = "WMO305";
            byte[] envelope = TestEnvelopes.di01(UUID.randomUUID().toString(), functie, "12345678", "0109",
                    Files.readAllBytes(invalid));
            ProcessingResult r = assertStuf055(hub, envelope, "cvc-", functie + "-00070003");
            assertFalse(r.outgoing().stream().anyMatch(o -> o.berichtType().equals("FOUTMELDING")), "no text notice");
        }
    }

    @Test
    void anEnvelopeOver25MbIsRefusedWithIb007(@TempDir Path temp) throws Exception {
        try (TestHub hub = ggkHub(temp)) {
            byte[] big = new byte[18_800_000];
            String ref = UUID.randomUUID().toString();
            byte[] envelope = TestEnvelopes.envelope("Di01", ref, null, "WMO323", "12345678", "0109",
                    Base64.getEncoder().encodeToString(big));
            assertTrue(envelope.length > Ggk.MAX_ENVELOPE_BYTES);
            ProcessingResult r = hub.runtime.process("big.xml", envelope);
            assertEquals(Outcome.QUARANTINED, r.outcome(), "kept in the rejected folder");
            Envelope fo01 = fo01Of(hub, r);
            assertEquals("IB007", fo01.foutcode());
            assertEquals(ref, fo01.crossRefnummer());
        }
    }

    @Test
    void anEnvelopeThatFailsOurXsdIsQuarantinedUnanswered(@TempDir Path temp) throws Exception {
        try (TestHub hub = ggkHub(temp)) {
            ProcessingResult r = hub.process(Path.of("test-messages/ggk/invalid/di01-uppercase-uuid.xml"));
            assertEquals(Outcome.QUARANTINED, r.outcome());
            assertTrue(r.reason().contains("ggk0210 XSD"), r.reason());
            assertTrue(String.join(" ", r.details()).contains("cvc-pattern-valid"), r.details().toString());
            assertEquals(List.of(), r.outgoing());
        }
    }

    @Test
    void aWmo325IsSentOncePerWmo323EvenInASecondEnvelope(@TempDir Path temp) throws Exception {
        try (TestHub hub = ggkHub(temp)) {
            for (String f : List.of("01-wmo301-toewijzing.xml", "03-wmo305-start-zorg.xml", "04-wmo307-stop-zorg.xml")) {
                hub.process(FLOW.resolve(f));
            }
            byte[] payload = Files.readAllBytes(FLOW.resolve("05-wmo323-declaratie.xml"));
            byte[] first = TestEnvelopes.di01(UUID.randomUUID().toString(), "WMO323", "12345678", "0109", payload);
            List<Outgoing> sent = new ArrayList<>(hub.runtime.process("a.xml", first).outgoing());
            sent.addAll(hub.runtime.process("b.xml", first).outgoing());
            byte[] again = TestEnvelopes.di01(UUID.randomUUID().toString(), "WMO323", "12345678", "0109", payload);
            ProcessingResult third = hub.runtime.process("c.xml", again);
            sent.addAll(third.outgoing());
            assertEquals(Outcome.DUPLICATE, third.outcome(), third.reason());
            assertEquals(1, sent.stream().filter(o -> o.berichtType().equals("WMO325")).count(), "one WMO325: " + sent);
            try (var files = Files.list(temp.resolve("outbox/12345678"))) {
                assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("Du01_WMO325")).count());
            }
        }
    }

    @Test
    void aReferentienummerUsedAgainForOtherContentIsQuarantinedUnanswered(@TempDir Path temp) throws Exception {
        try (TestHub hub = ggkHub(temp)) {
            hub.process(FLOW.resolve("01-wmo301-toewijzing.xml"));
            String ref = UUID.randomUUID().toString();
            hub.runtime.process("a.xml", TestEnvelopes.di01(ref, "WMO305", "12345678", "0109",
                    Files.readAllBytes(FLOW.resolve("03-wmo305-start-zorg.xml"))));
            ProcessingResult r = hub.runtime.process("b.xml", TestEnvelopes.di01(ref, "WMO307", "12345678", "0109",
                    Files.readAllBytes(FLOW.resolve("04-wmo307-stop-zorg.xml"))));
            assertEquals(Outcome.QUARANTINED, r.outcome());
            assertTrue(r.reason().contains("received before with another payload"), r.reason());
            assertEquals(List.of(), r.outgoing());
        }
    }

    @Test
    void anIdenticalRepeatIsARetransmissionAcknowledgedButNotProcessedOrAnsweredAgain(@TempDir Path temp) throws Exception {
        try (TestHub hub = ggkHub(temp)) {
            hub.process(FLOW.resolve("01-wmo301-toewijzing.xml"));
            byte[] di01 = TestEnvelopes.di01(UUID.randomUUID().toString(), "WMO305", "12345678", "0109",
                    Files.readAllBytes(FLOW.resolve("03-wmo305-start-zorg.xml")));
            ProcessingResult first = hub.runtime.process("a.xml", di01);
            assertEquals(Outcome.ACCEPTED, first.outcome(), first.reason());
            long products = count(hub, "SELECT COUNT(*) FROM start_product");
            ProcessingResult again = hub.runtime.process("b.xml", di01);
            assertEquals(Outcome.DUPLICATE, again.outcome(), again.reason());
            assertTrue(again.reason().startsWith("retransmission of Di01 ") && again.reason().contains("not processed or"
                    + " answered again"), again.reason());
            assertEquals(List.of(), again.outgoing(), "not answered again");
            try (var files = Files.list(temp.resolve("outbox/12345678"))) {
                assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("Du01_WMO306")).count());
            }
            assertEquals(products, count(hub, "SELECT COUNT(*) FROM start_product"), "the start's products stored once");
            assertEquals(1, count(hub, "SELECT COUNT(*) FROM bericht WHERE richting = 'IN' AND uitkomst = 'DUPLICATE'"
                    + " AND antwoord_op = (SELECT MIN(id) FROM bericht WHERE richting = 'IN' AND bericht_type = 'WMO305')"),
                    "the receipt of the repeat is stored, linked to the original");
        }
    }

    @Test
    void aRefusedEnvelopeRepeatedInOtherBytesGetsNoSecondFo01(@TempDir Path temp) throws Exception {
        try (TestHub hub = ggkHub(temp)) {
            byte[] di01 = TestEnvelopes.di01(UUID.randomUUID().toString(), "WMO305", "12345678", "0109",
                    Files.readAllBytes(XSD_INVALID.resolve("01-wmo305-missing-begindatum.xml")));
            ProcessingResult first = hub.runtime.process("a.xml", di01);
            assertEquals(1, first.outgoing().size(), "the Fo01 StUF055");
            // the same envelope as another transport may carry it: other bytes, same key and payload
            byte[] reserialised = new String(di01, StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*>\r\n", "")
                    .getBytes(StandardCharsets.UTF_8);
            ProcessingResult again = hub.runtime.process("b.xml", reserialised);
            assertEquals(Outcome.DUPLICATE, again.outcome(), again.reason());
            assertTrue(again.reason().startsWith("retransmission"), again.reason());
            assertEquals(List.of(), again.outgoing(), "no second Fo01");
        }
    }

    @Test
    void theSameReferentienummerOfAnotherApplicatieIsAnotherMessage(@TempDir Path temp) throws Exception {
        try (TestHub hub = ggkHub(temp)) {
            hub.process(FLOW.resolve("01-wmo301-toewijzing.xml"));
            String ref = UUID.randomUUID().toString();
            hub.runtime.process("a.xml", TestEnvelopes.di01(ref, "WMO305", "12345678", "0109",
                    Files.readAllBytes(FLOW.resolve("03-wmo305-start-zorg.xml"))));
            byte[] other = new String(TestEnvelopes.di01(ref, "WMO307", "12345678", "0109",
                    Files.readAllBytes(FLOW.resolve("04-wmo307-stop-zorg.xml"))), StandardCharsets.UTF_8)
                    .replace("ZorgAdminPro", "ZorgAdminLite").getBytes(StandardCharsets.UTF_8);
            ProcessingResult r = hub.runtime.process("b.xml", other);
            assertEquals(Outcome.ACCEPTED, r.outcome(), "the key is (organisatie, applicatie, referentienummer): " + r.reason());
            assertEquals("WMO308", r.outgoing().get(0).berichtType());
        }
    }

    @Test
    void anFo01RepeatedIsRecordedOnce(@TempDir Path temp) throws Exception {
        try (TestHub hub = ggkHub(temp)) {
            ProcessingResult toewijzing = hub.process(FLOW.resolve("01-wmo301-toewijzing.xml"));
            Envelope di01 = sent(hub, toewijzing.outgoing().get(0));
            byte[] fo01 = TestEnvelopes.fo01("IB103", "IB", di01.referentienummer());
            assertEquals(Outcome.RECORDED, hub.runtime.process("fo01.xml", fo01).outcome());
            ProcessingResult again = hub.runtime.process("fo01-again.xml", fo01);
            assertEquals(Outcome.DUPLICATE, again.outcome(), again.reason());
            assertEquals(1, count(hub, "SELECT COUNT(*) FROM bericht WHERE richting = 'IN' AND bericht_type = 'Fo01'"
                    + " AND uitkomst <> 'DUPLICATE'"), "one Fo01 recorded");
        }
    }

    @Test
    void anFo01AboutAMessageOfTheHubMarksItNotDelivered(@TempDir Path temp) throws Exception {
        try (TestHub hub = ggkHub(temp)) {
            ProcessingResult toewijzing = hub.process(FLOW.resolve("01-wmo301-toewijzing.xml"));
            Outgoing delivered = toewijzing.outgoing().get(0);
            Envelope di01 = sent(hub, delivered);
            ProcessingResult r = hub.runtime.process("fo01.xml", TestEnvelopes.fo01("IB103", "IB", di01.referentienummer()));
            assertEquals(Outcome.RECORDED, r.outcome(), r.reason());
            assertTrue(r.reason().contains("temporarily blocked") && r.reason().contains("send again later"), r.reason());
            assertEquals("NOT_DELIVERED", uitkomst(hub, delivered.storeId()));
            assertEquals(List.of(), r.outgoing(), "an Fo01 is never answered");

            ProcessingResult unknown = hub.runtime.process("fo01-x.xml",
                    TestEnvelopes.fo01("IB007", "IB", UUID.randomUUID().toString()));
            assertEquals(Outcome.QUARANTINED, unknown.outcome());
            assertTrue(unknown.reason().contains("25 MB") && unknown.reason().contains("BIDN list"), unknown.reason());
        }
    }

    private static ProcessingResult assertStuf055(TestHub hub, byte[] envelope, String reason, String details) throws Exception {
        ProcessingResult r = hub.runtime.process("refused.xml", envelope);
        assertEquals(Outcome.XSD_INVALID, r.outcome(), r.reason());
        assertEquals(1, r.outgoing().size(), r.outgoing().toString());
        Envelope fo01 = fo01Of(hub, r);
        assertEquals("StUF055", fo01.foutcode());
        assertEquals("client", fo01.foutplek());
        assertTrue(fo01.foutomschrijving().startsWith("Berichtbody is niet conform schema in sectormodel: "), fo01.foutomschrijving());
        assertTrue(fo01.foutomschrijving().length() <= 200);
        assertTrue(String.join(" ", r.details()).contains(reason), r.details() + " should name " + reason);
        assertEquals(details, fo01.foutdetails());
        Envelope refused = READER.read(envelope) instanceof Inbound.Refused x ? x.envelope()
                : ((Inbound.Unwrapped) READER.read(envelope)).envelope();
        assertEquals(refused.referentienummer(), fo01.crossRefnummer());
        assertEquals("12345678", fo01.ontvangerOrganisatie());
        assertEquals("0109", fo01.zenderOrganisatie());
        String text = new String(hub.outgoing(r.outgoing().get(0).partij() + "/" + r.outgoing().get(0).bestandsnaam()),
                StandardCharsets.UTF_8);
        assertTrue(text.contains(Ggk.DI01 + " "), "the original envelope in detailsXML");
        assertTrue(text.contains(refused.referentienummer() + "</"), "with its referentienummer");
        assertEquals(List.of(), r.outgoing().stream().filter(o -> o.berichtType().startsWith("WMO")).toList(), "no retour");
        return r;
    }

    private static Envelope fo01Of(TestHub hub, ProcessingResult r) throws Exception {
        Outgoing o = r.outgoing().get(0);
        assertEquals("Fo01", o.berichtType());
        byte[] written = hub.outgoing(o.partij() + "/" + o.bestandsnaam());
        assertArrayEquals(o.inhoud(), written);
        assertEquals(List.of(), SCHEMA.validate(written), "the Fo01 is valid under our XSD");
        return ((Inbound.ReceivedFo01) READER.read(written)).envelope();
    }

    private static Envelope sent(TestHub hub, Outgoing o) throws Exception {
        byte[] written = hub.outgoing(o.partij() + "/" + Ggk.berichtcodeFor(o.berichtType()) + "_" + o.bestandsnaam());
        return ((Inbound.Unwrapped) READER.read(written)).envelope();
    }

    private static String uitkomst(TestHub hub, long id) throws Exception {
        try (Connection c = hub.runtime.database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT uitkomst FROM bericht WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long count(TestHub hub, String sql) throws Exception {
        try (Connection c = hub.runtime.database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static TestHub ggkHub(Path temp) throws Exception {
        return new TestHub(temp, "2026-11-15", Map.of("iwmo.transport", "ggk"));
    }
}
