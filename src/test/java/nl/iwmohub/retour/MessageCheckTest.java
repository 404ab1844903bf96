package nl.iwmohub.retour;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.read.BerichtReader;
import nl.iwmohub.read.Schemas;
import nl.iwmohub.rules.Registry;
import org.junit.jupiter.api.Test;

/** An outgoing message that breaks the XSD or a rule inside the message is an internal error, never sent. */
class MessageCheckTest {
    private final MessageCheck check = new MessageCheck(new BerichtReader(new Schemas(), 1 << 26, 100),
            Registry.standard(), Clock.systemDefaultZone());

    private static byte[] wmo325(String from, String to) throws Exception {
        String xml = Files.readString(Path.of("test-messages/xsd/valid/WMO325.xml"), StandardCharsets.UTF_8);
        return xml.replaceFirst(from, to).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void validAnswerPasses() throws Exception {
        assertDoesNotThrow(() -> check.checkOutgoing(BerichtType.WMO325, wmo325("x", "x")));
    }

    @Test
    void answerBreakingARuleIsAnInternalError() throws Exception {
        var e = assertThrows(IllegalStateException.class,
                () -> check.checkOutgoing(BerichtType.WMO325, wmo325("<wmo325:Bsn>999990019<", "<wmo325:Bsn>123456789<")));
        assertTrue(e.getMessage().contains("CS002"), e.getMessage());
    }

    @Test
    void answerBreakingTheXsdIsAnInternalError() throws Exception {
        var e = assertThrows(IllegalStateException.class,
                () -> check.checkOutgoing(BerichtType.WMO325, wmo325("<wmo325:BerichtCode>485<", "<wmo325:BerichtCode>999<")));
        assertTrue(e.getMessage().contains("XSD"), e.getMessage());
    }
}
