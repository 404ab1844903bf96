package nl.iwmohub.route;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.iwmohub.store.Database;
import nl.iwmohub.store.StoreException;
import nl.iwmohub.verdict.ProcessingResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit (issue 14): the lane route hands over the files of its lane that wait together (up to
 * iwmo.group.size, in sequence order), and this step sends them through the ingest route in one transaction:
 * one commit for all of them, their answers staged in the outbox and marked written in that same transaction,
 * then named, then the work files settled. Nothing changes for a single message: it is a group of one.
 * <p>
 * A group that fails in any way (a fault of the message, of the environment, a race with another lane) is rolled
 * back whole, its staged answers removed, and its files go back to the lane one at a time ({@link #alone}), where
 * a fault is waited for or rejects that one file exactly as before. A file that an earlier start left unfinished
 * (the hub was killed while it was in hand) and every file after it in the group are also processed alone, so
 * that a file that kills the hub is found and quarantined by its own count of starts.
 */
public final class LaneGroup {
    private static final Logger LOG = LoggerFactory.getLogger(LaneGroup.class);
    private final Database database;
    private final Lanes lanes;
    private final Send send;
    private final Settle settle;
    private final BackOff backOff;
    private volatile IngestRoute ingestRoute;

    /** The ingest route of routes/hub.yaml, as the runtime sends a delivery through it (app.HubRuntime). */
    @FunctionalInterface
    public interface IngestRoute {
        ProcessingResult ingest(Delivery delivery) throws Exception;
    }

    public LaneGroup(Database database, Lanes lanes, Send send, Settle settle, BackOff backOff) {
        this.database = database;
        this.lanes = lanes;
        this.send = send;
        this.settle = settle;
        this.backOff = backOff;
    }

    /** Set once by the runtime, before Camel starts the lanes. */
    public void connect(IngestRoute route) {
        this.ingestRoute = route;
    }

    /**
     * Route step: processes the leading files of {@code files} that were never started before as one group, and
     * returns the files the lane must still process one at a time, in order (all of them when the group failed).
     */
    public List<String> together(List<String> files) throws IOException {
        int first = 0;
        while (first < files.size() && !lanes.startedBefore(files.get(first))) first++;
        if (first < 2) return files;
        List<String> group = files.subList(0, first);
        List<String> rest = new ArrayList<>(files.subList(first, files.size()));
        group.forEach(backOff::hold);
        List<ProcessingResult> results;
        try {
            List<Delivery> deliveries = new ArrayList<>();
            for (String file : group) deliveries.add(lanes.groupDelivery(file));
            results = database.inGroup(c -> {
                List<ProcessingResult> r = new ArrayList<>();
                for (Delivery d : deliveries) r.add(ingest(d));
                return r;
            });
        } catch (Exception e) {
            send.afterRollback();
            group.forEach(lanes::finished);   // this start ended; it is not one left unfinished
            group.forEach(backOff::release);
            LOG.info("a group of {} files failed ({}); they are processed one at a time", group.size(),
                    nl.iwmohub.bericht.Privacy.maskBsns(String.valueOf(e)));
            return files;
        }
        send.afterCommit();
        for (int i = 0; i < group.size(); i++) {
            settle.settle(group.get(i), results.get(i));
            lanes.finished(group.get(i));
            backOff.release(group.get(i));
        }
        LOG.debug("a group of {} files committed once", group.size());
        return rest;
    }

    /**
     * Route step for one file (a group of one): throws on failure, which the lane's doCatch judges (route.Failed).
     * A constraint violation is a race with a parallel lane that committed first: run once more, now the rules see
     * that message (as MessageProcessor did on its own before groups).
     */
    public void alone(String file) throws Exception {
        Delivery delivery = lanes.delivery(file);
        ProcessingResult result;
        try {
            result = once(delivery);
        } catch (StoreException e) {
            if (!e.isConstraintViolation()) throw e;
            LOG.info("{} lost a race with a parallel message; processing it again", Lanes.arrivedAs(java.nio.file.Path.of(file)));
            result = once(delivery);
        }
        send.afterCommit();
        settle.settle(file, result);
    }

    private ProcessingResult once(Delivery delivery) {
        try {
            return database.inGroup(c -> ingest(delivery));
        } catch (RuntimeException e) {
            send.afterRollback();
            throw e;
        }
    }

    private ProcessingResult ingest(Delivery delivery) {
        try {
            return ingestRoute.ingest(delivery);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IngestFailure(e);
        }
    }

    /** A checked failure of the ingest route, carried out of the group's transaction unchanged in its cause. */
    static final class IngestFailure extends RuntimeException {
        IngestFailure(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
