package nl.iwmohub.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.iwmohub.report.Report;
import nl.iwmohub.route.Settle;
import nl.iwmohub.support.LogCapture;
import nl.iwmohub.support.TestHub;
import nl.iwmohub.verdict.ProcessingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Runs every message of test-messages/ through the hub, and some again under a BSN as file name and with a
 * malformed (ten-digit) Bsn, and scans every output for the BSNs of the test messages in every form they take
 * there (nine digits, malformed values): what it logged (formatted by the configured log layout), every
 * rejected file's report, report.json and the printed table, and the error notices in the outbox (names and
 * text). None may appear unmasked. Numbers that are not BSNs (an amount) stay readable in the log.
 */
class LogPrivacyTest {
    private static final Pattern BSN = Pattern.compile("<(?:\\w+:)?Bsn>\\s*([^<\\s]{5,})\\s*</");

    @TempDir
    Path temp;

    @Test
    void noBsnOfTheTestMessagesAppearsInLogsOrReports() throws Exception {
        TreeSet<String> bsns = new TreeSet<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(Path.of("test-messages"))) {
            all.filter(Files::isRegularFile).filter(p -> !p.toString().contains("expected")).sorted().forEach(files::add);
        }
        for (Path f : files) {
            Matcher m = BSN.matcher(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            while (m.find()) bsns.add(m.group(1));
        }
        assertTrue(bsns.size() >= 3, "the test messages hold BSNs: " + bsns);
        // the forms a sender can give them beyond the corpus: a malformed ten-digit Bsn, a BSN as the file name
        String wmo301 = Files.readString(Path.of("test-messages/xsd/valid/WMO301.xml"));
        String bsn = wmo301.replaceAll("(?s).*<wmo301:Bsn>([0-9]{9})<.*", "$1");
        String tenDigits = bsn + "1";
        bsns.add(tenDigits);
        Map<String, byte[]> extra = new LinkedHashMap<>();
        extra.put(bsn + ".xml", wmo301.replace("<wmo301:Bsn>" + bsn + "<", "<wmo301:Bsn>" + tenDigits + "<").getBytes(StandardCharsets.UTF_8));
        extra.put("client-" + bsn + "-not-xml.xml", "not xml".getBytes(StandardCharsets.UTF_8));
        extra.put(bsn + "-again.xml", wmo301.replace("TW-2026-0042", "TW-2026-0777").getBytes(StandardCharsets.UTF_8));

        LogCapture log = LogCapture.all();
        StringBuilder reports = new StringBuilder();
        Report report = new Report();
        try (TestHub hub = new TestHub(temp, "2026-11-15")) {
            for (Path f : files) {
                ProcessingResult r = hub.runtime.process(f.getFileName().toString(), Files.readAllBytes(f));
                reports.append(Settle.report(r));
                report.add(r);
            }
            for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                ProcessingResult r = hub.runtime.process(e.getKey(), e.getValue());
                reports.append(Settle.report(r));
                report.add(r);
            }
            // the layout masks even a BSN that code would log by mistake, and leaves an amount readable
            LoggerFactory.getLogger(LogPrivacyTest.class).warn("a careless line with {} and a total of {} eurocent", bsn, 923980200);
        } finally {
            log.close();
        }
        report.write(temp.resolve("report.json"), "2026-11-15");
        reports.append(Files.readString(temp.resolve("report.json")));
        java.io.ByteArrayOutputStream table = new java.io.ByteArrayOutputStream();
        report.printTable(new java.io.PrintStream(table, true, StandardCharsets.UTF_8));
        reports.append(table.toString(StandardCharsets.UTF_8));
        StringBuilder notices = new StringBuilder();
        try (Stream<Path> out = Files.walk(temp.resolve("outbox"))) {
            for (Path p : out.filter(Files::isRegularFile).toList()) {
                notices.append(p.getFileName()).append('\n');
                if (p.getFileName().toString().startsWith("FOUTMELDING")) notices.append(Files.readString(p)).append('\n');
            }
        }
        assertTrue(notices.toString().contains("FOUTMELDING______3653.xml.txt"), "the notice of the BSN-named file, masked: " + notices);

        String text = log.text();
        assertTrue(text.contains("*****" + bsn.substring(5)), "the careless line was logged, masked");
        assertTrue(text.contains("a total of 923980200 eurocent"), "an amount is not a BSN");
        assertTrue(reports.toString().contains("*****6531"), "the malformed Bsn quoted masked");
        for (String b : bsns) {
            // as a number of its own: a BSN of zeros is also part of the generated identifier R00000000004
            Pattern alone = Pattern.compile("(?<![0-9])" + Pattern.quote(b) + "(?![0-9])");
            assertFalse(alone.matcher(text).find(), "BSN " + b.substring(0, 2) + "... appears unmasked in the log");
            assertFalse(alone.matcher(reports).find(), "BSN " + b.substring(0, 2) + "... appears unmasked in a report");
            assertFalse(alone.matcher(notices).find(), "BSN " + b.substring(0, 2) + "... appears unmasked in a notice");
        }
    }
}
