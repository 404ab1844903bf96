package nl.iwmohub.ggk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sender: an accepted envelope moves to the sent folder; one the GGk did not accept stays and is posted again
 * unchanged (at the GGk: a retransmission, not a second message); one whose identical copy is in the sent folder
 * (written again after a stop) is not posted again.
 */
class GgkSenderTest {
    private static final byte[] PAYLOAD = "<a/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void anAcceptedEnvelopeMovesToSent(@TempDir Path temp) throws Exception {
        try (TestGgk ggk = new TestGgk()) {
            Path file = write(temp, "Di01_WMO301_1.xml", TestEnvelopes.di01(UUID.randomUUID().toString(), "WMO301", "0109",
                    "12345678", PAYLOAD));
            assertEquals(1, sender(temp, ggk.endpoint()).sendPending());
            assertFalse(Files.exists(file));
            assertTrue(Files.isRegularFile(temp.resolve("sent/12345678/Di01_WMO301_1.xml")));
            assertEquals(1, ggk.delivered().size());
        }
    }

    @Test
    void whatWasNotAcceptedIsPostedAgainUnchangedAndIsARetransmissionAtTheGgk(@TempDir Path temp) throws Exception {
        byte[] envelope = TestEnvelopes.di01(UUID.randomUUID().toString(), "WMO301", "0109", "12345678", PAYLOAD);
        Path file = write(temp, "Di01_WMO301_1.xml", envelope);
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        assertEquals(0, sender(temp, URI.create("http://127.0.0.1:" + closed + "/ggk")).sendPending());
        assertArrayEquals(envelope, Files.readAllBytes(file), "kept in the outbox, unchanged");
        try (TestGgk ggk = new TestGgk()) {
            // the GGk got it once already (its answer was lost): the same bytes again
            GgkSender sender = sender(temp, ggk.endpoint());
            assertEquals(1, sender.sendPending());
            write(temp, "Di01_WMO301_2.xml", envelope);
            assertEquals(1, sender.sendPending());
            assertEquals(1, ggk.delivered().size(), "one message");
            assertEquals(1, ggk.retransmissions());
            assertEquals(java.util.List.of(), ggk.conflicts());
        }
    }

    @Test
    void anEnvelopeWhoseCopyIsInSentIsNotPostedAgain(@TempDir Path temp) throws Exception {
        try (TestGgk ggk = new TestGgk()) {
            byte[] envelope = TestEnvelopes.di01(UUID.randomUUID().toString(), "WMO301", "0109", "12345678", PAYLOAD);
            GgkSender sender = sender(temp, ggk.endpoint());
            write(temp, "Di01_WMO301_1.xml", envelope);
            assertEquals(1, sender.sendPending());
            Path again = write(temp, "Di01_WMO301_1.xml", envelope);   // the outbox wrote it again after a stop
            assertEquals(0, sender.sendPending());
            assertFalse(Files.exists(again), "removed from the outbox");
            assertEquals(0, ggk.retransmissions(), "not posted again");
            try (var sent = Files.list(temp.resolve("sent/12345678"))) {
                assertEquals(1, sent.count(), "one copy in sent");
            }
        }
    }

    private static GgkSender sender(Path temp, URI endpoint) {
        return new GgkSender(temp.resolve("outbox"), temp.resolve("sent"), endpoint, HttpClient.newHttpClient());
    }

    private static Path write(Path temp, String name, byte[] envelope) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("outbox/12345678"));
        return Files.write(dir.resolve(name), envelope);
    }
}
