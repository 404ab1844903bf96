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
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * What the crash tests share: a stream of messages in the inbox, a real hub process (run) on its folders and store
 * with the transport of the test, killed (SIGKILL) at random moments while it works through the stream, a last
 * one that finishes, and the checks every transport must pass afterwards: every input settled exactly once, its
 * state and outcome stored once, every stored outgoing message marked written, no BSN in the log.
 */
final class CrashHarness {
    static final String BSN = "999993653";
    private final Path temp;
    private final String database;
    private final List<String> settings;
    private final Path log;
    /** The inputs that are toewijzingen (WMO301 from the back office). */
    final Set<String> toewijzingen = new TreeSet<>();

    /**
     * @param database the store's location (iwmo.db)
     * @param transport iwmo.transport: bestand or ggk
     * @param settings more settings of the hub, as {@code --name=value}
     */
    CrashHarness(Path temp, String database, String transport, List<String> settings) {
        this.temp = temp;
        this.database = database;
        List<String> all = new ArrayList<>(settings);
        if (!transport.equals("bestand")) all.add("--iwmo.transport=" + transport);
        this.settings = all;
        this.log = temp.resolve("hub.log");
    }

    Path inbox() {
        return temp.resolve("inbox");
    }

    Path work() {
        return temp.resolve("work");
    }

    Path archive() {
        return temp.resolve("archive");
    }

    Path rejected() {
        return temp.resolve("rejected");
    }

    Path outbox() {
        return temp.resolve("outbox");
    }

    /**
     * Writes the messages into the inbox: WMO301 toewijzingen, each followed by a WMO305 that starts it (TR019
     * wants the toewijzing; numbers unique per pair, TR332). Every 12th message reuses the previous start's
     * Identificatie (9056), every 20th is XSD-invalid; both are starts. {@code start} makes each start's file
     * from its payload (a bare file, or an envelope). Returns the expected outcome per file name.
     */
    Map<String, String> writeStream(int messages, UnaryOperator<String> start) throws Exception {
        Files.createDirectories(inbox());
        String starts = Files.readString(Path.of("test-messages/xsd/valid/WMO305.xml"), StandardCharsets.UTF_8);
        String toewijzing = Files.readString(Path.of("test-messages/xsd/valid/WMO301.xml"), StandardCharsets.UTF_8);
        Map<String, String> expected = new HashMap<>();
        for (int i = 1; i <= messages; i++) {
            String name = String.format("m%04d.xml", i);
            String numbers = String.format("26%05d", (i + 1) / 2);   // 7 digits + the last two of 2600012NN
            String xml;
            if (i % 2 == 1) {
                xml = toewijzing.replace("TW-2026-0042", "TW-CR-" + i).replace("2600012", numbers);
                expected.put(name, "ACCEPTED");
                toewijzingen.add(name);
            } else if (i % 20 == 0) {
                xml = starts.replace("ST-2026-0007", "CR-" + i).replace("2600012", numbers)
                        .replaceFirst("\\s*<wmo305:Begindatum>2026-02-03</wmo305:Begindatum>", "");
                expected.put(name, "XSD_INVALID");
            } else if (i % 12 == 0) {
                xml = starts.replace("ST-2026-0007", "CR-" + (i - 2)).replace("2600012", numbers).replace("2026-02-03", "2026-02-02");
                expected.put(name, "REJECTED");
            } else {
                xml = starts.replace("ST-2026-0007", "CR-" + i).replace("2600012", numbers);
                expected.put(name, "ACCEPTED");
            }
            if (i % 2 == 0) xml = start.apply(xml);
            Path part = inbox().resolve("." + name + ".part");
            Files.writeString(part, xml, StandardCharsets.UTF_8);
            Files.move(part, inbox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
        }
        return expected;
    }

    /**
     * Starts a hub {@code kills} times (or until the stream is done), each waited for up to {@code startSeconds},
     * and kills it at a random moment once it is really working through the stream; asserts that most kills hit
     * a hub while it was processing.
     */
    void killRepeatedly(int kills, long seed, int startSeconds) throws Exception {
        Random random = new Random(seed);
        int killedMidStream = 0;
        for (int kill = 0; kill < kills && !streamDone(); kill++) {
            int before = names(archive()).size();
            Process hub = startHub();
            waitForLine("iwmo-hub watching", kill + 1, startSeconds);
            // kill at a random moment once this hub is really working through the stream
            long busy = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (names(archive()).size() == before && System.nanoTime() < busy) Thread.sleep(20);
            Thread.sleep(random.nextInt(400));
            hub.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            if (names(archive()).size() > before && !streamDone()) killedMidStream++;
        }
        assertTrue(killedMidStream >= kills / 2, "most kills hit the hub while it was processing: " + killedMidStream);
    }

    /** A last hub, stopped normally once the stream is done and {@code done} holds (at most 120 s). */
    void finish(BooleanSupplier done) throws Exception {
        Process last = startHub();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(streamDone() && done.getAsBoolean()) && System.nanoTime() < deadline) Thread.sleep(200);
        Thread.sleep(500);
        last.destroy();
        last.waitFor(30, TimeUnit.SECONDS);
        // on failure say what was left and how the last hub ended, since the temporary folder goes with the test
        String left = streamDone() ? "" : "; left: inbox " + names(inbox()) + ", work " + names(work())
                + "; end of its log:\n" + tail(200);
        assertTrue(streamDone(), "the last hub emptied the inbox and the work folder" + left);
        assertTrue(done.getAsBoolean(), "the last hub finished");
    }

