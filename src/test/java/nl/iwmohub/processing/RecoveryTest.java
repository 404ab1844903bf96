package nl.iwmohub.processing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.stream.Stream;
import nl.iwmohub.support.TestHub;
import nl.iwmohub.verdict.Outcome;
import nl.iwmohub.verdict.ProcessingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored outcome always gets its outgoing message exactly once: when the hub stopped after the commit but
 * before the outbox file was written (or before it was marked written), the same input arriving again
 * writes what is missing and nothing twice.
 */
class RecoveryTest {
    @TempDir
    Path temp;

    @Test
    void answerLostBetweenCommitAndOutboxIsWrittenWhenTheInputComesAgain() throws Exception {
        byte[] raw = Files.readAllBytes(Path.of("test-messages/xsd/valid/WMO305.xml"));
        try (TestHub hub = new TestHub(temp, "2026-11-15")) {
            // the toewijzingen the start refers to (TR019)
            hub.runtime.process("toewijzing.xml", Files.readAllBytes(Path.of("test-messages/xsd/valid/WMO301.xml")));
            ProcessingResult first = hub.runtime.process("start.xml", raw);
            assertEquals(Outcome.ACCEPTED, first.outcome());
            String relative = first.outgoing().get(0).partij() + "/" + first.outgoing().get(0).bestandsnaam();
            byte[] answer = hub.outgoing(relative);

            // the hub stopped after the commit, before the file was written
            Files.delete(temp.resolve("outbox").resolve(relative));
            forgetWritten(hub);
            ProcessingResult again = hub.runtime.process("start.xml", raw);
            assertEquals(Outcome.DUPLICATE, again.outcome());
            assertEquals(1, again.outgoing().size());
            assertArrayEquals(answer, hub.outgoing(relative), "the same answer, written once");

            // the hub stopped after the rename, before the mark: no second copy
            forgetWritten(hub);
            hub.runtime.process("start.xml", raw);
            assertEquals(List.of(relative.substring(relative.indexOf('/') + 1)), outboxFiles(hub));

            // written and marked: a further delivery has no effect at all
            ProcessingResult fourth = hub.runtime.process("start.xml", raw);
            assertEquals(Outcome.DUPLICATE, fourth.outcome());
            assertEquals(0, fourth.outgoing().size());
            assertEquals(1, outboxFiles(hub).size());
        }
    }

    private static void forgetWritten(TestHub hub) {
        hub.runtime.database().inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE bericht SET geschreven_op = NULL WHERE richting = 'UIT'")) {
                return s.executeUpdate();
            }
        });
    }

    private static List<String> outboxFiles(TestHub hub) throws Exception {
        try (Stream<Path> files = Files.list(hub.root.resolve("outbox/12345678"))) {
            // the answers to the start; the delivered toewijzing it refers to is not under test here
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("WMO301_")).sorted().toList();
        }
    }
}
