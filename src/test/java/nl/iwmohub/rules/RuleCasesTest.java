package nl.iwmohub.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.iwmohub.read.SecureXml;
import nl.iwmohub.support.TestHub;
import nl.iwmohub.support.XmlAssert;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;
import nl.iwmohub.verdict.Outcome;
import nl.iwmohub.verdict.Outgoing;
import nl.iwmohub.verdict.ProcessingResult;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every rule's passing and failing messages (test-messages/rules/RULE/cases.tsv) through the hub's ingest
 * route. A rule inside the message (level 2): a failing message names exactly the expected elements with the
 * rule's code and gets the XSLT-level answer; a passing one gets no finding of that rule. A rule of the Header
 * or the processing core (levels 3 and 4, told apart by the rule's level in the registry): the folder's setup
 * messages are accepted first; then a failing message names exactly the expected elements, gets the expected
 * outcome and no other rule's finding than listed, and its answer carries exactly the listed retourcodes per
 * berichtklasse (or the error notice naming the rule, for a WMO301); a passing one gets no finding of the rule,
 * the expected outcome and answer.
 */
class RuleCasesTest {
    private static final Path RULES = Path.of("test-messages/rules");
    private static final Map<String, RuleTable.Row> TABLE = RuleTable.rows(Registry.standard()).stream()
            .collect(Collectors.toMap(RuleTable.Row::code, Function.identity()));
    private static final Pattern IDENTIFICATIE = Pattern.compile("<iwmo:Identificatie>([^<]*)</iwmo:Identificatie>");
    private static final Pattern AFZENDER = Pattern.compile("<(\\w+):Afzender>([^<]*)<");

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
        RuleTable.Row registered = TABLE.get(rule);
        if (registered != null && registered.niveau() != Controleniveau.XSLT) return kernCases(dir, registered, rows);
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
        for (Outgoing u : r.outgoing()) {
            if (u.berichtType().equals("FOUTMELDING")) continue;
            String xml = new String(hub.outgoing(u.partij() + "/" + u.bestandsnaam()), StandardCharsets.UTF_8);
            assertTrue(xml.contains("RetourCode>0001<") && xml.contains("XsltVersie>"), file + ": 0001 and XsltVersie");
            assertTrue(!xml.contains("Client>"), file + ": only the Header");
            Path expectedFile = dir.resolve("expected/" + file.replace(".xml", "") + "." + u.berichtType() + ".xml");
            if (Files.isRegularFile(expectedFile)) XmlAssert.assertSameContent(expectedFile.toFile(), xml, file);
        }
    }

    // ------------------------------------------------------------------ levels 3 and 4: the Header and the core

    private Stream<DynamicTest> kernCases(Path dir, RuleTable.Row rule, List<String[]> rows) {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("has a passing and a failing case, setup first, six columns", () -> {
            assertTrue(rows.stream().anyMatch(r -> r[1].equals("pass")), rule.code() + " has no passing case");
            assertTrue(rows.stream().anyMatch(r -> r[1].equals("fail")), rule.code() + " has no failing case");
            boolean cases = false;
            for (String[] r : rows) {
                assertEquals(6, r.length, r[0] + ": file, expect, elements, outcome, others, answer");
                assertTrue(Set.of("setup", "pass", "fail").contains(r[1]), r[0] + ": expect is setup, pass or fail");
                if (!r[1].equals("setup")) cases = true;
                else assertTrue(!cases, r[0] + ": setup rows come before the cases");
            }
        }));
        tests.add(DynamicTest.dynamicTest("every file has its own Identificatie", () -> ownIdentificaties(dir, rule, rows)));
        tests.add(DynamicTest.dynamicTest("cases", () -> {
            try (TestHub hub = new TestHub(temp.resolve(rule.code()), "2026-11-15")) {
                for (String[] row : rows) {
                    try {
                        checkKern(hub, dir, rule, row);
                    } catch (AssertionError e) {
                        throw new AssertionError(rule.code() + "/" + e.getMessage(), e);
                    }
                }
            }
        }));
        return tests.stream();
    }

    /**
     * Each file its own Identificatie; TR056 alone reuses them on purpose: its failing cases that of an earlier
     * message of the same type and sender, its passing ones may take that of another type or sender.
     */
    private static void ownIdentificaties(Path dir, RuleTable.Row rule, List<String[]> rows) throws IOException {
        Set<String> seen = new HashSet<>();
        for (String[] r : rows) {
            String xml = Files.readString(dir.resolve(r[0]), StandardCharsets.UTF_8);
            Matcher id = IDENTIFICATIE.matcher(xml);
            Matcher afzender = AFZENDER.matcher(xml);
            assertTrue(id.find() && afzender.find(), r[0] + ": Identificatie and Afzender");
            boolean tr056 = rule.code().equals("TR056");
            String key = tr056 ? afzender.group(1) + "/" + afzender.group(2) + "/" + id.group(1) : id.group(1);
            if (tr056 && r[1].equals("fail")) {
                assertTrue(seen.contains(key), r[0] + ": a TR056 failing case reuses an earlier Identificatie");
                continue;
            }
            assertTrue(seen.add(key), r[0] + ": Identificatie " + id.group(1) + " is used by an earlier file");
        }
    }

    private static void checkKern(TestHub hub, Path dir, RuleTable.Row rule, String[] row) throws Exception {
        String file = row[0];
        String expect = row[1];
        ProcessingResult r = hub.process(dir.resolve(file));
        List<Finding> findings = r.findings();
        if (expect.equals("setup")) {
            assertEquals(List.of(), findings, file + ": a setup message gets no finding");
            assertEquals(Outcome.ACCEPTED, r.outcome(), file + ": a setup message is accepted (" + r.reason() + ")");
            return;
        }
        List<Finding> own = findings.stream().filter(f -> f.rule().equals(rule.code())).toList();
        Set<String> named = own.stream().map(Finding::element).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = expect.equals("fail") ? new TreeSet<>(Arrays.asList(row[2].trim().split("\\s+"))) : Set.of();
        assertEquals(expected, named, file + ": the elements " + rule.code() + " names; findings " + findings);
        for (Finding f : own) assertEquals(rule.retourCode(), f.retourCode(), file + ": the retourcode of " + f);
        Set<String> others = findings.stream().map(Finding::rule).filter(c -> !c.equals(rule.code()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expectedOthers = row[4].equals("-") ? Set.of() : new TreeSet<>(Arrays.asList(row[4].split("\\s+")));
        assertEquals(expectedOthers, others, file + ": the other rules found; findings " + findings);
        assertEquals(Outcome.valueOf(row[3]), r.outcome(), file + ": outcome (" + r.reason() + ")");
        checkAnswer(hub, dir, file, rule, own, r, row[5]);
    }

    /**
     * The answer: {@code delivered} (a WMO301 or WMO319 passed on to the aanbieder; after a retour's answer as
     * {@code ANSWER+delivered}: an accepted verzoek passed on to the gemeente as received), {@code FOUTMELDING} (a WMO301 refused:
     * the notice names each finding of the rule), {@code none} (a retour without any RetourCode), or every
     * RetourCode of the retour as PATH=CODE (paths in the retour message, same-name siblings numbered from the
     * second on; compared as a set with repeats, in any order).
     */
    private static void checkAnswer(TestHub hub, Path dir, String file, RuleTable.Row rule, List<Finding> own,
                                    ProcessingResult r, String answer) throws Exception {
        List<Outgoing> out = r.outgoing();
        List<String> types = out.stream().map(Outgoing::berichtType).toList();
        if (answer.endsWith("+delivered")) {
            // an accepted verzoek (WMO315, WMO317): the retour to the aanbieder and the message passed on as received
            answer = answer.substring(0, answer.length() - "+delivered".length());
            List<Outgoing> passedOn = out.stream().filter(u -> u.berichtType().equals(r.berichtType())).toList();
            assertEquals(1, passedOn.size(), file + ": the message passed on; got " + types);
            // as received but for OP192's form (line ends CR LF)
            assertEquals(Files.readString(dir.resolve(file), StandardCharsets.UTF_8).replace("\r", ""),
                    new String(hub.outgoing(passedOn.get(0).partij() + "/" + passedOn.get(0).bestandsnaam()),
                            StandardCharsets.UTF_8).replace("\r", ""), file + ": passed on as received");
            out = out.stream().filter(u -> !passedOn.contains(u)).toList();
            types = out.stream().map(Outgoing::berichtType).toList();
        }
        if (answer.equals("delivered") || answer.equals("FOUTMELDING")) {
            // delivered: a WMO301 or WMO319 of the gemeente passed on to the aanbieder
            assertEquals(List.of(answer.equals("delivered") ? r.berichtType() : "FOUTMELDING"), types, file + ": what the hub sends");
            if (answer.equals("FOUTMELDING")) {
                String text = new String(hub.outgoing(out.get(0).partij() + "/" + out.get(0).bestandsnaam()),
                        StandardCharsets.UTF_8);
                for (Finding f : own) {
                    String line = f.rule() + " (" + f.retourCode() + ") at " + f.element();
                    assertTrue(text.contains(line), file + ": the notice names '" + line + "':\n" + text);
                }
            }
            return;
        }
        assertEquals(1, out.size(), file + ": one retour message; got " + types);
        Outgoing u = out.get(0);
        String xml = new String(hub.outgoing(u.partij() + "/" + u.bestandsnaam()), StandardCharsets.UTF_8);
        List<String> expected = answer.equals("none") ? List.of() : Arrays.stream(answer.split("\\s+")).sorted().toList();
        assertEquals(expected, retourCodes(xml), file + ": the RetourCodes of the " + u.berichtType());
        if (!own.isEmpty()) {
            assertTrue(expected.stream().anyMatch(c -> c.endsWith("=" + rule.retourCode())),
                    file + ": the answer carries " + rule.retourCode());
        }
        Path expectedFile = dir.resolve("expected/" + file.replace(".xml", "") + "." + u.berichtType() + ".xml");
        if (Files.isRegularFile(expectedFile)) XmlAssert.assertSameContent(expectedFile.toFile(), xml, file);
    }

    /** Every RetourCode of a message as PATH=CODE, sorted; PATH is its berichtklasse. */
    static List<String> retourCodes(String xml) throws Exception {
        Element root = SecureXml.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        List<String> result = new ArrayList<>();
        collect(root, "/" + root.getLocalName(), result);
        result.sort(null);
        return result;
    }

    private static void collect(Element e, String path, List<String> result) {
        Map<String, Integer> count = new java.util.HashMap<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element child)) continue;
            String name = child.getLocalName();
            int i = count.merge(name, 1, Integer::sum);
            if (name.equals("RetourCodes")) {
                for (Node c = child.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element code && code.getLocalName().equals("RetourCode")) {
                        result.add(path + "=" + code.getTextContent().trim());
                    }
                }
            } else {
                collect(child, path + "/" + name + (i == 1 ? "" : "[" + i + "]"), result);
            }
        }
    }
}
