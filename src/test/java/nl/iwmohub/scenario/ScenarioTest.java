package nl.iwmohub.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.iwmohub.app.IwmoHub;
import nl.iwmohub.support.TestDatabase;
import nl.iwmohub.support.XmlAssert;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every scenario in test-messages/scenarios through the public entry point, the {@code process}
 * command, and checks each input against expected/outcomes.tsv (outcome, rule=retourcode pairs, output
 * types) and every expected/NAME.TYPE.xml against the message the hub sent, with XMLUnit.
 */
class ScenarioTest {
    private static final Path SCENARIOS = Path.of("test-messages/scenarios");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicContainer> scenarios() throws IOException {
        List<Path> dirs;
        try (Stream<Path> list = Files.list(SCENARIOS)) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        }
        return dirs.stream().map(dir -> DynamicContainer.dynamicContainer(dir.getFileName().toString(), run(dir)));
    }

    private Stream<DynamicTest> run(Path dir) {
        try {
            Properties props = new Properties();
            try (Reader r = Files.newBufferedReader(dir.resolve("scenario.properties"))) {
                props.load(r);
            }
            Path out = temp.resolve(dir.getFileName().toString());
            List<String> args = new ArrayList<>(List.of("process", "--today", props.getProperty("today"), "--out", out.toString()));
            if (props.containsKey("gemeente")) args.addAll(List.of("--gemeente", props.getProperty("gemeente")));
            if (props.containsKey("catalog")) args.addAll(List.of("--catalog", dir.resolve(props.getProperty("catalog")).toString()));
            // H2: process's own throw-away database; PostgreSQL: a fresh schema of the test server
            TestDatabase database = TestDatabase.postgres() ? TestDatabase.fresh(out.resolve("db")) : null;
            if (database != null) args.addAll(List.of("--db", database.location()));
            args.add(dir.resolve("in").toString());
            int exit = IwmoHub.run(args.toArray(String[]::new));
            assertEquals(0, exit, "process exit code");
            JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
            Map<String, JsonNode> byFile = new HashMap<>();
            report.get("inputs").forEach(e -> byFile.put(e.get("file").asText(), e));

            List<DynamicTest> tests = new ArrayList<>();
            List<String> rows = Files.readAllLines(dir.resolve("expected/outcomes.tsv"), StandardCharsets.UTF_8);
            for (String row : rows.subList(1, rows.size())) {
                if (row.isBlank()) continue;
                String[] c = row.split("\t");
                String file = c[0];
                tests.add(DynamicTest.dynamicTest(file, () -> checkInput(dir, out, byFile.get(file), c)));
            }
            tests.add(DynamicTest.dynamicTest("every input has an expected outcome",
                    () -> assertEquals(new TreeSet<>(byFile.keySet()), new TreeSet<>(rows.stream().skip(1)
                            .filter(r -> !r.isBlank()).map(r -> r.split("\t")[0]).toList()))));
            return tests.stream();
        } catch (IOException e) {
            throw new AssertionError("scenario " + dir + " could not run", e);
        }
    }

    /** Every line of the expected notice appears in the notice the hub wrote. */
    private static void checkNotice(Path expected, Path actual) throws IOException {
        assertTrue(Files.isRegularFile(expected), "expected notice missing: " + expected);
        String text = Files.readString(actual, StandardCharsets.UTF_8);
        for (String line : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) assertTrue(text.contains(line.trim()), "the notice lacks '" + line.trim() + "':\n" + text);
        }
    }

    private static void checkInput(Path dir, Path out, JsonNode entry, String[] expected) throws IOException {
        String file = expected[0];
        assertNotNull(entry, file + " is not in report.json");
        assertEquals(expected[1], entry.get("outcome").asText(), file + " outcome (" + entry.get("reason") + ")");
        List<String> codes = new ArrayList<>();
        entry.get("retourCodes").forEach(c -> codes.add(c.get("rule").asText()
                + (c.get("retourCode").isNull() ? "" : "=" + c.get("retourCode").asText())));
        assertEquals(expected[2].equals("-") ? "" : expected[2], String.join(" ", codes), file + " retourcodes");
        if (expected.length > 4) {
            // What the row proves (docs/rules.md): X:fail needs a finding of rule X, X:pass none.
            for (String claim : expected[4].trim().split("\\s+")) {
                String rule = claim.substring(0, claim.indexOf(':'));
                boolean found = codes.stream().anyMatch(c -> c.equals(rule) || c.startsWith(rule + "="));
                assertEquals(claim.endsWith(":fail"), found, file + " claims " + claim + " but has " + codes);
            }
        }
        List<String> outputs = new ArrayList<>();
        entry.get("outputs").forEach(o -> outputs.add(o.asText()));
        List<String> types = outputs.stream().map(o -> o.substring(o.indexOf('/') + 1).split("_")[0]).toList();
        assertEquals(expected[3].equals("-") ? "" : expected[3], String.join(" ", types), file + " outputs " + outputs);
        String base = file.substring(0, file.lastIndexOf('.'));
        Path details = dir.resolve("expected/" + base + ".details.txt");
        if (Files.isRegularFile(details)) {
            // remarks without a retourcode (history of a toewijzing, tariffs not configured) are in report.json
            List<String> said = new ArrayList<>();
            if (entry.has("details")) entry.get("details").forEach(x -> said.add(x.asText()));
            for (String line : Files.readAllLines(details, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) assertTrue(said.stream().anyMatch(x -> x.contains(line.trim())),
                        file + " details lack '" + line.trim() + "': " + said);
            }
        }
        for (String output : outputs) {
            String type = output.substring(output.indexOf('/') + 1).split("_")[0];
            Path expectedFile = dir.resolve("expected/" + base + "." + type + ".xml");
            Path actual = out.resolve(output);
            assertTrue(Files.isRegularFile(actual), "the hub wrote " + actual);
            if (type.equals("FOUTMELDING")) {
                checkNotice(dir.resolve("expected/" + base + ".FOUTMELDING.txt"), actual);
                continue;
            }
            assertTrue(Files.isRegularFile(expectedFile), "expected message missing: " + expectedFile);
            XmlAssert.assertSameContent(expectedFile.toFile(), actual.toFile(), file + " -> " + type);
        }
    }
}
