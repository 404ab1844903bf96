package nl.iwmohub.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.iwmohub.support.TestHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running hub with 4 lanes: messages of one gemeente-aanbieder pair keep their arrival order, and
 * messages of different pairs that conflict (one aanbieder using one Identificatie towards many gemeenten)
 * are settled by the store's constraints, not by luck: exactly one is accepted, none fails.
 */
class LanesTest {
    @TempDir
    Path temp;

    private String template;
    private String toewijzing;

    @Test
    void messagesOfOnePairKeepTheirOrderAndConflictsAcrossPairsAreSettledByTheStore() throws Exception {
        template = Files.readString(Path.of("test-messages/xsd/valid/WMO305.xml"), StandardCharsets.UTF_8);
        toewijzing = Files.readString(Path.of("test-messages/xsd/valid/WMO301.xml"), StandardCharsets.UTF_8);
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        // 30 aanbieders, each twice the same Identificatie to gemeente 0109: the first must win every time
        for (int a = 1; a <= 30; a++) {
            String agb = String.format("100000%02d", a);
            drop(inbox, "a" + agb + "-0.xml", toewijzing(agb, "0109", a));
            drop(inbox, "a" + agb + "-1.xml", message(agb, "0109", "ORDER", "2026-02-03").replace("26000123", "2600" + (10 + a) + "23"));
            drop(inbox, "a" + agb + "-2.xml", message(agb, "0109", "ORDER", "2026-02-02"));
        }
        // one aanbieder, one Identificatie, 20 gemeenten: different pairs, so different lanes race
        for (int g = 1; g <= 20; g++) {
            drop(inbox, String.format("b%04d-0.xml", g), toewijzing("12345678", String.format("%04d", 1000 + g), 0));
            drop(inbox, String.format("b%04d.xml", g), message("12345678", String.format("%04d", 1000 + g), "RACE", "2026-02-03")
                    .replace("26000123", "26001023"));
        }
        try (TestHub hub = new TestHub(temp, "2026-11-15", Map.of("iwmo.inbox.enabled", "true", "iwmo.lanes", "4",
                "iwmo.inbox.poll-delay", "50", "iwmo.inbox.min-age", "1"))) {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (count(temp.resolve("archive")) + count(temp.resolve("rejected")) < 130 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
        assertEquals(0, count(temp.resolve("rejected")), "no file failed: " + list(temp.resolve("rejected")));
        assertEquals(130, count(temp.resolve("archive")), "80 starts and the 50 toewijzingen they refer to");
        for (int a = 1; a <= 30; a++) {
            List<String> retours = contents(temp.resolve(String.format("outbox/100000%02d", a)));
            assertEquals(2, retours.size());
            assertTrue(retours.get(0).contains("ST-ORDER") && !retours.get(0).contains("9056"), "first accepted");
            assertTrue(retours.get(1).contains("<wmo306:RetourCode>9056<"), "second rejected with 9056");
        }
        List<String> race = contents(temp.resolve("outbox/12345678"));
        assertEquals(20, race.size());
        assertEquals(1, race.stream().filter(r -> !r.contains("9056")).count(), "exactly one of the racing messages won");
    }

    @Test
    void filesLeftInTheWorkFolderAreProcessedAtStartEvenWithAnEmptyInbox() throws Exception {
        Path work = Files.createDirectories(temp.resolve("work"));
        Files.createDirectories(temp.resolve("inbox"));
        Files.copy(Path.of("test-messages/xsd/valid/WMO305.xml"), work.resolve("0001795348348998012_left.xml"));
        try (TestHub hub = new TestHub(temp, "2026-11-15", Map.of("iwmo.inbox.enabled", "true",
                "iwmo.inbox.poll-delay", "50", "iwmo.inbox.min-age", "1"))) {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (count(temp.resolve("archive")) < 1 && System.nanoTime() < deadline) Thread.sleep(100);
        }
        assertEquals(List.of("left.xml"), list(temp.resolve("archive")), "archived under its own name");
        assertEquals(0, count(work));
        assertEquals(1, count(temp.resolve("outbox/12345678")));
    }

    @Test
    void filesNamedForAnotherLaneCountAreRedistributedAndKeepTheirOrder() throws Exception {
        template = Files.readString(Path.of("test-messages/xsd/valid/WMO305.xml"), StandardCharsets.UTF_8);
        toewijzing = Files.readString(Path.of("test-messages/xsd/valid/WMO301.xml"), StandardCharsets.UTF_8);
        Path work = Files.createDirectories(temp.resolve("work"));
        Files.createDirectories(temp.resolve("inbox"));
        // left by a hub with 8 lanes (lane 7 does not exist with 2) and by one that named files without a lane;
        // each start comes after the toewijzing it refers to, so it is accepted only if that order is kept
        for (int a = 1; a <= 6; a++) {
            String agb = String.format("200000%02d", a);
            String prefix = a % 2 == 0 ? "lane7-" : "";
            Files.writeString(work.resolve(String.format("%s%019d_t%d.xml", prefix, 1000 + 2 * a, a)),
                    toewijzing(agb, "0109", a), StandardCharsets.UTF_8);
            Files.writeString(work.resolve(String.format("%s%019d_s%d.xml", prefix, 1001 + 2 * a, a)),
                    message(agb, "0109", "S" + a, "2026-02-03").replace("26000123", "2600" + (10 + a) + "23"),
                    StandardCharsets.UTF_8);
        }
        try (TestHub hub = new TestHub(temp, "2026-11-15", Map.of("iwmo.inbox.enabled", "true", "iwmo.lanes", "2",
                "iwmo.inbox.poll-delay", "50", "iwmo.inbox.min-age", "1"))) {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (count(temp.resolve("archive")) < 12 && System.nanoTime() < deadline) Thread.sleep(100);
        }
        assertEquals(12, count(temp.resolve("archive")), "every file left behind is processed: " + list(work));
        assertEquals(0, count(work));
        for (int a = 1; a <= 6; a++) {
            assertTrue(Files.isRegularFile(temp.resolve("archive/s" + a + ".xml")), "archived under its own name");
            List<String> retours = contents(temp.resolve(String.format("outbox/200000%02d", a)));
            assertEquals(1, retours.size());
            assertFalse(retours.get(0).contains("RetourCode>"), "the start came after its toewijzing: " + retours.get(0));
        }
    }

    @Test
    void aStoppedHubLeavesTheRestWaitingAndTheNextStartGoesOnInOrder() throws Exception {
        template = Files.readString(Path.of("test-messages/xsd/valid/WMO305.xml"), StandardCharsets.UTF_8);
        toewijzing = Files.readString(Path.of("test-messages/xsd/valid/WMO301.xml"), StandardCharsets.UTF_8);
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        int pairs = 80;   // toewijzing numbers 2600(10+a)23x stay nine digits
        for (int a = 1; a <= pairs; a++) {
            String agb = String.format("3%07d", a);
            drop(inbox, String.format("p%03d-0.xml", a), toewijzing(agb, "0109", a));
            drop(inbox, String.format("p%03d-1.xml", a),
                    message(agb, "0109", "S" + a, "2026-02-03").replace("26000123", "2600" + (10 + a) + "23"));
        }
        // small groups: a stop lets each lane finish the group in hand, and one group of 40 would be all its work
        Map<String, String> settings = Map.of("iwmo.inbox.enabled", "true", "iwmo.lanes", "4",
                "iwmo.inbox.poll-delay", "50", "iwmo.inbox.min-age", "1", "iwmo.group.size", "3");
        try (TestHub hub = new TestHub(temp, "2026-11-15", settings)) {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (count(temp.resolve("archive")) < 10 && System.nanoTime() < deadline) Thread.sleep(10);
        }
        long archived = count(temp.resolve("archive"));
        long waiting = count(inbox) + count(temp.resolve("work"));
        assertEquals(0, count(temp.resolve("rejected")), "a stop fails nothing: " + list(temp.resolve("rejected")));
        assertEquals(2L * pairs, archived + waiting, "every file is archived or still waits, once");
        assertTrue(waiting > 0, "the hub stopped while it was working (" + archived + " archived)");
        assertTrue(list(temp.resolve("work")).stream().allMatch(n -> n.matches("lane[0-3]-[0-9]{19}_p[0-9]{3}-[01]\\.xml")),
                "what waits in the work folder is named for its lane: " + list(temp.resolve("work")));

        try (TestHub hub = new TestHub(temp, "2026-11-15", settings)) {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (count(temp.resolve("archive")) < 2L * pairs && System.nanoTime() < deadline) Thread.sleep(100);
        }
        assertEquals(2L * pairs, count(temp.resolve("archive")), "the next start processed the rest: work " + list(temp.resolve("work")) + " inbox " + list(inbox));
        assertEquals(0, count(temp.resolve("rejected")));
        for (int a = 1; a <= pairs; a++) {
            List<String> retours = contents(temp.resolve(String.format("outbox/3%07d", a)));
            assertEquals(1, retours.size(), "one answer for pair " + a);
            assertFalse(retours.get(0).contains("RetourCode>"), "pair " + a + " in order across the stop: " + retours.get(0));
        }
    }

    @Test
    void aFileNameWithCommasQuotesAndDollarsPassesThroughTheLaneSteps() throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        String name = "a, b (1) ${body} 'q' \"r\" {{x}} #y.xml";
        drop(inbox, name, Files.readString(Path.of("test-messages/xsd/valid/WMO301.xml")));
        try (TestHub hub = new TestHub(temp, "2026-11-15", Map.of("iwmo.inbox.enabled", "true",
                "iwmo.inbox.poll-delay", "50", "iwmo.inbox.min-age", "1"))) {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (count(temp.resolve("archive")) < 1 && System.nanoTime() < deadline) Thread.sleep(100);
        }
        assertEquals(List.of(name), list(temp.resolve("archive")));
        assertEquals(0, count(temp.resolve("rejected")));
    }

    /** The WMO301 that assigns what the starts of a pair refer to (TR019); numbers unique per gemeente (TR332). */
    private String toewijzing(String agb, String gemeente, int a) {
        return toewijzing.replace("<wmo301:Afzender>0109<", "<wmo301:Afzender>" + gemeente + "<")
                .replace("<wmo301:Ontvanger>12345678<", "<wmo301:Ontvanger>" + agb + "<")
                .replace("26000123", "2600" + (10 + a) + "23").replace("TW-2026-0042", "TW-" + agb);
    }

    private String message(String agb, String gemeente, String identificatie, String begindatum) {
        return template.replace("<wmo305:Afzender>12345678<", "<wmo305:Afzender>" + agb + "<")
                .replace("<wmo305:Ontvanger>0109<", "<wmo305:Ontvanger>" + gemeente + "<")
                .replace("ST-2026-0007", "ST-" + identificatie).replace("2026-02-03", begindatum);
    }

    private static void drop(Path inbox, String name, String xml) throws Exception {
        Path part = inbox.resolve("." + name + ".part");
        Files.writeString(part, xml, StandardCharsets.UTF_8);
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The retours in an outbox folder in the order the hub numbered them (R + store id). */
    private static List<String> contents(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("WMO306_")).sorted().map(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static long count(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }

    private static List<String> list(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