    /** Every input settled exactly once: archived, or (XSD-invalid) rejected, and nothing twice. */
    void assertSettledOnce(Map<String, String> expected) throws Exception {
        Set<String> archived = names(archive());
        Set<String> rejected = names(rejected());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            boolean xsd = e.getValue().equals("XSD_INVALID");
            assertTrue(xsd ? rejected.contains(e.getKey()) : archived.contains(e.getKey()), e.getKey() + " settled");
        }
        assertEquals(expected.size(), archived.size() + rejected.stream().filter(n -> !n.endsWith(".report.txt")).count(),
                "no input settled twice: " + archived + rejected);
    }

    /**
     * In the store: one outcome per input, the expected ones; every outgoing message marked written; the state of
     * each accepted start (2 products) once. Returns the names of the stored outgoing messages.
     */
    Set<String> assertStored(Connection c, Map<String, String> expected) throws Exception {
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
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM start_product")) {
            r.next();
            long accepted = expected.entrySet().stream().filter(e -> e.getValue().equals("ACCEPTED")
                    && !toewijzingen.contains(e.getKey())).count();
            assertEquals(accepted * 2, r.getLong(1), "the state of each accepted start (2 products) stored once");
        }
        return stored;
    }

    void assertNoBsnInLog() throws Exception {
        String logs = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(logs.contains(BSN), "no unmasked BSN in the hub's log");
    }

    private String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (java.io.IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    String log() throws Exception {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private boolean streamDone() {
        return isEmpty(inbox()) && isEmpty(work());
    }

    private Process startHub() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "nl.iwmohub.app.IwmoHub", "run",
                "--iwmo.inbox=" + inbox(), "--iwmo.work=" + work(), "--iwmo.outbox=" + outbox(),
                "--iwmo.archive=" + archive(), "--iwmo.rejected=" + rejected(),
                "--iwmo.db=" + database, "--iwmo.today=2026-11-15",
                "--iwmo.inbox.poll-delay=50", "--iwmo.inbox.min-age=0"));
        command.addAll(settings);
        return new ProcessBuilder(command).directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private void waitForLine(String text, int occurrences, int seconds) throws Exception {
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

    static boolean isEmpty(Path dir) {
        if (!Files.isDirectory(dir)) return true;
        try (Stream<Path> files = Files.list(dir)) {
            return files.noneMatch(p -> !p.getFileName().toString().startsWith("."));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    static Set<String> names(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) return Set.of();
        try (Stream<Path> files = Files.list(dir)) {
            return new HashSet<>(files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
