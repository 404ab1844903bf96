package nl.iwmohub.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import nl.iwmohub.app.HubRuntime;
import nl.iwmohub.app.Settings;
import nl.iwmohub.support.TestDatabase;
import nl.iwmohub.support.TestHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the environment through the running hub (inbox, lanes, store, outbox): an outbox that cannot be
 * written for a while, a store that goes away and comes back (H2: shut down, its folder gone; PostgreSQL: the
 * server stopped and started with the commands of -Diwmo.test.pg.stop / -Diwmo.test.pg.start), a store that
 * turns read-only. Nothing is rejected, lost or answered twice, the order of a pair is kept, and the hub goes on
 * with the next files once the fault has passed. The hub does not start on a read-only store.
 */
class TransientFaultTest {
    private static final String TODAY = "2026-11-15";
    private static final String AANBIEDER = "12345678";

    @TempDir
    Path temp;

    @Test
    @Timeout(120)
    void anOutboxThatCannotBeWrittenIsWaitedForAndEveryAnswerIsWrittenOnce() throws Exception {
        Path outbox = temp.resolve("outbox");
        Files.writeString(outbox, "a file where the outbox folder should be: nothing can be written into it");
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        for (int pair = 1; pair <= 3; pair++) dropPair(inbox, pair);
        try (TestHub hub = new TestHub(temp, TODAY, settings())) {
            // the first toewijzing's delivery cannot be staged in the outbox, so the transaction that would record
            // it is rolled back (issue 14: "written" is recorded in it): it waits and is tried again, nothing is
            // rejected, nothing recorded
            waitFor(() -> names(temp.resolve("work")).size() == 6, 30, "the inbox route takes the files");
            Thread.sleep(2000);   // several retries
            assertEquals(List.of(), names(temp.resolve("rejected")), "nothing rejected while the outbox is away");
            assertEquals(List.of(), names(temp.resolve("archive")), "the file waits in the work folder");
            assertTrue(names(temp.resolve("work")).stream().anyMatch(n -> n.endsWith("_p1-0.xml")),
                    "the first file is still in the work folder: " + names(temp.resolve("work")));
            assertEquals(0, storedIn(hub), "nothing is recorded before its answers can be written");

            Files.delete(outbox);
            Files.createDirectories(outbox);
            waitFor(() -> names(temp.resolve("archive")).size() == 6, 60, "all six archived once the outbox is back");
            assertEverythingOnce(hub, 3);
        }
    }

