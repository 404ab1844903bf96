package nl.iwmohub.route;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.iwmohub.app.HubRuntime;
import nl.iwmohub.app.Settings;
import nl.iwmohub.support.TestDatabase;
import nl.iwmohub.support.XmlAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running hub's folder transport through the real {@code inbox} route (not the process command):
 * files dropped into the inbox are processed in name order once they have stopped changing, archived or
 * moved to rejected/ with a report, and their answers appear whole in the outbox.
 */
class InboxRouteTest {
    private static final Path FLOW = Path.of("test-messages/scenarios/01-foundation-flow");
    private static final Path NOT_WELL_FORMED = Path.of("test-messages/scenarios/06-quarantine/in/01-not-well-formed.xml");
    private static final Path XSD_INVALID = Path.of("test-messages/scenarios/05-xsd-invalid/in/01-wmo305-missing-begindatum.xml");
    private static final String TODAY = "2026-11-15";
    private static final long DEADLINE_MS = 30_000;
    private static final List<String> FLOW_INPUTS = List.of("01-wmo301-toewijzing.xml", "02-wmo302-retour-toewijzing.xml",
            "03-wmo305-start-zorg.xml", "04-wmo307-stop-zorg.xml", "05-wmo323-declaratie.xml");

    @TempDir
    Path temp;
    private TestDatabase database;

    /** A running hub with its folders and store under the temporary directory and the inbox route on. */
    private HubRuntime startHub(long minAgeMs) throws Exception {
        Map<String, String> s = new LinkedHashMap<>();
        database = TestDatabase.fresh(temp.resolve("db"));
        s.put("iwmo.db", database.location());
        s.put("iwmo.inbox", inbox().toString());
        s.put("iwmo.work", temp.resolve("work").toString());
        s.put("iwmo.outbox", temp.resolve("outbox").toString());
        s.put("iwmo.archive", temp.resolve("archive").toString());
        s.put("iwmo.rejected", temp.resolve("rejected").toString());
        s.put("iwmo.inbox.enabled", "true");
        s.put("iwmo.today", TODAY);
        s.put("iwmo.inbox.poll-delay", "100");
        s.put("iwmo.inbox.min-age", String.valueOf(minAgeMs));
        Files.createDirectories(inbox());
        HubRuntime hub = new HubRuntime(Settings.load(Map.of(), s));
        try {
            hub.start();
        } catch (Exception | Error e) {
            hub.close();
            throw e;
        }
        return hub;
    }

