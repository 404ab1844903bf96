package nl.iwmohub.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import nl.iwmohub.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which failures a lane waits for, how long, and when it stops trying (TransientFaultTest runs them for real). */
class BackOffTest {
    @TempDir
    Path temp;

    @Test
    void faultsOfTheEnvironmentAreToldFromFaultsOfTheMessage() {
        // PostgreSQL: restart, connection refused, read-only, disk full; H2: closed, read-only, I/O
        for (String state : new String[] {"57P01", "08001", "08006", "25006", "53100", "40001", "90098", "90121", "90097", "90028"}) {
            assertTrue(BackOff.ofEnvironment(new StoreException(new SQLException("x", state))), state);
        }
        assertTrue(BackOff.ofEnvironment(new StoreException(new SQLTransientConnectionException("pool timed out"))));
        assertTrue(BackOff.ofEnvironment(new UncheckedIOException(new IOException("outbox"))));
        assertTrue(BackOff.ofEnvironment(new RuntimeException(new StoreException(new SQLException("x", "08006")))), "wrapped");
        // a constraint, a value too long, a syntax error, a bug: the message's own fault
        for (String state : new String[] {"23505", "22001", "42601"}) {
            assertFalse(BackOff.ofEnvironment(new StoreException(new SQLException("x", state))), state);
        }
        assertFalse(BackOff.ofEnvironment(new IllegalStateException("a bug")));
        assertFalse(BackOff.ofEnvironment(new NullPointerException()));
        // H2 after a full disk: a "General error" (HY000) over its storage engine's exception, without an I/O cause
        SQLException general = new SQLException("General error: Transaction 1 is closed", "HY000", 50000,
                new org.h2.mvstore.MVStoreException(4, "Transaction 1 is closed"));
        assertTrue(BackOff.ofEnvironment(new StoreException(general)), "H2's storage engine failed");
        assertFalse(BackOff.ofEnvironment(new StoreException(new SQLException("General error: a bug", "HY000", 50000,
                new IllegalStateException("a bug")))), "a general error of something else");
        // causes in a circle (as H2 links them) end the walk
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(BackOff.ofEnvironment(new StoreException(new SQLException("x", "42601", a))));
    }

    @Test
    void theDelayDoublesUpToItsMaximum() {
        BackOff backOff = new BackOff(true, 100, 1000);
        assertEquals(100, backOff.delay(1));
        assertEquals(200, backOff.delay(2));
        assertEquals(800, backOff.delay(4));
        assertEquals(1000, backOff.delay(5));
        assertEquals(1000, backOff.delay(60));
        assertThrows(IllegalArgumentException.class, () -> new BackOff(true, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new BackOff(true, 100, 50));
    }

    @Test
    void aFileIsTriedOnceAndAgainOnlyAfterAPauseWhileItWaits() throws Exception {
        BackOff backOff = new BackOff(true, 1, 1);
        String file = Files.writeString(temp.resolve("lane0-1_a.xml"), "x").toString();
        assertTrue(backOff.again(file), "the first attempt");
        assertFalse(backOff.again(file), "settled or rejected: no second attempt");
        assertTrue(backOff.again(file), "a new file of the same name (next start) is tried");
        backOff.pause(file, new UncheckedIOException(new IOException("outbox")));
        assertEquals(1, backOff.waiting());
        assertTrue(backOff.again(file), "tried again after the pause");
        assertFalse(backOff.again(file));
        assertEquals(0, backOff.waiting());
        assertEquals(1, backOff.retried());
        backOff.again(file);
        backOff.pause(file, new UncheckedIOException(new IOException("outbox")));
        backOff.stop();
        assertFalse(backOff.again(file), "a stopping hub leaves the file in the work folder");
    }

    @Test
    void inPlaceWaitingOnlyInLanesAndOnlyForTheEnvironment() {
        RuntimeException io = new UncheckedIOException(new IOException("outbox"));
        RuntimeException bug = new IllegalStateException("a bug");
        new BackOff(true, 1, 1).waitOrThrow(io, "writing", 1);   // returns: the caller tries again
        assertSame(bug, assertThrows(IllegalStateException.class, () -> new BackOff(true, 1, 1).waitOrThrow(bug, "writing", 1)));
        assertSame(io, assertThrows(UncheckedIOException.class, () -> new BackOff(false, 1, 1).waitOrThrow(io, "writing", 1)),
                "the batch command does not wait");
        BackOff stopped = new BackOff(true, 1, 1);
        stopped.stop();
        assertThrows(UncheckedIOException.class, () -> stopped.waitOrThrow(io, "writing", 1));
    }
}
