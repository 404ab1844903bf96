package nl.iwmohub.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.iwmohub.core.Outcome;
import nl.iwmohub.core.ProcessingResult;
import nl.iwmohub.core.Uitgaand;
import nl.iwmohub.support.TestHub;
import nl.iwmohub.support.XmlAssert;
import nl.iwmohub.verdict.Finding;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule's passing and failing messages (test-messages/rules/RULE/cases.tsv) through the hub's ingest
 * route: a failing message names exactly the expected elements with the rule's code and gets the XSLT-level
 * answer; a passing one gets no finding of that rule.
 */
class RuleCasesTest {
    private static final Path RULES = Path.of("test-messages/rules");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicContainer> ruleCases() throws IOException {
        List<Path> dirs;
        try (Stream<Path> list = Files.list(RULES)) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        }
        return dirs.stream().map(dir -> DynamicContainer.dynamicContainer(dir.getFileName().toString(), cases(dir)));
    }

    private Stream<DynamicTest> cases(Path dir) {
        String rule = dir.getFileName().toString();
        List<String[]> rows;
        try {
            rows = Files.readAllLines(dir.resolve("cases.tsv"), StandardCharsets.UTF_8).stream().skip(1)
                    .filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        } catch (IOException e) {
            throw new AssertionError(dir + "/cases.tsv", e);
        }
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("has a passing and a failing case", () -> {
            assertTrue(rows.stream().anyMatch(r -> r[1].equals("pass")), rule + " has no passing case");
            assertTrue(rows.stream().anyMatch(r -> r[1].equals("fail")), rule + " has no failing case");
        }));
        tests.add(DynamicTest.dynamicTest("cases", () -> {
            try (TestHub hub = new TestHub(temp.resolve(rule), "2026-11-15")) {
                for (String[] row : rows) check(hub, dir, rule, row);
            }
        }));
        return tests.stream();
    }

    private static void check(TestHub hub, Path dir, String rule, String[] row) throws Exception {
        String file = row[0];
        ProcessingResult r = hub.process(dir.resolve(file));
        List<Finding> findings = r.findings();
        boolean processed = !(r.outcome() == Outcome.QUARANTINED && r.reason().contains("not processed by this hub"));
        if (!processed) {
            // a type the hub does not take in (WMO315, WMO325, ...): the same rules through the check entry point
            findings = hub.runtime.check(dir.resolve(file)).findings();
        }
        Set<String> named = findings.stream().filter(f -> f.rule().equals(rule)).map(Finding::element)
                .collect(Collectors.toCollection(TreeSet::new));
        if (row[1].equals("pass")) {
            assertEquals(Set.of(), named, file + ": no " + rule + " finding expected; got " + findings);
            return;
        }
        Set<String> expected = new TreeSet<>(Arrays.asList(row[2].trim().split("\\s+")));
        assertEquals(expected, named, file + ": the elements " + rule + " names");
        if (!processed) return;
        assertEquals(Outcome.REJECTED, r.outcome(), file + " is rejected as a whole");
        for (Uitgaand u : r.outgoing()) {
            if (u.berichtType().equals("FOUTMELDING")) continue;
            String xml = new String(hub.outgoing(u.partij() + "/" + u.bestandsnaam()), StandardCharsets.UTF_8);
            assertTrue(xml.contains("RetourCode>0001<") && xml.contains("XsltVersie>"), file + ": 0001 and XsltVersie");
            assertTrue(!xml.contains("Client>"), file + ": only the Header");
            Path expectedFile = dir.resolve("expected/" + file.replace(".xml", "") + "." + u.berichtType() + ".xml");
            if (Files.isRegularFile(expectedFile)) XmlAssert.assertSimilar(expectedFile.toFile(), xml, file);
        }
    }
}
