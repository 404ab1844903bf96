package nl.iwmohub.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is the table of the rules the hub really applies (from the registry), with the cases that prove
 * each. Run with -Diwmo.write-rules-table=true to write it anew.
 */
class RuleTableTest {
    private static final Path DOC = Path.of("docs/rules.md");

    /** Where the passing and failing cases of a rule are: its rule-case folder, else the scenarios that prove it. */
    static String proof(String code) {
        if (Files.isDirectory(Path.of("test-messages/rules", code))) {
            return "`test-messages/rules/" + code + "` (RuleCasesTest)";
        }
        List<String> scenarios = ScenarioProof.scenariosProving(code);
        if (scenarios.isEmpty()) return "-";
        return scenarios.stream().map(s -> "`test-messages/scenarios/" + s + "`").collect(Collectors.joining(", "))
                + " (ScenarioTest)";
    }

    @Test
    void docsRulesTableIsUpToDate() throws Exception {
        String generated = RuleTable.markdown(Registry.standard(), RuleTableTest::proof);
        if (Boolean.getBoolean("iwmo.write-rules-table")) Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        assertEquals(generated, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/rules.md is out of date: mvn test -Dtest=RuleTableTest -Diwmo.write-rules-table=true");
    }

    @Test
    void everyRuleIsProvedByTestCases() {
        // every rule: its case folder (RuleCasesTest), else a scenario with a failing and a passing row for it
        // (ScenarioTest checks each row's claim against what the hub reported)
        for (RuleTable.Row row : RuleTable.rows(Registry.standard())) {
            assertNotEquals("-", proof(row.code()), "no passing and failing cases for " + row.code());
        }
    }

    @Test
    void theCommandPrintsTheTableWithoutTheProofColumn() {
        String printed = RuleTable.markdown(Registry.standard(), null);
        for (RuleTable.Row row : RuleTable.rows(Registry.standard())) {
            assertEquals(true, printed.contains("| " + row.code() + " |"), row.code());
        }
        assertEquals(false, printed.contains("RuleCasesTest"));
    }
}