    @Test
    @Timeout(60)
    void theFoundationFlowAndTwoBadFilesThroughTheInbox() throws Exception {
        Map<String, Path> inputs = new TreeMap<>();   // name order: the order the route takes them in
        for (String name : FLOW_INPUTS) inputs.put(name, FLOW.resolve("in").resolve(name));
        inputs.put(NOT_WELL_FORMED.getFileName().toString(), NOT_WELL_FORMED);
        inputs.put(XSD_INVALID.getFileName().toString(), XSD_INVALID);
        assertEquals(7, inputs.size(), "seven distinct file names");

        try (HubRuntime hub = startHub(200)) {
            for (Map.Entry<String, Path> e : inputs.entrySet()) drop(Files.readAllBytes(e.getValue()), e.getKey());
            awaitSettled(inputs.keySet(), List.of(NOT_WELL_FORMED.getFileName().toString(),
                    XSD_INVALID.getFileName().toString()));
        }

        // the good files: archived, unchanged
        for (String name : FLOW_INPUTS) {
            Path archived = temp.resolve("archive").resolve(name);
            assertTrue(Files.isRegularFile(archived), name + " is archived; " + listing());
            assertArrayEquals(Files.readAllBytes(FLOW.resolve("in").resolve(name)), Files.readAllBytes(archived),
                    name + " is archived with its bytes unchanged");
            assertFalse(Files.exists(temp.resolve("rejected").resolve(name)), name + " is not rejected");
        }
        assertEquals(List.of(), names(temp.resolve("archive")).stream().filter(n -> !FLOW_INPUTS.contains(n)).toList(),
                "nothing else is archived");

        // the bad files: rejected, unchanged, each with a report saying what is wrong
        Path rejected = temp.resolve("rejected");
        String nwf = NOT_WELL_FORMED.getFileName().toString();
        String xsd = XSD_INVALID.getFileName().toString();
        assertEquals(List.of(nwf, nwf + ".report.txt", xsd, xsd + ".report.txt").stream().sorted().toList(),
                names(rejected), "rejected/ holds the two bad files and their reports");
        assertArrayEquals(Files.readAllBytes(NOT_WELL_FORMED), Files.readAllBytes(rejected.resolve(nwf)), nwf + " bytes");
        assertArrayEquals(Files.readAllBytes(XSD_INVALID), Files.readAllBytes(rejected.resolve(xsd)), xsd + " bytes");

        String nwfReport = Files.readString(rejected.resolve(nwf + ".report.txt"), StandardCharsets.UTF_8);
        assertTrue(nwfReport.contains("File: " + nwf), nwfReport);
        assertTrue(nwfReport.contains("Outcome: QUARANTINED"), nwfReport);
        assertTrue(nwfReport.contains("not well-formed"), "the report says the file is not well-formed:\n" + nwfReport);
        assertTrue(nwfReport.matches("(?s).*\\bline [1-9][0-9]*\\b.*"), "the report gives the line:\n" + nwfReport);

        String xsdReport = Files.readString(rejected.resolve(xsd + ".report.txt"), StandardCharsets.UTF_8);
        assertTrue(xsdReport.contains("File: " + xsd), xsdReport);
        assertTrue(xsdReport.contains("Outcome: XSD_INVALID"), xsdReport);
        assertTrue(xsdReport.contains("StatusAanlevering"), "the report gives the element path:\n" + xsdReport);
        assertTrue(xsdReport.contains("/Bericht/Client/StartProducten/StartProduct/StatusAanlevering"), xsdReport);
        assertFalse(xsdReport.contains("999993653"), "the report masks the BSN:\n" + xsdReport);

        // the outbox: the delivered WMO301, the three answers and the error notice, all for the aanbieder
        Path outbox = temp.resolve("outbox");
        assertEquals(List.of("12345678"), names(outbox), "the outbox has a folder for the aanbieder only");
        Map<String, List<String>> byType = names(outbox.resolve("12345678")).stream()
                .collect(Collectors.groupingBy(n -> n.substring(0, n.contains("_") ? n.indexOf('_') : n.length()),
                        TreeMap::new, Collectors.toList()));
        assertEquals(List.of("FOUTMELDING", "WMO301", "WMO306", "WMO308", "WMO325"), new ArrayList<>(byType.keySet()),
                "outbox/12345678: " + byType);
        byType.forEach((type, files) -> assertEquals(1, files.size(), "exactly one " + type + ": " + files));

        Path aanbieder = outbox.resolve("12345678");
        // the input in OP192's form (UTF-8 without BOM, CR LF): the scenario's file has LF line ends
        assertArrayEquals(nl.iwmohub.outbox.Op192.normalise(Files.readAllBytes(FLOW.resolve("in/01-wmo301-toewijzing.xml"))),
                Files.readAllBytes(aanbieder.resolve(byType.get("WMO301").get(0))), "the delivered WMO301 is the input");
        Map<String, String> expected = Map.of("WMO306", "03-wmo305-start-zorg.WMO306.xml",
                "WMO308", "04-wmo307-stop-zorg.WMO308.xml", "WMO325", "05-wmo323-declaratie.WMO325.xml");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            XmlAssert.assertSameContent(FLOW.resolve("expected").resolve(e.getValue()).toFile(),
                    aanbieder.resolve(byType.get(e.getKey()).get(0)).toFile(), e.getKey());
        }
        String foutmelding = byType.get("FOUTMELDING").get(0);
        assertEquals("FOUTMELDING_" + xsd + ".txt", foutmelding, "the error notice is named after the file");
        String notice = Files.readString(aanbieder.resolve(foutmelding), StandardCharsets.UTF_8);
        assertTrue(notice.contains("StatusAanlevering"), notice);

