package nl.iwmohub.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.iwmohub.support.TestHub;
import nl.iwmohub.verdict.Outcome;
import nl.iwmohub.verdict.ProcessingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two declaraties of one aanbieder to two gemeenten with the same ReferentieNummer, sent at the same moment as
 * parallel lanes would: whichever commits second must see the first (TR314, 8021). Repeated so that the two
 * transactions really overlap; the claim under a primary key and the hub's retry make the verdict the same
 * either way.
 */
class CrossLaneUniquenessTest {
    private static final Path RACES = Path.of("test-messages/races");

    @TempDir
    Path temp;

    @Test
    void exactlyOneOfTwoRacingDeclaratiesWithTheSameReferentieNummerIsGranted() throws Exception {
        byte[] d0109 = Files.readAllBytes(RACES.resolve("declaratie-0109.xml"));
        byte[] d1681 = Files.readAllBytes(RACES.resolve("declaratie-1681.xml"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                try (TestHub hub = new TestHub(temp.resolve("r" + round), "2026-11-15")) {
                    for (String g : List.of("0109", "1681")) {
                        hub.runtime.process("toewijzing-" + g + ".xml", Files.readAllBytes(RACES.resolve("toewijzing-" + g + ".xml")));
                    }
                    CountDownLatch go = new CountDownLatch(1);
                    List<Future<ProcessingResult>> results = new ArrayList<>();
                    results.add(pool.submit(() -> { go.await(); return hub.runtime.process("d0109.xml", d0109); }));
                    results.add(pool.submit(() -> { go.await(); return hub.runtime.process("d1681.xml", d1681); }));
                    go.countDown();
                    int granted = 0;
                    int tr314 = 0;
                    for (Future<ProcessingResult> f : results) {
                        ProcessingResult r = f.get();
                        if (r.outcome() == Outcome.ACCEPTED) granted++;
                        tr314 += (int) r.findings().stream().filter(x -> x.rule().equals("TR314")).count();
                    }
                    assertEquals(1, granted, "round " + round + ": one declaratie granted");
                    assertEquals(1, tr314, "round " + round + ": the other refused with 8021");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
