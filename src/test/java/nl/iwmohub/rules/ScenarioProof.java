package nl.iwmohub.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which scenarios prove a rule: test-messages/scenarios/NAME/expected/outcomes.tsv rows carry, in their fifth
 * column, what they prove (e.g. {@code TR307:fail} or {@code TR307:pass TR308:pass}). A rule is proved by a
 * scenario with both a failing and a passing row for it.
 */
final class ScenarioProof {
    private static final Path SCENARIOS = Path.of("test-messages/scenarios");

    private ScenarioProof() {}

    static List<String> scenariosProving(String code) {
        List<String> result = new ArrayList<>();
        if (!Files.isDirectory(SCENARIOS)) return result;
        try (Stream<Path> dirs = Files.list(SCENARIOS)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path tsv = dir.resolve("expected/outcomes.tsv");
                if (!Files.isRegularFile(tsv)) continue;
                boolean pass = false;
                boolean fail = false;
                for (String row : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                    String[] c = row.split("\\t");
                    if (c.length < 5) continue;
                    for (String claim : c[4].trim().split("\\s+")) {
                        if (claim.equals(code + ":pass")) pass = true;
                        if (claim.equals(code + ":fail")) fail = true;
                    }
                }
                if (pass && fail) result.add(dir.getFileName().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