        assertNoLeftovers();
    }

    @Test
    @Timeout(60)
    void aFileStillBeingWrittenIsNotReadHalf() throws Exception {
        byte[] toewijzing = Files.readAllBytes(FLOW.resolve("in/01-wmo301-toewijzing.xml"));
        byte[] startZorg = Files.readAllBytes(FLOW.resolve("in/03-wmo305-start-zorg.xml"));
        String name = "03-wmo305-start-zorg.xml";
        try (HubRuntime hub = startHub(1000)) {
            // the toewijzing the WMO305 refers to, first
            drop(toewijzing, "01-wmo301-toewijzing.xml");
            awaitSettled(List.of("01-wmo301-toewijzing.xml"), List.of());

            // written in place, in 8 chunks with 100 ms pauses (well under the min-age of 1000 ms): every
            // prefix but the last is not well-formed, so a half-read file would be quarantined
            int chunks = 8;
            try (OutputStream out = Files.newOutputStream(inbox().resolve(name), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                for (int i = 0; i < chunks; i++) {
                    int from = startZorg.length * i / chunks;
                    int to = startZorg.length * (i + 1) / chunks;
                    out.write(startZorg, from, to - from);
                    out.flush();
                    if (i < chunks - 1) {
                        Thread.sleep(100);
                        assertTrue(Files.exists(inbox().resolve(name)),
                                "the hub took the file while it was still being written; " + listing());
                    }
                }
            }
            awaitSettled(List.of("01-wmo301-toewijzing.xml", name), List.of());
        }

        assertEquals(List.of(), names(temp.resolve("rejected")), "nothing rejected");
        Path archived = temp.resolve("archive").resolve(name);
        assertTrue(Files.isRegularFile(archived), listing());
        assertArrayEquals(startZorg, Files.readAllBytes(archived), "archived whole");
        List<String> wmo306 = names(temp.resolve("outbox/12345678")).stream().filter(n -> n.startsWith("WMO306_")).toList();
        assertEquals(1, wmo306.size(), "exactly one WMO306: " + wmo306);
        // only the WMO301 before it, not the scenario's other inputs: its IdentificatieRetour is another number
        XmlAssert.assertSimilar(FLOW.resolve("expected/03-wmo305-start-zorg.WMO306.xml").toFile(),
                temp.resolve("outbox/12345678").resolve(wmo306.get(0)).toFile(), "WMO306");
        assertNoLeftovers();
    }

    @Test
    @Timeout(60)
    void aReadLockMarkerAKilledHubLeftIsRemovedAtTheNextStart() throws Exception {
        // a killed hub can leave the marker of a file its inbox route had already moved on (seen in GgkCrashIT)
        Files.createDirectories(inbox());
        Path orphan = inbox().resolve("m0005.xml.camelLock");
        Files.writeString(orphan, "");
        byte[] toewijzing = Files.readAllBytes(FLOW.resolve("in/01-wmo301-toewijzing.xml"));
        try (HubRuntime hub = startHub(1000)) {
            assertFalse(Files.exists(orphan), "the orphan marker is gone before the inbox is read");
            drop(toewijzing, "01-wmo301-toewijzing.xml");
            awaitSettled(List.of("01-wmo301-toewijzing.xml"), List.of());
        }
        assertEquals(List.of(), names(inbox()), "the inbox is empty");
    }

    @Test
    @Timeout(60)
    void anExternalEntityIsNeverRead() throws Exception {
        String marker = "XXE-MARKER-" + Long.toHexString(System.nanoTime()) + "-d0d0cafe";
        Path secret = Files.createDirectories(temp.resolve("secret")).resolve("secret.txt");
        Files.writeString(secret, marker, StandardCharsets.UTF_8);
        // a valid WMO305 with the entity where the hub echoes text: the Identificatie (retour file name,
        // retour header, report) and the Achternaam
        String valid = Files.readString(FLOW.resolve("in/03-wmo305-start-zorg.xml"), StandardCharsets.UTF_8);
        assertTrue(valid.startsWith("<?xml"), "the template starts with an XML declaration");
        int endOfDeclaration = valid.indexOf("?>") + 2;
        String hostile = valid.substring(0, endOfDeclaration)
                + "\n<!DOCTYPE wmo305:Bericht [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + valid.substring(endOfDeclaration)
                        .replace("<iwmo:Identificatie>ST-2026-0007</iwmo:Identificatie>", "<iwmo:Identificatie>&xxe;</iwmo:Identificatie>")
                        .replace("<iwmo:Achternaam>", "<iwmo:Achternaam>&xxe;");
        assertTrue(hostile.contains("<iwmo:Identificatie>&xxe;</iwmo:Identificatie>"), "the entity is referenced");
        String name = "xxe-external-entity.xml";

        try (HubRuntime hub = startHub(200)) {
            drop(hostile.getBytes(StandardCharsets.UTF_8), name);
            awaitSettled(List.of(name), List.of(name));
        }

        Path rejected = temp.resolve("rejected");
        assertEquals(List.of(name, name + ".report.txt"), names(rejected), "quarantined with a report");
        String report = Files.readString(rejected.resolve(name + ".report.txt"), StandardCharsets.UTF_8);
        assertTrue(report.contains("Outcome: QUARANTINED"), report);
        assertTrue(report.contains("DOCTYPE"), "the report says the DOCTYPE is the problem:\n" + report);
        assertArrayEquals(hostile.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(rejected.resolve(name)),
                "the rejected file is the input as it came");
        assertEquals(List.of(), names(temp.resolve("archive")), "nothing archived");
        assertEquals(List.of(), allFiles(temp.resolve("outbox")), "nothing sent");

        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        for (String folder : List.of("inbox", "outbox", "archive", "rejected", "db")) {
            for (Path file : allFiles(temp.resolve(folder))) {
                assertFalse(contains(Files.readAllBytes(file), needle), "the external file's content leaked into " + file);
            }
        }
        assertNoLeftovers();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private Path inbox() {
        return temp.resolve("inbox");
    }

    /** Drops a file into the inbox whole: written under a hidden temporary name, then renamed atomically. */
    private void drop(byte[] content, String name) throws IOException {
        Path hidden = inbox().resolve("." + name + ".part");
        Files.write(hidden, content);
        Files.move(hidden, inbox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Waits until the inbox holds nothing at all (no input and no Camel read-lock marker, which is released
     * only after the route is done with the file), every named file is in archive/ or rejected/, and each of
     * {@code rejectedNames} has its report beside it.
     */
    private void awaitSettled(java.util.Collection<String> names, java.util.Collection<String> rejectedNames)
            throws Exception {
        Path archive = temp.resolve("archive");
        Path rejected = temp.resolve("rejected");
        await(() -> {
            if (!allFiles(inbox()).isEmpty() || !allFiles(temp.resolve("work")).isEmpty()) return false;
            for (String n : names) {
                if (!Files.isRegularFile(archive.resolve(n)) && !Files.isRegularFile(rejected.resolve(n))) return false;
            }
            for (String n : rejectedNames) {
                if (!Files.isRegularFile(rejected.resolve(n + ".report.txt"))) return false;
            }
            return true;
        }, "the inbox to be empty and " + names + " to be archived or rejected");
    }

    private void await(BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + DEADLINE_MS * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) fail("waited " + DEADLINE_MS + " ms for " + what + "; " + listing());
            Thread.sleep(50);
        }
    }

    /** No temporary, hidden or lock files left in any of the hub's folders. */
    private void assertNoLeftovers() {
        List<String> leftovers = new ArrayList<>();
        for (String folder : List.of("inbox", "work", "outbox", "archive", "rejected")) {
            for (Path f : allFiles(temp.resolve(folder))) {
                String n = f.getFileName().toString();
                if (n.endsWith(".tmp") || n.startsWith(".") || n.endsWith(".camelLock") || n.endsWith(".part")) {
                    leftovers.add(temp.relativize(f).toString());
                }
            }
        }
        assertEquals(List.of(), leftovers, "no temporary files left");
    }

    /** The names in a folder (files and folders, hidden ones too), sorted; none if it does not exist. */
    private static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every regular file below a folder, hidden ones too; none if it does not exist. */
    private static List<Path> allFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(dir.resolve("(listing failed: " + e.getMessage() + ")"));   // a file moved away mid-walk
        }
    }

    private String listing() {
        StringBuilder s = new StringBuilder("folders now:");
        for (String folder : List.of("inbox", "outbox", "archive", "rejected")) {
            s.append("\n  ").append(folder).append(": ")
                    .append(allFiles(temp.resolve(folder)).stream().map(p -> temp.resolve(folder).relativize(p).toString())
                            .toList());
        }
        return s.toString();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return true;
        }
        return false;
    }
}
