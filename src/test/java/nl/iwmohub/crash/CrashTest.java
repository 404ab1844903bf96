package nl.iwmohub.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.iwmohub.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real hub process (SIGKILL) at random moments while it works through a stream of messages,
 * 20 times, then lets a last one finish. Every input must end processed exactly once: archived or
 * rejected once, its answer written once, its state and outcome stored once; no answer without a stored
 * outcome and no stored outcome without its answer. Time-bounded: about a minute on 2 cores.
 */
class CrashTest {
    private static final int MESSAGES = 240;
    private static final int KILLS = 20;

    @TempDir
    Path temp;

    @Test
    void everyInputIsProcessedExactlyOnceAcrossKills() throws Exception {
        TestDatabase database = TestDatabase.fresh(temp.resolve("db"));
        CrashHarness crash = new CrashHarness(temp, database.location(), "bestand", List.of());
        Map<String, String> expected = crash.writeStream(MESSAGES, UnaryOperator.identity());
        crash.killRepeatedly(KILLS, 20261122L, 180);   // a hub on a busy machine may take long to start
        crash.finish(() -> true);
        crash.assertSettledOnce(expected);

        // every answer written once, and only answers that are stored
        List<String> outbox = CrashHarness.names(crash.outbox().resolve("12345678")).stream().sorted().toList();
        assertFalse(outbox.stream().anyMatch(n -> n.startsWith(".")), "no partial file left: " + outbox);
        long notices = expected.values().stream().filter(v -> v.equals("XSD_INVALID")).count();
        long retours = expected.size() - notices - crash.toewijzingen.size();
        assertEquals(retours, outbox.stream().filter(n -> n.startsWith("WMO306_")).count(), "one WMO306 per start");
        assertEquals(crash.toewijzingen.size(), outbox.stream().filter(n -> n.startsWith("WMO301_")).count(),
                "each toewijzing delivered once");
        assertEquals(notices, outbox.stream().filter(n -> n.startsWith("FOUTMELDING_")).count(), "one notice per XSD-invalid");

        // Read-only: the check must not change the store it checks. (Opened writable, closing it may make H2 clean up
        // temporary LOBs a killed hub left behind, and with -ea H2's own assertion in that clean-up can trip.)
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(true))) {
            assertEquals(new HashSet<>(outbox), crash.assertStored(c, expected), "the outbox holds exactly the stored outgoing messages");
        }
        crash.assertNoBsnInLog();
    }
}
