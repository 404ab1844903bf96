package nl.iwmohub.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.OutputStreamAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.iwmohub.route.Settle;
import nl.iwmohub.support.TestHub;
import nl.iwmohub.verdict.ProcessingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Runs every message of test-messages/ through the hub and scans what it logged (formatted by the configured
 * log layout) and every operator report for the BSNs of the test messages: none may appear unmasked.
 */
class LogPrivacyTest {
    private static final Pattern BSN = Pattern.compile("<(?:\\w+:)?Bsn>([0-9]{9})</");

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

        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        @SuppressWarnings("unchecked")
        var encoder = ((OutputStreamAppender<ILoggingEvent>) root.getAppender("STDOUT")).getEncoder();
        StringBuilder logged = new StringBuilder();
        AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                synchronized (logged) {
                    logged.append(new String(encoder.encode(event), StandardCharsets.UTF_8));
                }
            }
        };
        capture.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        capture.start();
        root.addAppender(capture);
        StringBuilder reports = new StringBuilder();
        try (TestHub hub = new TestHub(temp, "2026-11-15")) {
            for (Path f : files) {
                ProcessingResult r = hub.runtime.process(f.getFileName().toString(), Files.readAllBytes(f));
                reports.append(Settle.report(r));
            }
            // the layout masks even a BSN that code would log by mistake
            LoggerFactory.getLogger(LogPrivacyTest.class).warn("a careless line with {}", bsns.first());
        } finally {
            root.detachAppender(capture);
        }

        String text = logged.toString();
        assertTrue(text.contains("*****" + bsns.first().substring(5)), "the careless line was logged, masked");
        for (String bsn : bsns) {
            // as a number of its own: a BSN of zeros is also part of the generated identifier R00000000004
            Pattern alone = Pattern.compile("(?<![0-9])" + bsn + "(?![0-9])");
            assertFalse(alone.matcher(text).find(), "BSN " + bsn.substring(0, 2) + "... appears unmasked in the log");
            assertFalse(alone.matcher(reports).find(), "BSN appears unmasked in an operator report");
        }
    }
}
