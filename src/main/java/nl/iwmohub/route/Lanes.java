package nl.iwmohub.route;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.camel.spi.RouteTemplateParameterSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parallel processing that keeps arrival order where it matters, with the work folder as the queue. The inbox
 * route takes files one at a time in name order and {@link #take}s each: it moves into the work folder under
 * the next sequence number, named for the lane of its gemeente-aanbieder pair ({@link LaneKey}). Each lane is
 * a route of the template {@code lane} in routes/hub.yaml, one per lane ({@code lane-0} .. {@code lane-N-1},
 * this class is their parameter source): a single-threaded file consumer of the work folder that takes the
 * files of its lane in sequence order (see {@link LaneGate}), sends each through the ingest route and settles
 * it. So the messages of a pair (every toewijzing, start, stop and declaratie between them, and so every
 * client's) are applied in arrival order; pairs run in parallel. What crosses pairs is guarded by the store's
 * constraints. Files a stop left in the work folder are still there at the next start; {@link #recover} gives
 * them the lane of the current lane count before the routes start, and their numbers come before any new one.
 */
public final class Lanes implements RouteTemplateParameterSource {
    private static final Logger LOG = LoggerFactory.getLogger(Lanes.class);
    private final Path work;
    private final int count;
    private final Attempts attempts;
    private final AtomicLong sequence = new AtomicLong();
    /** The highest sequence number whose file is in the work folder (moved completely). */
    private final AtomicLong complete = new AtomicLong();

    public Lanes(Path work, int count) {
        this(work, count, Integer.MAX_VALUE);
    }

    /** {@code maxAttempts}: how often a file may be started without finishing before it is quarantined unread. */
    public Lanes(Path work, int count, int maxAttempts) {
        if (count < 1) throw new IllegalArgumentException("iwmo.lanes must be at least 1, not " + count);
        this.work = work;
        this.count = count;
        // beside the work folder, not in it: the work folder holds work files only
        Path absolute = work.toAbsolutePath();
        this.attempts = new Attempts(absolute.resolveSibling("." + absolute.getFileName() + "-attempts"), maxAttempts);
    }

    @Override
    public Set<String> routeIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) ids.add("lane-" + i);
        return ids;
    }

    @Override
    public Map<String, Object> parameters(String routeId) {
        return Map.of(TEMPLATE_ID, "lane", "lane", Integer.parseInt(routeId.substring("lane-".length())));
    }

    /** The gates of the lanes' consumers, by the bean name the lane template refers to (laneGate0 ..). */
    public Map<String, LaneGate> gates() {
        Map<String, LaneGate> gates = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) gates.put("laneGate" + i, new LaneGate(i, work, complete::get));
        return gates;
    }

    /**
     * At start-up, before the routes start: the files a stop left in the work folder get the lane of their pair
     * under the current lane count (it may have changed, or they may have been named by an earlier hub), keeping
     * their sequence numbers, and new numbers continue after them.
     */
    public synchronized void recover() throws IOException {
        Files.createDirectories(work);
        long last = Math.max(System.currentTimeMillis() * 1000, 0);
        List<Path> left = new ArrayList<>();
        try (Stream<Path> list = Files.list(work)) {
            list.filter(p -> WorkName.parse(p.getFileName().toString()) != null).forEach(left::add);
        }
        left.sort(Comparator.comparing((Path p) -> WorkName.parse(p.getFileName().toString()).sequence())
                .thenComparing(p -> p.getFileName().toString()));
        int moved = 0;
        for (Path p : left) {
            WorkName name = WorkName.parse(p.getFileName().toString());
            last = Math.max(last, name.sequence());
            int lane = laneOf(p);
            if (lane != name.lane()) {
                Path target = work.resolve(name.inLane(lane).toString());
                Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                LOG.debug("{} left by an earlier stop moves to lane {} as {}", p.getFileName(), lane, target.getFileName());
                moved++;
            }
        }
        sequence.set(last);
        complete.set(last);
        attempts.keepOnly(left.stream().map(p -> WorkName.parse(p.getFileName().toString()).sequence()).toList());
        if (!left.isEmpty()) {
            LOG.info("{} file(s) left in {} by an earlier stop are processed first; {} of them moved to the lane of"
                    + " their pair among {} lane(s)", left.size(), work, moved, count);
        }
    }

    /** Step of the inbox route: moves the inbox file into the work folder, into its lane, under the next number. */
    public synchronized void take(String inboxFile) throws IOException {
        Path file = Path.of(inboxFile);
        int lane = laneOf(file);
        long number = sequence.incrementAndGet();
        Files.move(file, work.resolve(new WorkName(lane, number, file.getFileName().toString()).toString()),
                StandardCopyOption.ATOMIC_MOVE);
        complete.set(number);
    }

    /**
     * First step of a lane route: the work file, handed to the ingest route under the name it arrived as. The
     * attempt is counted on disk before it starts, so a file that stops or kills the hub every time it is
     * processed is known at the next start and is quarantined instead of tried for ever.
     */
    public Delivery delivery(String workFile) throws IOException {
        Path file = Path.of(workFile);
        WorkName name = WorkName.parse(file.getFileName().toString());
        if (name == null) return Delivery.of(arrivedAs(file), file);
        int before = attempts.start(name.sequence());
        if (attempts.exhausted(before)) {
            LOG.warn("{} was started {} time(s) without finishing; it is quarantined unread", name.arrivedAs(), before);
            return Delivery.unfinished(name.arrivedAs(), file, before);
        }
        return Delivery.of(name.arrivedAs(), file);
    }

    /** Whether an earlier start of this work file did not finish (the hub stopped or died with it in hand). */
    public boolean startedBefore(String workFile) throws IOException {
        WorkName name = WorkName.parse(Path.of(workFile).getFileName().toString());
        return name != null && (attempts.unfinished(name.sequence()) > 0 || attempts.groupUnfinished(name.sequence()));
    }

    /**
     * A work file handed to the ingest route inside a group: its start is marked apart from its own count, so a file
     * whose group was killed is processed alone next (startedBefore) without having used one of its attempts.
     */
    public Delivery groupDelivery(String workFile) throws IOException {
        Path file = Path.of(workFile);
        WorkName name = WorkName.parse(file.getFileName().toString());
        if (name != null) attempts.startInGroup(name.sequence());
        return Delivery.of(name == null ? arrivedAs(file) : name.arrivedAs(), file);
    }

    /** Last step of a lane route, whatever the outcome: the file's processing finished (it did not hang or die). */
    public void finished(String workFile) {
        WorkName name = WorkName.parse(Path.of(workFile).getFileName().toString());
        if (name != null) attempts.finished(name.sequence());
    }

    /** The name a work file had in the inbox. */
    static String arrivedAs(Path workFile) {
        String name = workFile.getFileName().toString();
        WorkName parsed = WorkName.parse(name);
        return parsed != null ? parsed.arrivedAs() : name;
    }

    private int laneOf(Path file) {
        return count == 1 ? 0 : LaneKey.lane(LaneKey.of(file), count);
    }
}
