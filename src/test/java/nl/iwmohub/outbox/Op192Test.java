package nl.iwmohub.outbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.iwmohub.support.TestHub;
import nl.iwmohub.support.XmlAssert;
import nl.iwmohub.verdict.Outcome;
import nl.iwmohub.verdict.Outgoing;
import nl.iwmohub.verdict.ProcessingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OP192: everything the hub sends is XML 1.0, UTF-8 without BOM, CR LF; what cannot be made so is refused. */
class Op192Test {
    private static final Path WMO301 = Path.of("test-messages/scenarios/01-foundation-flow/in/01-wmo301-toewijzing.xml");
    private static final Path WMO305 = Path.of("test-messages/scenarios/01-foundation-flow/in/03-wmo305-start-zorg.xml");

    @Test
    void utf16WithBomBecomesUtf8WithoutBomAndCrLf() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<a>\u00e9\r\n<b/>\r</a>\n";
        byte[] utf16 = withBom(xml, StandardCharsets.UTF_16LE, 0xFF, 0xFE);
        byte[] out = Op192.normalise(utf16);
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a>\u00e9\r\n<b/>\r\n</a>\r\n",
                new String(out, StandardCharsets.UTF_8));
        assertEquals('<', out[0], "no BOM");
        assertArrayEquals(out, Op192.normalise(withBom(xml, StandardCharsets.UTF_16BE, 0xFE, 0xFF)), "big endian alike");
    }

    @Test
    void utf8BomIsDroppedAndDeclaredEncodingsAreDecoded() {
        byte[] bom = withBom("<?xml version=\"1.0\"?>\n<a/>", StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF);
        assertEquals("<?xml version=\"1.0\"?>\r\n<a/>", new String(Op192.normalise(bom), StandardCharsets.UTF_8));
        byte[] latin1 = "<?xml version='1.0' encoding='ISO-8859-1'?>\n<a>\u00e9</a>".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("<?xml version='1.0' encoding='UTF-8'?>\r\n<a>\u00e9</a>",
                new String(Op192.normalise(latin1), StandardCharsets.UTF_8));
    }

    @Test
    void aMessageInTheRightFormIsLeftAlone() {
        byte[] ok = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a>\u00e9</a>\r\n".getBytes(StandardCharsets.UTF_8);
        assertSame(ok, Op192.normalise(ok));
        assertNull(Op192.refusal(ok));
    }

    @Test
    void xml11AndBytesThatAreNoTextAreRefusedWithTheReason() {
        String xml11 = Op192.refusal("<?xml version=\"1.1\"?><a/>".getBytes(StandardCharsets.UTF_8));
        assertNotNull(xml11);
        assertTrue(xml11.contains("XML 1.1"), xml11);
        byte[] bad = {'<', 'a', '>', (byte) 0xC3, (byte) 0x28, '<', '/', 'a', '>'};
        assertThrows(IllegalArgumentException.class, () -> Op192.normalise(bad));
        assertTrue(Op192.refusal("<?xml version=\"1.0\" encoding=\"X-NONE\"?><a/>".getBytes(StandardCharsets.UTF_8))
                .contains("X-NONE"));
    }

    /** The back office hands a WMO301 in UTF-16 with a BOM: it is delivered in UTF-8 without BOM, CR LF, same XML. */
    @Test
    void aUtf16Wmo301IsDeliveredNormalisedAndTheAnswersAreCrLf(@TempDir Path temp) throws Exception {
        String text = Files.readString(WMO301, StandardCharsets.UTF_8).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        try (TestHub hub = new TestHub(temp, "2026-11-15")) {
            ProcessingResult r = hub.runtime.process("wmo301-utf16.xml", withBom(text, StandardCharsets.UTF_16BE, 0xFE, 0xFF));
            assertEquals(Outcome.ACCEPTED, r.outcome(), r.reason());
            Outgoing delivered = r.outgoing().get(0);
            byte[] written = hub.outgoing(delivered.partij() + "/" + delivered.bestandsnaam());
            assertArrayEquals(delivered.inhoud(), written, "stored as written");
            assertOp192(written);
            XmlAssert.assertSameContent(Files.readString(WMO301, StandardCharsets.UTF_8), new String(written, StandardCharsets.UTF_8),
                    "the same toewijzing");
            ProcessingResult start = hub.process(WMO305);
            Outgoing retour = start.outgoing().get(0);
            assertOp192(hub.outgoing(retour.partij() + "/" + retour.bestandsnaam()));
        }
    }

    @Test
    void anXml11Wmo301IsQuarantinedWithTheReasonAndNotDelivered(@TempDir Path temp) throws Exception {
        String text = Files.readString(WMO301, StandardCharsets.UTF_8).replace("version=\"1.0\"", "version=\"1.1\"");
        try (TestHub hub = new TestHub(temp, "2026-11-15")) {
            ProcessingResult r = hub.process("wmo301-xml11.xml", text);
            assertEquals(Outcome.QUARANTINED, r.outcome());
            assertTrue(r.reason().contains("OP192") && r.reason().contains("XML 1.1"), r.reason());
            assertEquals(List.of(), r.outgoing());
            assertFalse(Files.exists(temp.resolve("outbox/12345678")), "nothing delivered");
        }
    }

    private static void assertOp192(byte[] b) {
        assertEquals('<', b[0], "no BOM");
        String s = new String(b, StandardCharsets.UTF_8);
        assertTrue(s.startsWith("<?xml version=\"1.0\""), "XML 1.0");
        assertTrue(s.contains("\r\n"), "CR LF");
        assertFalse(s.replace("\r\n", "").contains("\n") || s.replace("\r\n", "").contains("\r"), "every line end CR LF");
        assertArrayEquals(b, s.getBytes(StandardCharsets.UTF_8), "UTF-8");
    }

    private static byte[] withBom(String text, Charset charset, int... bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b : bom) out.write(b);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }
}
