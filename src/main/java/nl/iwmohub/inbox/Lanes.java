package nl.iwmohub.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.iwmohub.core.ProcessingResult;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parallel processing that keeps arrival order where it matters. The inbox route takes files one at a time
 * in name order and moves each into the work folder under a sequence number; the file then waits in the lane
 * of its gemeente-aanbieder pair. Each lane is one thread, so the messages of a pair (every toewijzing, start,
 * stop and declaratie between them, and so every client's) are applied in arrival order; pairs run in
 * parallel. What crosses pairs (an Identificatie used by one aanbieder towards two gemeenten) is guarded by
 * database constraints, and the processing retries a transaction that lost such a race. Files in the work
 * folder at start-up (the hub stopped) are processed first, in their order.
 */
public final class Lanes implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Lanes.class);
    private static final Pattern AFZENDER = Pattern.compile("<(?:\\w+:)?Afzender>\\s*([0-9]+)\\s*<");
    private static final Pattern ONTVANGER = Pattern.compile("<(?:\\w+:)?Ontvanger>\\s*([0-9]+)\\s*<");
    private static final Pattern SEQUENCED = Pattern.compile("^([0-9]{19})_(.*)$");
    private static final int HEAD = 8192;

    private final Path work;
    private final InboxFiles files;
    private final ExecutorService[] lanes;
    private final AtomicLong sequence = new AtomicLong();
    private volatile ProducerTemplate template;
    private volatile boolean stopping;
    private boolean recovered;

    public Lanes(Path work, int count, InboxFiles files) {
        if (count < 1) throw new IllegalArgumentException("iwmo.lanes must be at least 1, not " + count);
        this.work = work;
        this.files = files;
        this.lanes = new ExecutorService[count];
        for (int i = 0; i < count; i++) {
            int lane = i;
            lanes[i] = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "iwmo-lane-" + lane);
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** Route step of the inbox: moves the file out of the inbox into its lane. */
    public synchronized void accept(Exchange exchange) throws IOException {
        if (stopping) return; // the hub is stopping: the file stays in the inbox for the next start
        recover(exchange.getContext());
        Path file = Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class));
        String name = String.format("%019d_%s", sequence.incrementAndGet(), file.getFileName());
        Path target = work.resolve(name);
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        submit(target);
    }

    /** At start-up, before the inbox is read: the files a stop left in the work folder go first. */
    public synchronized void start(CamelContext context) throws IOException {
        recover(context);
    }

    /** Once: the work folder's files, left by a stop, go first; the sequence continues after them. */
    private void recover(CamelContext context) throws IOException {
        if (recovered) return;
        template = context.createProducerTemplate();
        Files.createDirectories(work);
        sequence.set(Math.max(System.currentTimeMillis() * 1000, 0));
        List<Path> left;
        try (Stream<Path> list = Files.list(work)) {
            left = list.filter(p -> SEQUENCED.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        for (Path p : left) {
            Matcher m = SEQUENCED.matcher(p.getFileName().toString());
            if (m.matches()) sequence.set(Math.max(sequence.get(), Long.parseLong(m.group(1))));
            submit(p);
        }
        if (!left.isEmpty()) LOG.info("{} file(s) left in {} by an earlier stop are processed first", left.size(), work);
        recovered = true;
    }

    private void submit(Path workFile) {
        try {
            lanes[lane(workFile)].execute(() -> process(workFile));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.info("{} waits in {} for the next start: the hub is stopping", workFile.getFileName(), work);
        }
    }

    private int lane(Path workFile) {
        if (lanes.length == 1) return 0;
        return Math.floorMod(key(workFile).hashCode(), lanes.length);
    }

    /** The gemeente-aanbieder pair from the start of the file, without parsing; unreadable: the file's name. */
    static String key(Path file) {
        byte[] head = new byte[HEAD];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, HEAD);
        } catch (IOException e) {
            return file.getFileName().toString();
        }
        String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        Matcher a = AFZENDER.matcher(text);
        Matcher o = ONTVANGER.matcher(text);
        if (!a.find() || !o.find()) return file.getFileName().toString();
        String x = a.group(1);
        String y = o.group(1);
        return x.compareTo(y) < 0 ? x + "-" + y : y + "-" + x;
    }

    private void process(Path workFile) {
        if (stopping) return; // stays in the work folder for the next start
        Matcher m = SEQUENCED.matcher(workFile.getFileName().toString());
        String name = m.matches() ? m.group(2) : workFile.getFileName().toString();
        try {
            Exchange result = template.request("direct:ingest",
                    ex -> ex.getIn().setBody(nl.iwmohub.route.Delivery.of(name, workFile)));
            if (result.getException() != null) {
                files.failed(workFile, name, result.getException());
            } else {
                files.dispose(workFile, name, result.getMessage().getBody(ProcessingResult.class));
            }
        } catch (RuntimeException e) {
            LOG.error("cannot process {}; it stays in {} and is tried again at the next start", name, work, e);
        }
    }

    /**
     * Lets every lane finish the file in hand; what waits stays in the work folder for the next start. No
     * thread is interrupted: an interrupt inside the store's file I/O could close the database.
     */
    @Override
    public void close() {
        stopping = true;
        for (ExecutorService lane : lanes) lane.shutdown();
        for (ExecutorService lane : lanes) {
            try {
                lane.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
