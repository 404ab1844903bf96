package nl.iwmohub.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lane's gate takes, per poll, the next files of its own lane in sequence order, at most a batch, and none
 * that was not completely moved in before the poll began.
 */
class LaneGateTest {
    @TempDir
    Path work;

    @Test
    void thePollTakesTheNextBatchOfItsLaneAmongTheCompleteFiles() throws Exception {
        List<String> lane0 = new ArrayList<>();
        for (int i = 2000; i >= 1; i--) {   // created in reverse, so that the folder's order is not the answer
            String name = new WorkName(i % 3 == 0 ? 1 : 0, i, "m" + i + ".xml").toString();
            Files.writeString(work.resolve(name), "x");
            if (i % 3 != 0 && i <= 1800) lane0.add(0, name);
        }
        assertTrue(lane0.size() > LaneGate.BATCH, "more waiting than one batch");
        LaneGate gate = new LaneGate(0, work, () -> 1800);
        assertTrue(gate.begin(null, null));
        List<String> taken;
        try (Stream<Path> files = Files.list(work)) {
            taken = files.map(p -> p.getFileName().toString()).filter(gate::accept).sorted().toList();
        }
        assertEquals(lane0.subList(0, LaneGate.BATCH).stream().sorted().toList(), taken, "the first batch of lane 0");
        assertFalse(gate.accept(new WorkName(0, 1900, "m1900.xml").toString()), "moved in after the poll began");
        assertFalse(gate.accept("not-a-work-file.xml"));
        gate.commit(null, null, taken.size());
        assertFalse(gate.accept(taken.get(0)), "a batch is for one poll");
    }

    @Test
    void anIdleLaneSkipsItsPollsUntilSomethingIsMovedIn() throws Exception {
        java.util.concurrent.atomic.AtomicLong complete = new java.util.concurrent.atomic.AtomicLong(10);
        Files.writeString(work.resolve(new WorkName(1, 5, "other-lane.xml").toString()), "x");
        LaneGate gate = new LaneGate(0, work, complete::get);
        assertFalse(gate.begin(null, null), "nothing of lane 0: the poll is skipped");
        String mine = new WorkName(0, 11, "mine.xml").toString();
        Files.writeString(work.resolve(mine), "x");
        assertFalse(gate.begin(null, null), "not complete before the poll began");
        complete.set(11);
        assertTrue(gate.begin(null, null));
        assertTrue(gate.accept(mine));
    }
}
