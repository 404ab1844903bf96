package nl.iwmohub.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.iwmohub.support.TestHub;
import nl.iwmohub.verdict.Outcome;
import nl.iwmohub.verdict.ProcessingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus in test-messages/hostile through the running hub's inbox route: every hostile file is
 * quarantined with a readable report, nothing outside the file is read, and the hub goes on with the
 * next good message. A byte-order mark alone is accepted.
 */
class HostileInputTest {
    private static final Path CORPUS = Path.of("test-messages/hostile");
    /** file -> what its report must say. */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("billion-laughs.xml", "DOCTYPE is disallowed");
        EXPECTED.put("xxe-external-file.xml", "DOCTYPE is disallowed");
        EXPECTED.put("xxe-external-dtd.xml", "DOCTYPE is disallowed");
        EXPECTED.put("xxe-parameter-entity.xml", "DOCTYPE is disallowed");
        EXPECTED.put("deep-nesting.xml", "depth");
        EXPECTED.put("invalid-utf8.xml", "not well-formed");
        EXPECTED.put("wrong-encoding-declaration.xml", "not well-formed");
        EXPECTED.put("truncated.xml", "not well-formed");
        EXPECTED.put("binary.bin", "not well-formed");
        EXPECTED.put("empty.xml", "the file is empty");
        EXPECTED.put("whitespace-only.xml", "not well-formed");
        EXPECTED.put("two-root-elements.xml", "not well-formed");
        EXPECTED.put("not-iwmo-namespace.xml", "not an iWmo 3.2 message");
    }

    @TempDir
    Path temp;

    @Test
    void everyHostileFileIsQuarantinedWithAReportAndTheHubGoesOn() throws Exception {
        Map<String, String> settings = Map.of("iwmo.inbox.enabled", "true", "iwmo.inbox.poll-delay", "100",
                "iwmo.inbox.min-age", "200");
        try (TestHub hub = new TestHub(temp, "2026-11-15", settings)) {
            Path inbox = Files.createDirectories(temp.resolve("inbox"));
            for (String name : EXPECTED.keySet()) drop(CORPUS.resolve(name), inbox, name);
            drop(CORPUS.resolve("bom-utf8-valid.xml"), inbox, "bom-utf8-valid.xml");
            drop(Path.of("test-messages/xsd/valid/WMO305.xml"), inbox, "zz-good-after-all-that.xml");
            waitUntilEmpty(inbox);
            waitUntilEmpty(temp.resolve("work"));

            Path rejected = temp.resolve("rejected");
            String secret = Files.readString(Path.of("/etc/hostname")).trim();
            for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
                assertTrue(Files.isRegularFile(rejected.resolve(e.getKey())), e.getKey() + " is in rejected/");
                String report = Files.readString(rejected.resolve(e.getKey() + ".report.txt"), StandardCharsets.UTF_8);
                assertTrue(report.contains("Outcome: QUARANTINED"), report);
                assertTrue(report.contains(e.getValue()), e.getKey() + " report says '" + e.getValue() + "':\n" + report);
                if (!secret.isEmpty()) assertFalse(report.contains(secret), "no external entity was read: " + report);
            }
            assertTrue(Files.isRegularFile(temp.resolve("archive/bom-utf8-valid.xml")), "a BOM alone is fine");
            assertTrue(Files.isRegularFile(temp.resolve("archive/zz-good-after-all-that.xml")), "the hub went on");
            try (Stream<Path> out = Files.list(temp.resolve("outbox/12345678"))) {
                List<String> answers = out.map(p -> p.getFileName().toString()).sorted().toList();
                assertEquals(2, answers.size(), "one WMO306 each for the BOM file and the good file: " + answers);
                assertTrue(answers.stream().allMatch(a -> a.startsWith("WMO306_")), answers.toString());
            }
        }
    }

    @Test
    void fileLargerThanTheMaximumIsRefusedUnread() throws Exception {
        try (TestHub hub = new TestHub(temp, "2026-11-15", Map.of("iwmo.max-file-size", "1000"))) {
            ProcessingResult r = hub.process(Path.of("test-messages/xsd/valid/WMO305.xml"));
            assertEquals(Outcome.QUARANTINED, r.outcome());
            assertTrue(r.reason().contains("larger than the maximum of 1000 bytes"), r.reason());
        }
    }

    private static void drop(Path source, Path inbox, String name) throws Exception {
        Path temp = inbox.resolve("." + name + ".part");
        Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void waitUntilEmpty(Path inbox) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!Files.isDirectory(inbox)) {
                Thread.sleep(100);
                continue;
            }
            try (Stream<Path> files = Files.list(inbox)) {
                if (files.findAny().isEmpty()) return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(inbox + " was not emptied within 30 s");
    }
}
