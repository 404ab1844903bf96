package nl.iwmohub.route;

import java.util.function.LongSupplier;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.component.file.OptimizedFileFilter;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which files of the work folder one lane's consumer takes in a poll: those of its lane whose sequence number
 * was complete in the folder before the poll began. A directory listing that runs while the inbox route moves
 * files in may miss one file and see a later one; without this gate a lane could then take a pair's second
 * message before its first. Every file up to the number read at the start of the poll was moved in before
 * the listing started, so the listing has them all, and the lane takes them in order; later ones wait for the
 * next poll. (The file consumer calls {@link #begin} before each poll and {@link #accept(String)} per name.)
 */
public final class LaneGate implements OptimizedFileFilter, PollingConsumerPollStrategy {
    private static final Logger LOG = LoggerFactory.getLogger(LaneGate.class);
    private final int lane;
    private final LongSupplier complete;
    private final String threadName;
    private volatile long upTo = -1;

    LaneGate(int lane, LongSupplier complete) {
        this.lane = lane;
        this.complete = complete;
        this.threadName = "iwmo-lane-" + lane;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        upTo = complete.getAsLong();
        // the consumer's own poll thread: named for its lane, so that the log says which lane did what
        Thread thread = Thread.currentThread();
        if (!thread.getName().equals(threadName)) thread.setName(threadName);
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        // nothing to do: each file settles itself in the lane route
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        LOG.warn("lane-{} could not read the work folder; it tries again at the next poll: {}", lane, cause.toString());
        return false;
    }

    @Override
    public Boolean accept(String name) {
        WorkName work = WorkName.parse(name);
        return work != null && work.lane() == lane && work.sequence() <= upTo;
    }
}
