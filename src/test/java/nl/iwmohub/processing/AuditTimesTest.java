package nl.iwmohub.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import nl.iwmohub.support.TestHub;
import nl.iwmohub.verdict.ProcessingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** iwmo.today fixes the rules' date only: the store records when a message really was received and written. */
class AuditTimesTest {
    private static final Path FLOW = Path.of("test-messages/scenarios/01-foundation-flow/in");

    @Test
    void aFixedTodayDatesTheRetourButNotTheAuditTrail(@TempDir Path temp) throws Exception {
        try (TestHub hub = new TestHub(temp, "2026-11-15")) {
            Instant before = Instant.now();
            hub.process(FLOW.resolve("01-wmo301-toewijzing.xml"));
            ProcessingResult start = hub.process(FLOW.resolve("03-wmo305-start-zorg.xml"));
            Instant after = Instant.now();
            String retour = new String(hub.outgoing(start.outgoing().get(0).partij() + "/" + start.outgoing().get(0).bestandsnaam()),
                    StandardCharsets.UTF_8);
            assertTrue(retour.contains("DagtekeningRetour>2026-11-15</"),
                    "the retour carries the rules' date: " + retour);
            try (Connection c = hub.runtime.database().dataSource().getConnection();
                 ResultSet r = c.createStatement().executeQuery("SELECT ontvangen_op, geschreven_op, richting FROM bericht ORDER BY id")) {
                int n = 0;
                while (r.next()) {
                    n++;
                    Instant received = r.getTimestamp(1).toInstant();
                    assertTrue(!received.isBefore(before.minus(Duration.ofSeconds(1))) && !received.isAfter(after.plusSeconds(1)),
                            "received " + received + ", not the fixed date");
                    if (r.getString(3).equals("UIT") && r.getTimestamp(2) != null) {
                        Instant written = r.getTimestamp(2).toInstant();
                        assertTrue(!written.isBefore(received.minusSeconds(1)) && !written.isAfter(after.plusSeconds(1)), "written " + written);
                    }
                }
                assertEquals(true, n >= 4, "inputs and answers recorded: " + n);
            }
        }
    }
}
