package nl.iwmohub.outbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.iwmohub.store.BerichtStore;
import nl.iwmohub.store.Database;
import nl.iwmohub.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group commit's outbox (issue 14): a file staged in a group is marked written in the group's transaction, takes its
 * name only after the commit, and is gone after a rollback; what a stop left staged is finished when its group
 * committed and removed when it did not.
 */
class StagedOutboxTest {
    @TempDir
    Path temp;
    private Database database;
    private final BerichtStore berichten = new BerichtStore();
    private Outbox outbox;
    private Path folder;

    @BeforeEach
    void open() {
        TestDatabase db = TestDatabase.fresh(temp.resolve("db"));
        database = new Database(db.jdbcUrl(false), null, null);
        folder = temp.resolve("outbox");
        outbox = new Outbox(folder, database, berichten, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aStagedFileIsHiddenUntilTheGroupCommitsThenNamedAndMarkedWritten() throws Exception {
        Outbox.Staged staged = database.inGroup(c -> {
            long id = stored(c, "WMO306_R1.xml");
            Outbox.Staged s = outbox.stage(file(id, "WMO306_R1.xml", "one"));
            String[] names = folder.resolve("0123").toFile().list();
            assertTrue(Stream.of(names).allMatch(n -> n.startsWith(".")), "nothing visible before the commit");
            return s;
        });
        assertTrue(Files.exists(staged.file()));
        assertEquals(List.of(), visible(), "still hidden until finished");
        assertEquals(1, writtenCount(), "marked written in the group's own transaction");
        outbox.finish(staged);
        assertEquals(List.of("0123/WMO306_R1.xml"), visible());
        assertFalse(Files.exists(staged.file()));
    }

    @Test
    void aRolledBackGroupLeavesNothingWrittenAndItsStagedFilesAreDiscarded() throws Exception {
        Outbox.Staged[] staged = new Outbox.Staged[1];
        assertThrows(IllegalStateException.class, () -> database.inGroup(c -> {
            staged[0] = outbox.stage(file(stored(c, "WMO306_R2.xml"), "WMO306_R2.xml", "two"));
            throw new IllegalStateException("a later message of the group fails");
        }));
        assertEquals(0, writtenCount(), "the mark went with the rollback");
        outbox.discard(staged[0]);
        assertEquals(List.of(), allFiles());
    }

    @Test
    void atStartUpACommittedStagedFileIsFinishedAndAnUncommittedOneRemoved() throws Exception {
        // committed: its group marked it written, the stop came before the rename
        Outbox.Staged committed = database.inGroup(c -> outbox.stage(file(stored(c, "WMO306_R3.xml"), "WMO306_R3.xml", "three")));
        // not committed: the stop came before the commit (its id is not in the store)
        Files.write(folder.resolve("0123").resolve(".staged-999999-WMO306_R4.xml.staged"), "four".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, outbox.recover());
        assertEquals(List.of("0123/WMO306_R3.xml"), visible());
        assertArrayEquals("three".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(folder.resolve("0123/WMO306_R3.xml")));
        assertEquals(List.of("0123/WMO306_R3.xml"), allFiles(), "no staged file left: " + committed.file().getFileName());
    }

    @Test
    void aFileWithTheSameBytesUnderItsNameCountsAsWrittenAndIsNotWrittenTwice() throws Exception {
        Files.createDirectories(folder.resolve("0123"));
        Files.writeString(folder.resolve("0123/WMO306_R5.xml"), "five");
        Outbox.Staged staged = database.inGroup(c -> outbox.stage(file(stored(c, "WMO306_R5.xml"), "WMO306_R5.xml", "five")));
        outbox.finish(staged);
        assertEquals(List.of("0123/WMO306_R5.xml"), allFiles());
    }

    private long stored(java.sql.Connection c, String name) throws java.sql.SQLException {
        return berichten.insert(c, new BerichtStore.BerichtRecord("UIT", "WMO306", null, "0123", "R1",
                LocalDate.of(2026, 12, 2), name, "x", new byte[] {1}, Instant.now(), "SENT", null));
    }

    private static OutgoingFile file(long id, String name, String text) {
        return new OutgoingFile("0123", name, text.getBytes(StandardCharsets.UTF_8), id);
    }

    private long writtenCount() {
        return database.inTransaction(c -> {
            try (var s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM bericht WHERE geschreven_op IS NOT NULL")) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private List<String> visible() throws Exception {
        return allFiles().stream().filter(n -> !n.substring(n.lastIndexOf('/') + 1).startsWith(".")).toList();
    }

    private List<String> allFiles() throws Exception {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
