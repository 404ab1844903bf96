package nl.iwmohub.route;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.LongSupplier;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.component.file.OptimizedFileFilter;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which files of the work folder one lane's consumer takes in a poll: the next {@value #BATCH} of its lane, in
 * sequence order, among those that were completely in the folder before the poll began. (The file consumer
 * calls {@link #begin} before each poll, which skips the poll when there is nothing to take, and {@link
 * #accept(String)} for each name it lists.)
 * <ul>
 * <li>Complete before the poll began: a directory listing that runs while the inbox route moves files in may
 * miss one file and see a later one; without this a lane could take a pair's second message before its first.
 * Every file up to the number read at the start of the poll was moved in before the listing, so the listing
 * has them all; later ones wait for the next poll.</li>
 * <li>The next {@value #BATCH}: the file consumer makes an exchange for every file it takes in a poll before
 * it processes the first, so a lane that took thousands of waiting files at once would hold them all in
 * memory. The gate picks the batch from the names alone; the consumer then sorts and processes only those.</li>
 * </ul>
 */
public final class LaneGate implements OptimizedFileFilter, PollingConsumerPollStrategy {
    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(LaneGate.class);
    private static final Comparator<Waiting> BY_SEQUENCE = Comparator.comparingLong(Waiting::sequence);
    private final int lane;
    private final Path work;
    private final LongSupplier complete;
    private final String threadName;
    private volatile Set<String> batch = Set.of();
    // what the last listing saw (only the lane's own poll thread calls begin)
    private long listedUpTo = -1;
    private boolean drained;

    LaneGate(int lane, Path work, LongSupplier complete) {
        this.lane = lane;
        this.work = work;
        this.complete = complete;
        this.threadName = "iwmo-lane-" + lane;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        // the consumer's own poll thread: named for its lane, so that the log says which lane did what
        Thread thread = Thread.currentThread();
        if (!thread.getName().equals(threadName)) thread.setName(threadName);
        long upTo = complete.getAsLong();
        if (drained && upTo == listedUpTo) {
            // the last listing took every file of this lane, and nothing has been moved in since: an idle lane
            // does not list a folder full of other lanes' files every poll delay
            batch = Set.of();
            return false;
        }
        PriorityQueue<Waiting> next = new PriorityQueue<>(BY_SEQUENCE.reversed());   // the largest on top
        try (DirectoryStream<Path> names = Files.newDirectoryStream(work)) {
            for (Path p : names) {
                String file = p.getFileName().toString();
                WorkName name = WorkName.parse(file);
                if (name == null || name.lane() != lane || name.sequence() > upTo) continue;
                next.add(new Waiting(name.sequence(), file));
                if (next.size() > BATCH) next.poll();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("lane-{} could not list {}; it tries again at the next poll: {}", lane, work, e.toString());
            return false;
        }
        Set<String> chosen = new HashSet<>();
        for (Waiting w : next) chosen.add(w.file());
        batch = chosen;
        listedUpTo = upTo;
        drained = chosen.size() < BATCH;
        return !chosen.isEmpty();   // false: nothing to take, so the consumer does not list the folder either
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        batch = Set.of();
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        batch = Set.of();
        LOG.warn("lane-{} could not read the work folder; it tries again at the next poll: {}", lane, cause.toString());
        return false;
    }

    @Override
    public Boolean accept(String name) {
        return batch.contains(name);
    }

    private record Waiting(long sequence, String file) {}
}
