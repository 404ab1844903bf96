package nl.iwmohub.route;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import nl.iwmohub.app.HubRuntime;
import nl.iwmohub.app.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Poison inputs through the running hub: a 10 MB Achternaam (maxLength 200) gets the verdict it always got (XSD
 * invalid, the validator's maxLength error, an error notice to the sender) in bounded time, a 10 MB Commentaar is
 * accepted and delivered unchanged, and the file after each is processed; a work file the hub started too often
 * without finishing is quarantined unread with a report.
 */
class LongTextThroughTheHubTest {
    private static final Path TOEWIJZING = Path.of("test-messages/scenarios/01-foundation-flow/in/01-wmo301-toewijzing.xml");

    @TempDir
    Path temp;

    private HubRuntime startHub() throws Exception {
        Map<String, String> s = new LinkedHashMap<>();
        for (String folder : new String[] {"inbox", "work", "outbox", "archive", "rejected"}) {
            s.put("iwmo." + folder, temp.resolve(folder).toString());
        }
        s.put("iwmo.db", temp.resolve("db").toString());
        s.put("iwmo.inbox.enabled", "true");
        s.put("iwmo.today", "2026-11-15");
        s.put("iwmo.inbox.poll-delay", "100");
        s.put("iwmo.inbox.min-age", "200");
        Files.createDirectories(temp.resolve("inbox"));
        HubRuntime hub = new HubRuntime(Settings.load(Map.of(), s));
        hub.start();
        return hub;
    }

    @Test
    @Timeout(240)
    void aTenMegabyteNameIsRejectedAsBeforeAndACommentaarAcceptedAndTheNextFileGoesOn() throws Exception {
        String xml = Files.readString(TOEWIJZING);
        String name = xml.replaceFirst("<iwmo:Achternaam>[^<]*<", "<iwmo:Achternaam>" + "Bakker".repeat(1_750_000) + "<");
        String commentaar = xml.replace("TW-2026-0042", "TW-2026-0043").replaceFirst("<wmo301:Commentaar>[^<]*<",
                "<wmo301:Commentaar>" + "Lange toelichting. ".repeat(550_000) + "<");
        assertTrue(name.length() > 10_000_000 && commentaar.length() > 10_000_000);
        try (HubRuntime hub = startHub()) {
            drop("01-long-name.xml", name);
            drop("02-long-commentaar.xml", commentaar);
            drop("03-next.xml", xml.replace("TW-2026-0042", "TW-2026-0044"));
            await(() -> Files.exists(temp.resolve("archive/03-next.xml")), "the next file archived");
            await(() -> Files.exists(temp.resolve("archive/02-long-commentaar.xml")), "the Commentaar archived");
            Path report = temp.resolve("rejected/01-long-name.xml.report.txt");
            await(() -> Files.exists(report), "the long name rejected");
            String text = Files.readString(report);
            assertTrue(text.contains("Outcome: XSD_INVALID"), text);
            assertTrue(text.contains("cvc-maxLength-valid") && text.contains("with length = '10500000'")
                    && text.contains("maxLength '200' for type 'LDT_Naam'"), "the validator's own error: " + text);
            assertTrue(text.length() < 4_000, "the value is quoted short: " + text.length() + " characters");
            try (Stream<Path> notices = Files.list(temp.resolve("outbox/0109"))) {
                assertTrue(notices.anyMatch(p -> p.getFileName().toString().startsWith("FOUTMELDING_01-long-name")),
                        "an error notice for the back office");
            }
            try (Stream<Path> delivered = Files.list(temp.resolve("outbox/12345678"))) {
                byte[] sent = Files.readAllBytes(delivered.filter(p -> p.toString().contains("TW-2026-0043")).findFirst().orElseThrow());
                // delivered whole, in the OP192 form the hub sends every message in (CR LF line ends)
                assertArrayEquals(nl.iwmohub.outbox.Op192.normalise(commentaar.getBytes(StandardCharsets.UTF_8)), sent,
                        "delivered with the whole Commentaar");
            }
        }
    }

    @Test
    @Timeout(60)
    void aFileStartedTooOftenWithoutFinishingIsQuarantinedUnread() throws Exception {
        Path work = Files.createDirectories(temp.resolve("work"));
        String left = "lane0-0000000000000000007_again.xml";
        Files.copy(TOEWIJZING, work.resolve(left));
        Path counters = Files.createDirectories(temp.resolve(".work-attempts"));
        Files.writeString(counters.resolve("7"), "3");
        try (HubRuntime hub = startHub()) {
            Path report = temp.resolve("rejected/again.xml.report.txt");
            await(() -> Files.exists(report) && Files.exists(temp.resolve("rejected/again.xml")), "quarantined");
            String text = Files.readString(report);
            assertTrue(text.contains("Outcome: QUARANTINED") && text.contains("3 time(s) without finishing"), text);
            await(() -> !Files.exists(counters.resolve("7")), "its count removed");
            drop("next.xml", Files.readString(TOEWIJZING));
            await(() -> Files.exists(temp.resolve("archive/next.xml")), "the next file processed");
            assertFalse(Files.exists(work.resolve(left)));
            try (Stream<Path> delivered = Files.list(temp.resolve("outbox/12345678"))) {
                assertEquals(1, delivered.count(), "only the next file was delivered");
            }
        }
    }

    private void drop(String name, String content) throws Exception {
        Path part = temp.resolve("inbox/." + name + ".part");
        Files.writeString(part, content, StandardCharsets.UTF_8);
        Files.move(part, temp.resolve("inbox").resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void await(BooleanSupplier condition, String what) throws Exception {
        long end = System.currentTimeMillis() + 90_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) throw new AssertionError("timed out waiting: " + what);
            Thread.sleep(50);
        }
    }
}
