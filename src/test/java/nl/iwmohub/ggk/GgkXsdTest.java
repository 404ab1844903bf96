package nl.iwmohub.ggk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our StUF-GGk XSD (xsd/stuf-ggk) against the example envelopes of test-messages/ggk: every valid one passes, every
 * invalid one fails, and for the reason stated in invalid/reasons.tsv (its validator message names it).
 */
class GgkXsdTest {
    private static final Path DIR = Path.of("test-messages/ggk");
    private static final GgkSchema SCHEMA = new GgkSchema();

    @Test
    void everyValidExamplePasses() throws IOException {
        List<Path> valid = files(DIR.resolve("valid"));
        assertTrue(valid.size() >= 8, "valid examples: " + valid);
        for (Path p : valid) assertEquals(List.of(), SCHEMA.validate(Files.readAllBytes(p)), p.toString());
    }

    @Test
    void everyInvalidExampleFailsForItsStatedReason() throws IOException {
        List<String[]> reasons = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("invalid/reasons.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) reasons.add(line.split("\t"));
        }
        TreeSet<String> listed = new TreeSet<>();
        for (String[] r : reasons) {
            listed.add(r[0]);
            List<String> errors = SCHEMA.validate(Files.readAllBytes(DIR.resolve("invalid").resolve(r[0])));
            assertFalse(errors.isEmpty(), r[0] + " should be invalid: " + r[2]);
            assertTrue(String.join(" | ", errors).contains(r[1]), r[0] + " (" + r[2] + "): expected '" + r[1] + "' in " + errors);
        }
        TreeSet<String> present = new TreeSet<>();
        for (Path p : files(DIR.resolve("invalid"))) present.add(p.getFileName().toString());
        assertEquals(present, listed, "every invalid example has its reason in reasons.tsv");
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }
}
