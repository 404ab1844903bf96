package nl.iwmohub.route;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import nl.iwmohub.bericht.Privacy;
import nl.iwmohub.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a lane does when its environment fails (the store unreachable, closed or read-only; the outbox, archive or
 * rejected folder not writable): it waits, doubling the delay from {@code iwmo.retry.delay} up to {@code
 * iwmo.retry.max-delay}, and tries the same file again, so that a fault of the environment never rejects a
 * message. The lane waits with it: a gemeente-aanbieder pair's later message must not overtake the earlier one.
 * Only a fault of the message itself (any other exception) rejects the file, with an INTERNAL_ERROR report.
 * <p>
 * The lane route (routes/hub.yaml) loops while {@link #again} says so: once for every file, and once more after
 * every {@link #pause}. A stopping hub ends the waiting at once; the file stays in the work folder for the next
 * start. Without lanes (the batch command) nothing is retried: the fault is the command's error.
 */
public final class BackOff {
    private static final Logger LOG = LoggerFactory.getLogger(BackOff.class);
    private final boolean enabled;
    private final long firstDelayMs;
    private final long maxDelayMs;
    private final Map<String, Attempts> files = new ConcurrentHashMap<>();
    private final AtomicLong retried = new AtomicLong();
    /** Lanes waiting in place (after the commit) from their first failure until the step succeeds. */
    private final java.util.Set<Thread> waitingInPlace = ConcurrentHashMap.newKeySet();
    private final Object wakeUp = new Object();
    private volatile boolean stopping;

    public BackOff(boolean enabled, long firstDelayMs, long maxDelayMs) {
        if (firstDelayMs < 1) throw new IllegalArgumentException("iwmo.retry.delay must be at least 1 ms, not " + firstDelayMs);
        if (maxDelayMs < firstDelayMs) {
            throw new IllegalArgumentException("iwmo.retry.max-delay (" + maxDelayMs + ") must be at least iwmo.retry.delay ("
                    + firstDelayMs + ")");
        }
        this.enabled = enabled;
        this.firstDelayMs = firstDelayMs;
        this.maxDelayMs = maxDelayMs;
    }

    /** Whether a failure is one of the environment, which passes, rather than one of the message. */
    public static boolean ofEnvironment(Throwable failure) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof StoreException s && s.isEnvironment()) return true;
            if (t instanceof IOException || t instanceof UncheckedIOException) return true;
        }
        return false;
    }

    /** The lane route's test of a failure (route step): {@link #ofEnvironment}. */
    public boolean isEnvironment(Throwable failure) {
        return ofEnvironment(failure);
    }

    /**
     * The lane route's loop condition for the work file: true for its first attempt and after each pause, while
     * the hub runs and the file is still in the work folder; false once it was settled (archived or rejected).
     */
    public boolean again(String workFile) {
        Attempts a = files.get(workFile);
        if (a == null) {
            files.put(workFile, new Attempts());
            return true;
        }
        boolean retry = a.pending && !stopping && Files.exists(Path.of(workFile));
        a.pending = false;
        if (!retry) {
            files.remove(workFile);
            if (a.count > 0 && !stopping) LOG.info("{} settled after {} retried attempt(s)", Lanes.arrivedAs(Path.of(workFile)), a.count);
        }
        return retry;
    }

    /** A file processed in a group (route.LaneGroup) is in hand from here until {@link #release}. */
    public void hold(String workFile) {
        files.putIfAbsent(workFile, new Attempts());
    }

    public void release(String workFile) {
        files.remove(workFile);
    }

    /** After a fault of the environment on the work file: wait before {@link #again} lets the lane try it once more. */
    public void pause(String workFile, Throwable cause) {
        Attempts a = files.computeIfAbsent(workFile, f -> new Attempts());
        a.count++;
        a.pending = true;
        retried.incrementAndGet();
        long delay = delay(a.count);
        LOG.warn("{}: the environment failed ({}); the file stays in the work folder and is tried again in {} ms"
                + " (attempt {})", Lanes.arrivedAs(Path.of(workFile)), describe(cause), delay, a.count + 1);
        sleep(delay);
    }

    /**
     * In place, for a step after the commit (writing the stored answers, moving the settled file): waits after
     * fault {@code attempt} (1, 2, ...) of the environment and returns, so that the caller tries the step again;
     * throws the fault when nothing may wait (no lanes, or the hub is stopping).
     */
    public void waitOrThrow(RuntimeException fault, String what, int attempt) {
        if (!enabled || stopping || !ofEnvironment(fault)) throw fault;
        retried.incrementAndGet();
        waitingInPlace.add(Thread.currentThread());
        long delay = delay(attempt);
        LOG.warn("{} failed ({}); tried again in {} ms (attempt {})", what, describe(fault), delay, attempt + 1);
        sleep(delay);
        if (stopping) throw fault;
    }

    /** The step that was waited for in place ({@link #waitOrThrow}) has succeeded. */
    public void recovered() {
        if (waitingInPlace.remove(Thread.currentThread())) LOG.info("the step waited for succeeded; the lane goes on");
    }

    /** The hub is stopping: every waiting lane stops waiting now. */
    public void stop() {
        stopping = true;
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    /** How many times a step was tried again since the start. */
    public long retried() {
        return retried.get();
    }

    /** How many lanes wait for their environment now: a file to be tried again, or a step after its commit. */
    public int waiting() {
        return (int) files.values().stream().filter(a -> a.pending || a.count > 0).count() + waitingInPlace.size();
    }

    long delay(int attempt) {
        long delay = firstDelayMs;
        for (int i = 1; i < attempt && delay < maxDelayMs; i++) delay *= 2;
        return Math.min(delay, maxDelayMs);
    }

    private void sleep(long ms) {
        long until = System.currentTimeMillis() + ms;
        synchronized (wakeUp) {
            for (long left = ms; left > 0 && !stopping; left = until - System.currentTimeMillis()) {
                try {
                    wakeUp.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String text = root == t ? String.valueOf(t) : t.getClass().getSimpleName() + ": " + root;
        return Privacy.maskBsns(text.length() > 300 ? text.substring(0, 300) + "..." : text);
    }

    /** A work file a lane has in hand: its lane, since when (ms since the epoch), and how often it was tried again. */
    public record InHand(int lane, long sinceMillis, int retried) {}

    /** The files the lanes have in hand now (no names: they may hold personal data). */
    public java.util.List<InHand> inHand() {
        java.util.List<InHand> result = new java.util.ArrayList<>();
        files.forEach((file, a) -> {
            WorkName name = WorkName.parse(Path.of(file).getFileName().toString());
            result.add(new InHand(name == null ? -1 : name.lane(), a.since, a.count));
        });
        return result;
    }

    private static final class Attempts {
        final long since = System.currentTimeMillis();
        volatile int count;
        volatile boolean pending;
    }
}
