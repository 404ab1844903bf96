package nl.iwmohub.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
    private static final Set<String> TOEWIJZINGEN = new java.util.TreeSet<>();
    private static final int MESSAGES = 240;
    private static final int KILLS = 20;
    private static final String BSN = "999993653";

    @TempDir
    Path temp;
    private TestDatabase database;

    @Test
    void everyInputIsProcessedExactlyOnceAcrossKills() throws Exception {
        database = TestDatabase.fresh(temp.resolve("db"));
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Map<String, String> expected = writeStream(inbox);
        Random random = new Random(20261122L);
        Path log = temp.resolve("hub.log");

        int killedMidStream = 0;
        Path work = temp.resolve("work");
        for (int kill = 0; kill < KILLS && !(isEmpty(inbox) && isEmpty(work)); kill++) {
            int before = names(temp.resolve("archive")).size();
            Process hub = startHub(log);
            waitForLine(log, "iwmo-hub watching", kill + 1, 180);   // a hub on a busy machine may take long to start
            // kill at a random moment once this hub is really working through the stream
            long busy = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (names(temp.resolve("archive")).size() == before && System.nanoTime() < busy) Thread.sleep(20);
            Thread.sleep(random.nextInt(400));
            hub.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            if (names(temp.resolve("archive")).size() > before && !(isEmpty(inbox) && isEmpty(work))) killedMidStream++;
        }
        assertTrue(killedMidStream >= KILLS / 2, "most kills hit the hub while it was processing: " + killedMidStream);
        Process last = startHub(log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(isEmpty(inbox) && isEmpty(work)) && System.nanoTime() < deadline) Thread.sleep(200);
        Thread.sleep(500);
        last.destroy();
        last.waitFor(30, TimeUnit.SECONDS);
        assertTrue(isEmpty(inbox) && isEmpty(work), "the last hub emptied the inbox and the work folder");

        // every input settled exactly once
        Set<String> archived = names(temp.resolve("archive"));
        Set<String> rejected = names(temp.resolve("rejected"));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            boolean xsd = e.getValue().equals("XSD_INVALID");
            assertTrue(xsd ? rejected.contains(e.getKey()) : archived.contains(e.getKey()), e.getKey() + " settled");
        }
        assertEquals(expected.size(), archived.size() + rejected.stream().filter(n -> !n.endsWith(".report.txt")).count(),
                "no input settled twice: " + archived + rejected);

        // every answer written once, and only answers that are stored
        List<String> outbox = names(temp.resolve("outbox/12345678")).stream().sorted().toList();
        assertFalse(outbox.stream().anyMatch(n -> n.startsWith(".")), "no partial file left: " + outbox);
        long notices = expected.values().stream().filter(v -> v.equals("XSD_INVALID")).count();
        long retours = expected.size() - notices - TOEWIJZINGEN.size();
        assertEquals(retours, outbox.stream().filter(n -> n.startsWith("WMO306_")).count(), "one WMO306 per start");
        assertEquals(TOEWIJZINGEN.size(), outbox.stream().filter(n -> n.startsWith("WMO301_")).count(),
                "each toewijzing delivered once");
        assertEquals(notices, outbox.stream().filter(n -> n.startsWith("FOUTMELDING_")).count(), "one notice per XSD-invalid");

        // Read-only: the check must not change the store it checks. (Opened writable, closing it may make H2 clean up
        // temporary LOBs a killed hub left behind, and with -ea H2's own assertion in that clean-up can trip.)
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(true))) {
            Map<String, String> outcomes = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT bestandsnaam, uitkomst FROM bericht WHERE richting = 'IN'"
                         + " AND uitkomst <> 'DUPLICATE'")) {
                while (r.next()) {
                    String previous = outcomes.put(r.getString(1), r.getString(2));
                    assertEquals(null, previous, r.getString(1) + " has one stored outcome");
                }
            }
            assertEquals(expected, outcomes, "the stored outcomes are the expected ones");
            Set<String> stored = new HashSet<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT bestandsnaam, geschreven_op FROM bericht WHERE richting = 'UIT'")) {
                while (r.next()) {
                    stored.add(r.getString(1));
                    assertTrue(r.getTimestamp(2) != null, r.getString(1) + " is stored and marked written");
                }
            }
            assertEquals(new HashSet<>(outbox), stored, "the outbox holds exactly the stored outgoing messages");
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT COUNT(*) FROM start_product")) {
                r.next();
                long accepted = expected.entrySet().stream().filter(e -> e.getValue().equals("ACCEPTED")
                        && !TOEWIJZINGEN.contains(e.getKey())).count();
                assertEquals(accepted * 2, r.getLong(1), "the state of each accepted start (2 products) stored once");
            }
        }
        String logs = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(logs.contains(BSN), "no unmasked BSN in the hub's log");
    }

    /**
     * 240 messages: WMO301 toewijzingen, each followed by a WMO305 that starts it (TR019 wants the toewijzing;
     * numbers unique per pair, TR332). Every 12th message reuses the previous start's Identificatie (9056),
     * every 20th is XSD-invalid; both are starts.
     */
    private static Map<String, String> writeStream(Path inbox) throws Exception {
        String start = Files.readString(Path.of("test-messages/xsd/valid/WMO305.xml"), StandardCharsets.UTF_8);
        String toewijzing = Files.readString(Path.of("test-messages/xsd/valid/WMO301.xml"), StandardCharsets.UTF_8);
        Map<String, String> expected = new HashMap<>();
        for (int i = 1; i <= MESSAGES; i++) {
            String name = String.format("m%04d.xml", i);
            String numbers = String.format("26%05d", (i + 1) / 2);   // 7 digits + the last two of 2600012NN
            String xml;
            if (i % 2 == 1) {
                xml = toewijzing.replace("TW-2026-0042", "TW-CR-" + i).replace("2600012", numbers);
                expected.put(name, "ACCEPTED");
                TOEWIJZINGEN.add(name);
            } else if (i % 20 == 0) {
                xml = start.replace("ST-2026-0007", "CR-" + i).replace("2600012", numbers)
                        .replaceFirst("\\s*<wmo305:Begindatum>2026-02-03</wmo305:Begindatum>", "");
                expected.put(name, "XSD_INVALID");
            } else if (i % 12 == 0) {
                xml = start.replace("ST-2026-0007", "CR-" + (i - 2)).replace("2600012", numbers).replace("2026-02-03", "2026-02-02");
                expected.put(name, "REJECTED");
            } else {
                xml = start.replace("ST-2026-0007", "CR-" + i).replace("2600012", numbers);
                expected.put(name, "ACCEPTED");
            }
            Path part = inbox.resolve("." + name + ".part");
            Files.writeString(part, xml, StandardCharsets.UTF_8);
            Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        }
        return expected;
    }

    private Process startHub(Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "nl.iwmohub.app.IwmoHub", "run",
                "--iwmo.inbox=" + temp.resolve("inbox"), "--iwmo.work=" + temp.resolve("work"),
                "--iwmo.outbox=" + temp.resolve("outbox"),
                "--iwmo.archive=" + temp.resolve("archive"), "--iwmo.rejected=" + temp.resolve("rejected"),
                "--iwmo.db=" + database.location(), "--iwmo.today=2026-11-15",
                "--iwmo.inbox.poll-delay=50", "--iwmo.inbox.min-age=0"));
        return new ProcessBuilder(command).directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private static void waitForLine(Path log, String text, int occurrences, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                String content = Files.readString(log, StandardCharsets.UTF_8);
                if (content.split(java.util.regex.Pattern.quote(text), -1).length - 1 >= occurrences) return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the hub did not start within " + seconds + " s:\n" + Files.readString(log));
    }

    private static boolean isEmpty(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) return true;
        try (Stream<Path> files = Files.list(dir)) {
            return files.noneMatch(p -> !p.getFileName().toString().startsWith("."));
        }
    }

    private static Set<String> names(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) return Set.of();
        try (Stream<Path> files = Files.list(dir)) {
            return new HashSet<>(files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