    @Test
    @Timeout(180)
    void aStoreThatGoesAwayAndComesBackLosesNothing() throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        try (TestHub hub = new TestHub(temp, TODAY, settings())) {
            dropPair(inbox, 1);
            waitFor(() -> names(temp.resolve("archive")).size() == 2, 30, "the first pair is processed");
            Store store = new Store(hub);
            store.away();
            try {
                for (int pair = 2; pair <= 4; pair++) dropPair(inbox, pair);
                waitFor(() -> names(temp.resolve("work")).size() == 6, 30, "the inbox route still takes the files");
                Thread.sleep(3000);   // the lanes fail and wait, several times
                assertEquals(List.of(), names(temp.resolve("rejected")), "nothing rejected while the store is away");
                assertEquals(2, names(temp.resolve("archive")).size(), "nothing settled while the store is away");
                assertEquals(6, names(temp.resolve("work")).size(), "every file waits in the work folder");
            } finally {
                store.back();
            }
            waitFor(() -> names(temp.resolve("archive")).size() == 8, 90, "all eight archived once the store is back");
            assertEverythingOnce(hub, 4);
        }
    }

    @Test
    @Timeout(180)
    void aStoreThatCannotWriteWhileTheHubRunsRejectsNothing() throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        ReadOnly readOnly = new ReadOnly();
        try {
            Map<String, String> withHealth = new LinkedHashMap<>(settings());
            withHealth.putAll(Map.of("iwmo.http.enabled", "true", "iwmo.http.port", "0",
                    "iwmo.http.users", temp.resolve("users").toString()));
            try (TestHub hub = new TestHub(temp, TODAY, withHealth)) {
                dropPair(inbox, 1);
                waitFor(() -> names(temp.resolve("archive")).size() == 2, 30, "the first pair is processed");
                readOnly.on(hub);
                try {
                    for (int pair = 2; pair <= 4; pair++) dropPair(inbox, pair);
                    waitFor(() -> names(temp.resolve("work")).size() == 6, 30, "the inbox route still takes the files");
                    Thread.sleep(3000);   // the lanes fail on the store and wait, several times
                    assertEquals(List.of(), names(temp.resolve("rejected")), "nothing rejected while the store cannot write");
                    assertEquals(2, names(temp.resolve("archive")).size(), "nothing settled while the store cannot write");
                    assertEquals(6, names(temp.resolve("work")).size(), "every file waits in the work folder");
                    String health = health(hub);
                    assertTrue(health.startsWith("503 ") && health.matches("(?s).*\"iwmo-store\".*?\"DOWN\".*"),
                            "/health says the store is down: " + health);
                } finally {
                    readOnly.off(hub);
                }
                waitFor(() -> names(temp.resolve("archive")).size() == 8, 90, "all eight archived once the store is writable");
                assertEverythingOnce(hub, 4);
                waitFor(() -> health(hub).startsWith("200 "), 30, "/health is UP again");
            }
        } finally {
            readOnly.close();
        }
    }

    @Test
    @Timeout(120)
    void theHubDoesNotStartOnAReadOnlyStore() throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        TestDatabase database;
        try (TestHub hub = new TestHub(temp, TODAY, settings())) {
            database = hub.database;
            dropPair(inbox, 1);
            waitFor(() -> names(temp.resolve("archive")).size() == 2, 30, "the first pair is processed");
        }
        // the same store, opened read-only: H2 by its access mode, PostgreSQL by the session's default
        String readOnly = TestDatabase.postgres()
                ? database.location() + "&options=-c%20default_transaction_read_only%3Don"
                : database.jdbcUrl(true);
        Map<String, String> s = new LinkedHashMap<>(settings());
        s.put("iwmo.db", readOnly);
        s.putAll(folders());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new HubRuntime(Settings.load(Map.of(), s)).close());
        assertTrue(refused.getMessage().contains("cannot be written"), refused.getMessage());
        assertEquals(2, names(temp.resolve("archive")).size());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private Map<String, String> settings() {
        return Map.of("iwmo.inbox.enabled", "true", "iwmo.lanes", "2", "iwmo.inbox.poll-delay", "50",
                "iwmo.inbox.min-age", "1", "iwmo.retry.delay", "100", "iwmo.retry.max-delay", "400");
    }

    private Map<String, String> folders() {
        Map<String, String> f = new LinkedHashMap<>();
        for (String key : List.of("inbox", "work", "outbox", "archive", "rejected")) f.put("iwmo." + key, temp.resolve(key).toString());
        return f;
    }

    /** A toewijzing and the start of it, of one client: the start is accepted only after its toewijzing (TR019). */
    private static void dropPair(Path inbox, int pair) throws Exception {
        String toewijzing = Files.readString(Path.of("test-messages/xsd/valid/WMO301.xml"), StandardCharsets.UTF_8);
        String start = Files.readString(Path.of("test-messages/xsd/valid/WMO305.xml"), StandardCharsets.UTF_8);
        String numbers = String.format("26%05d", pair);
        drop(inbox, "p" + pair + "-0.xml", toewijzing.replace("TW-2026-0042", "TW-F-" + pair).replace("2600012", numbers));
        drop(inbox, "p" + pair + "-1.xml", start.replace("ST-2026-0007", "ST-F-" + pair).replace("2600012", numbers));
    }

    private static void drop(Path inbox, String name, String xml) throws Exception {
        Path part = inbox.resolve("." + name + ".part");
        Files.writeString(part, xml, StandardCharsets.UTF_8);
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Every input archived once, nothing rejected or waiting; each toewijzing delivered once and each start answered
     * once, without remarks (so after its toewijzing); every stored input has one outcome and no second receipt;
     * every stored outgoing message is in the outbox, marked written, and nothing else is.
     */
    private void assertEverythingOnce(TestHub hub, int pairs) throws Exception {
        assertEquals(List.of(), names(temp.resolve("rejected")), "nothing rejected");
        assertEquals(List.of(), names(temp.resolve("work")), "nothing left waiting");
        List<String> expectedInputs = new ArrayList<>();
        for (int p = 1; p <= pairs; p++) expectedInputs.addAll(List.of("p" + p + "-0.xml", "p" + p + "-1.xml"));
        assertEquals(new TreeSet<>(expectedInputs), new TreeSet<>(names(temp.resolve("archive"))), "each input archived once");
        List<String> outbox = names(temp.resolve("outbox").resolve(AANBIEDER));
        assertFalse(outbox.stream().anyMatch(n -> n.startsWith(".")), "no partial file: " + outbox);
        assertEquals(pairs, outbox.stream().filter(n -> n.startsWith("WMO301_")).count(), "each toewijzing delivered once: " + outbox);
        List<String> retours = outbox.stream().filter(n -> n.startsWith("WMO306_")).toList();
        assertEquals(pairs, retours.size(), "each start answered once: " + outbox);
        for (String retour : retours) {
            String xml = Files.readString(temp.resolve("outbox").resolve(AANBIEDER).resolve(retour), StandardCharsets.UTF_8);
            assertFalse(xml.contains("RetourCode>"), "the start came after its toewijzing: " + xml);
        }
        Map<String, String> outcomes = new LinkedHashMap<>();
        List<String> written = new ArrayList<>();
        hub.runtime.database().inTransaction(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT bestandsnaam, uitkomst FROM bericht WHERE richting = 'IN'")) {
                while (r.next()) assertEquals(null, outcomes.put(r.getString(1), r.getString(2)), r.getString(1) + " stored once");
            }
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT bestandsnaam, geschreven_op FROM bericht WHERE richting = 'UIT'")) {
                while (r.next()) {
                    assertTrue(r.getTimestamp(2) != null, r.getString(1) + " marked written");
                    written.add(r.getString(1));
                }
            }
            return null;
        });
        assertEquals(new TreeSet<>(expectedInputs), new TreeSet<>(outcomes.keySet()), "every input stored once");
        assertTrue(outcomes.values().stream().allMatch("ACCEPTED"::equals), "every input accepted: " + outcomes);
        assertEquals(new TreeSet<>(outbox), new TreeSet<>(written), "the outbox holds exactly the stored outgoing messages");
    }

    private static long storedIn(TestHub hub) {
        try {
            return hub.runtime.database().inTransaction(c -> {
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT COUNT(*) FROM bericht WHERE richting = 'IN'")) {
                    r.next();
                    return r.getLong(1);
                }
            });
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static String health(TestHub hub) {
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + hub.runtime.httpPort()
                            + "/health")).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + " " + r.body();
        } catch (Exception e) {
            throw new AssertionError("/health: " + e, e);
        }
    }

    private static void waitFor(BooleanSupplier condition, int seconds, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within " + seconds + " s: " + what);
            Thread.sleep(50);
        }
    }

    private static List<String> names(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Makes the running hub's store refuse every write and then accept them again, as production sees it happen.
     * PostgreSQL: the sessions of the hub's role become read-only (default_transaction_read_only, what a standby
     * or an operator gives) and the open ones are ended, as a fail-over does. H2: its folder is a small file system
     * of its own (a tmpfs mounted before the hub starts) that is filled to the last byte, so that H2's next write
     * fails and it closes the database, as on a full disk; a remount read-only is refused by the kernel while H2
     * holds its file open for writing, so the full disk is H2's form of a store that cannot write. Mounting needs
     * root, which the test machines have.
     */
    private final class ReadOnly implements AutoCloseable {
        private final Path folder = temp.resolve("db");
        private final Path filler = folder.resolve("filler");
        private boolean mounted;
        private String postgresUrl;

        ReadOnly() throws Exception {
            if (TestDatabase.postgres()) return;
            Files.createDirectories(folder);
            mount("-t", "tmpfs", "-o", "size=64m", "tmpfs", folder.toString());
            mounted = true;
        }

        void on(TestHub hub) throws Exception {
            if (mounted) {
                try (java.io.OutputStream out = Files.newOutputStream(filler)) {
                    for (int size : new int[] {1 << 20, 4096, 1}) {
                        try {
                            while (true) {
                                out.write(new byte[size]);
                                out.flush();
                            }
                        } catch (java.io.IOException full) {
                            // no room for a block of this size: go on with smaller ones to the last byte
                        }
                    }
                } catch (java.io.IOException closing) {
                    // the close flushes nothing more: the file system is full
                }
                return;
            }
            postgres(hub, "ALTER ROLE CURRENT_USER SET default_transaction_read_only = on");
        }

        void off(TestHub hub) throws Exception {
            if (mounted) {
                Files.delete(filler);
                return;
            }
            postgres(hub, "ALTER ROLE CURRENT_USER RESET default_transaction_read_only");
        }

        /** The setting applies to new sessions: the hub's open ones are ended (57P01) and its pool opens new ones. */
        private void postgres(TestHub hub, String alter) throws Exception {
            postgresUrl = hub.database.location();
            try (Connection c = DriverManager.getConnection(postgresUrl); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("SET SESSION default_transaction_read_only = off");
                s.execute(alter);
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = current_user"
                        + " AND pid <> pg_backend_pid() AND datname = current_database()");
            }
        }

        private void mount(String... arguments) throws Exception {
            List<String> command = new ArrayList<>(List.of("mount"));
            command.addAll(List.of(arguments));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0,
                    "this test turns the H2 store's file system read-only and needs the right to mount: " + output);
        }

        /** Also when the test failed half-way: a role left read-only would fail every later test on the server. */
        @Override
        public void close() throws Exception {
            if (postgresUrl != null) {
                try (Connection c = DriverManager.getConnection(postgresUrl); Statement s = c.createStatement()) {
                    c.setAutoCommit(true);
                    s.execute("ALTER ROLE CURRENT_USER RESET default_transaction_read_only");
                }
            }
            if (mounted) {
                new ProcessBuilder("umount", "-l", folder.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Takes the hub's store away and brings it back. H2 (embedded in this JVM): its folder is moved aside and a
     * plain file put in its place, then the database is shut down, so that it cannot be reopened until the folder
     * is back. PostgreSQL: the server is stopped and started with the test run's commands.
     */
    private final class Store {
        private final TestHub hub;
        private final Path folder = temp.resolve("db");
        private final Path aside = temp.resolve("db-away");

        Store(TestHub hub) {
            this.hub = hub;
        }

        void away() throws Exception {
            if (TestDatabase.postgres()) {
                run("iwmo.test.pg.stop");
                return;
            }
            String url = hub.database.jdbcUrl(false);
            try (Connection c = DriverManager.getConnection(url)) {
                Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
                Files.writeString(folder, "the store's folder is away");
                try (Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
        }

        void back() throws Exception {
            if (TestDatabase.postgres()) {
                run("iwmo.test.pg.start");
                return;
            }
            Files.delete(folder);
            Files.move(aside, folder, StandardCopyOption.ATOMIC_MOVE);
        }

        private void run(String property) throws Exception {
            String command = System.getProperty(property, System.getenv(property.toUpperCase().replace('.', '_')));
            if (command == null || command.isBlank()) {
                throw new AssertionError("on PostgreSQL this test stops and starts the server: set -D" + property
                        + " (or " + property.toUpperCase().replace('.', '_') + ") to the shell command that does it");
            }
            Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, property + " failed: " + output);
        }
    }
}
