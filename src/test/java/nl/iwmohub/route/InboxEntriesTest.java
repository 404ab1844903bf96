package nl.iwmohub.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import nl.iwmohub.app.HubRuntime;
import nl.iwmohub.support.LogCapture;
import nl.iwmohub.app.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything that is not a plain file in the running hub's inbox: a symbolic link to a secret file (a valid
 * WMO301 with a marker, which would be stored and delivered if the link were followed) and to a folder, a real
 * FIFO (mkfifo), a sub-folder, a name of 244 characters, a hidden and a .tmp name. Each is moved aside with a
 * report or left and reported once, nothing of a link's target is stored or sent, no stack trace is logged, and
 * the next file is processed.
 */
class InboxEntriesTest {
    private static final Path TOEWIJZING = Path.of("test-messages/scenarios/01-foundation-flow/in/01-wmo301-toewijzing.xml");
    private static final String MARKER = "GEHEIM-7731";

    @TempDir
    Path temp;

    @Test
    @Timeout(90)
    void linksSpecialFilesFoldersAndLongNamesAreMovedAsideAndTheNextFileIsProcessed() throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        String xml = Files.readString(TOEWIJZING);
        Path secret = Files.writeString(Files.createDirectories(temp.resolve("secrets")).resolve("secret.xml"),
                xml.replace("TW-2026-0042", "TW-2026-0099").replace("Clientvoorkeur", MARKER));
        Files.createSymbolicLink(inbox.resolve("01-link-to-secret.xml"), secret);
        Files.createSymbolicLink(inbox.resolve("02-link-to-folder"), secret.getParent());
        Process mkfifo = new ProcessBuilder("mkfifo", inbox.resolve("03-fifo.xml").toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        Files.writeString(Files.createDirectories(inbox.resolve("04-sub")).resolve("inside.xml"), xml);
        String longName = "05-" + "l".repeat(237) + ".xml";
        assertEquals(244, longName.length());
        Files.writeString(inbox.resolve(longName), xml.replace("TW-2026-0042", "TW-2026-0098"));
        Files.writeString(inbox.resolve(".06-being-written.xml"), xml);
        Files.writeString(inbox.resolve("07-being-written.xml.tmp"), xml);

        LogCapture log = LogCapture.all();
        try (HubRuntime hub = startHub(inbox)) {
            Path rejected = temp.resolve("rejected");
            await(() -> Files.exists(rejected.resolve("01-link-to-secret.xml.report.txt"))
                    && Files.exists(rejected.resolve("03-fifo.xml.report.txt"))
                    && Files.exists(rejected.resolve("04-sub.report.txt")), "the entries moved aside");
            assertTrue(Files.isSymbolicLink(rejected.resolve("01-link-to-secret.xml")), "the link itself was moved");
            assertTrue(Files.isSymbolicLink(rejected.resolve("02-link-to-folder")));
            assertTrue(Files.readAttributes(rejected.resolve("03-fifo.xml"), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).isOther(), "the FIFO was moved, unopened");
            assertTrue(Files.isRegularFile(rejected.resolve("04-sub/inside.xml")));
            assertTrue(Files.readString(rejected.resolve("01-link-to-secret.xml.report.txt")).contains("symbolic link"));
            try (Stream<Path> moved = Files.list(rejected)) {
                Path report = moved.filter(p -> p.getFileName().toString().startsWith("05-lll") && p.toString().endsWith(".report.txt"))
                        .findFirst().orElseThrow();
                String text = Files.readString(report);
                assertTrue(text.contains(longName) && text.contains("too long"), text);
            }

            drop(inbox, "08-next.xml", xml);
            await(() -> Files.exists(temp.resolve("archive/08-next.xml")), "the next file archived");
            Thread.sleep(1_000);   // several more polls: nothing is taken again, nothing reported again
            assertTrue(Files.exists(secret) && Files.readString(secret).contains(MARKER), "the target is untouched");
            try (Stream<Path> left = Files.list(inbox)) {
                assertEquals(List.of(".06-being-written.xml", "07-being-written.xml.tmp"),
                        left.map(p -> p.getFileName().toString()).sorted().toList(), "only the names being written stay");
            }
            int stored = hub.database().inTransaction(c -> {
                int n = 0;
                try (ResultSet rs = c.createStatement().executeQuery("SELECT inhoud, bestandsnaam FROM bericht")) {
                    while (rs.next()) {
                        assertFalse(new String(rs.getBytes(1), StandardCharsets.UTF_8).contains(MARKER), "the link's target is stored");
                        n++;
                    }
                }
                return n;
            });
            assertTrue(stored >= 2, "the next file and its delivery are stored: " + stored);
            try (Stream<Path> out = Files.walk(temp.resolve("outbox"))) {
                for (Path p : out.filter(Files::isRegularFile).toList()) {
                    assertFalse(Files.readString(p).contains(MARKER), "the link's target was sent: " + p);
                }
            }
        } finally {
            log.close();
        }
        List<ILoggingEvent> events = log.events();
        assertTrue(events.stream().noneMatch(e -> e.getThrowableProxy() != null),
                "no stack trace: " + events.stream().filter(e -> e.getThrowableProxy() != null).map(ILoggingEvent::getFormattedMessage).toList());
        long hidden = events.stream().filter(e -> e.getFormattedMessage().contains(".06-being-written.xml")).count();
        assertEquals(1, hidden, "a hidden name is reported once");
    }

    @Test
    @Timeout(60)
    void aFileNameWithALineBreakWritesNoLogLineOfItsOwn() throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        String forged = "01:02:03.456 ERROR [main] n.i.forged - the hub was hacked";
        String name = "09-bad.xml\n" + forged;
        LogCapture log = LogCapture.all();
        try (HubRuntime hub = startHub(inbox)) {
            drop(inbox, name, "<not-well-formed");
            Path report = temp.resolve("rejected").resolve(name + ".report.txt");
            await(() -> Files.exists(report), "the file rejected with its report");
            String text = Files.readString(report);
            assertTrue(text.startsWith("File: 09-bad.xml\\n01:02:03.456"), "the name escaped in the report: " + text);
            assertTrue(text.lines().noneMatch(l -> l.startsWith("01:02:03.456")), text);
        } finally {
            log.close();
        }
        String text = log.text();
        assertTrue(text.contains("09-bad.xml\\n01:02:03.456"), "the name was logged, escaped");
        assertTrue(text.lines().noneMatch(l -> l.startsWith("01:02:03.456")), "a forged log line: " + text);
    }

    private HubRuntime startHub(Path inbox) throws Exception {
        Map<String, String> s = new LinkedHashMap<>();
        for (String folder : new String[] {"work", "outbox", "archive", "rejected"}) {
            s.put("iwmo." + folder, temp.resolve(folder).toString());
        }
        s.put("iwmo.inbox", inbox.toString());
        s.put("iwmo.db", temp.resolve("db").toString());
        s.put("iwmo.inbox.enabled", "true");
        s.put("iwmo.today", "2026-11-15");
        s.put("iwmo.inbox.poll-delay", "100");
        s.put("iwmo.inbox.min-age", "200");
        HubRuntime hub = new HubRuntime(Settings.load(Map.of(), s));
        hub.start();
        return hub;
    }

    private static void drop(Path inbox, String name, String content) throws Exception {
        Path part = inbox.resolve("." + name + ".part");
        Files.writeString(part, content, StandardCharsets.UTF_8);
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void await(BooleanSupplier condition, String what) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) throw new AssertionError("timed out waiting: " + what);
            Thread.sleep(50);
        }
    }
}
