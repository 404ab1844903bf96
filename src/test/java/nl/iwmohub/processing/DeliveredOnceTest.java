package nl.iwmohub.processing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import nl.iwmohub.store.BerichtStore;
import nl.iwmohub.support.TestHub;
import nl.iwmohub.verdict.Outcome;
import nl.iwmohub.verdict.ProcessingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WMO301 that the back office handed as OP192 asks (CR LF) is delivered unchanged, and its bytes are stored
 * once: the sent message refers to the received one (V12). One with LF only is delivered normalised, so its
 * two forms are both kept. Either way the delivered file, the stored bytes as read back, and what is written again
 * after a stop between commit and outbox are the same.
 */
class DeliveredOnceTest {
    @TempDir
    Path temp;

    @Test
    void aWmo301DeliveredUnchangedIsStoredOnceAndReadBackWhole() throws Exception {
        String lf = Files.readString(Path.of("test-messages/xsd/valid/WMO301.xml"), StandardCharsets.UTF_8).replace("\r\n", "\n");
        byte[] crlf = lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] lfOnly = lf.replace("TW-2026-0042", "TW-2026-0043").getBytes(StandardCharsets.UTF_8);
        try (TestHub hub = new TestHub(temp, "2026-11-15")) {
            ProcessingResult unchanged = hub.process("crlf.xml", new String(crlf, StandardCharsets.UTF_8));
            ProcessingResult normalised = hub.process("lf.xml", new String(lfOnly, StandardCharsets.UTF_8));
            assertEquals(Outcome.ACCEPTED, unchanged.outcome());
            assertEquals(Outcome.ACCEPTED, normalised.outcome());
            byte[] delivered = hub.outgoing(relative(unchanged));
            assertArrayEquals(crlf, delivered, "delivered unchanged");
            byte[] deliveredNormalised = hub.outgoing(relative(normalised));
            assertArrayEquals(lf.replace("TW-2026-0042", "TW-2026-0043").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),
                    deliveredNormalised, "delivered with CR LF (OP192)");

            List<Object[]> sent = hub.runtime.database().inTransaction(c -> {
                List<Object[]> rows = new java.util.ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT b.id, OCTET_LENGTH(b.inhoud), b.inhoud_van, b.antwoord_op, "
                        + BerichtStore.INHOUD + " FROM bericht b WHERE b.richting = 'UIT' AND b.bericht_type = 'WMO301' ORDER BY b.id");
                     ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(new Object[] {r.getLong(1), r.getLong(2), r.getObject(3), r.getLong(4), r.getBytes(5)});
                    }
                }
                return rows;
            });
            assertEquals(2, sent.size());
            assertEquals(0L, sent.get(0)[1], "the unchanged delivery keeps no bytes of its own");
            assertEquals(((Number) sent.get(0)[3]).longValue(), ((Number) sent.get(0)[2]).longValue(), "it refers to the received message");
            assertArrayEquals(crlf, (byte[]) sent.get(0)[4], "read back whole");
            assertNull(sent.get(1)[2], "the normalised delivery keeps its own bytes");
            assertArrayEquals(deliveredNormalised, (byte[]) sent.get(1)[4]);

            // a stop between commit and outbox: the same input again writes the delivery from the stored bytes
            Files.delete(temp.resolve("outbox").resolve(relative(unchanged)));
            hub.runtime.database().inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement("UPDATE bericht SET geschreven_op = NULL WHERE id = ?")) {
                    s.setLong(1, (Long) sent.get(0)[0]);
                    return s.executeUpdate();
                }
            });
            ProcessingResult again = hub.process("crlf.xml", new String(crlf, StandardCharsets.UTF_8));
            assertEquals(Outcome.DUPLICATE, again.outcome());
            assertArrayEquals(crlf, hub.outgoing(relative(unchanged)), "written again whole");
        }
    }

    private static String relative(ProcessingResult r) {
        return r.outgoing().get(0).partij() + "/" + r.outgoing().get(0).bestandsnaam();
    }
}
