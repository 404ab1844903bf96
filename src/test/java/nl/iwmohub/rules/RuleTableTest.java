package nl.iwmohub.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private static Set<String> appliedCodes() {
        return RuleTable.rows(Registry.standard()).stream().map(RuleTable.Row::code).collect(Collectors.toSet());
    }

    @Test
    void everyTechnicalRuleIsAppliedOrHasAReasonNotBoth() {
        assertEquals(List.of(), TechnicalRules.problems(appliedCodes()));
        // iWmo 3.2 has 78 technical rules (rules.md of the standard; issue 15): a row lost from the list fails here
        assertEquals(78, TechnicalRules.ids().size());
    }

    @Test
    void theCheckOfTheListFailsOnARuleWithoutReasonOnARuleWithBothAndOnAnUnknownRule() {
        Map<String, String> list = new LinkedHashMap<>();
        list.put("TR001", null);        // applied below: fine
        list.put("TR002", "a reason");  // not applied, with a reason: fine
        list.put("TR003", null);        // neither
        list.put("TR004", "a reason");  // both
        List<String> problems = TechnicalRules.problems(Set.of("TR001", "TR004", "TR999", "CS002"), list);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("TR003 is neither"), problems.toString());
        assertTrue(problems.get(1).startsWith("TR004 is applied by the registry and has a reason"), problems.toString());
        assertTrue(problems.get(2).startsWith("TR999 is applied by the registry but is no TR"), problems.toString());
    }

    @Test
    void theTableListsEveryTechnicalRuleNotAppliedWithItsReason() {
        String doc = RuleTable.markdown(Registry.standard(), RuleTableTest::proof);
        String section = doc.substring(doc.indexOf("## Technical rules not applied at the gemeente"));
        for (Map.Entry<String, String> e : TechnicalRules.notApplied().entrySet()) {
            assertTrue(section.contains("| " + e.getKey() + " | " + e.getValue() + " |"), e.getKey());
        }
        String notApplied = section.substring(0, section.indexOf("Applied, but not yet"));
        for (String code : appliedCodes()) assertEquals(false, notApplied.contains("| " + code + " |"), code);
        // the rules applied to fewer messages than the standard names are applied ones, listed with what they miss
        for (Map.Entry<String, String> e : TechnicalRules.notYetFor().entrySet()) {
            assertTrue(appliedCodes().contains(e.getKey()), e.getKey() + " is applied");
            assertTrue(section.contains("| " + e.getKey() + " | " + e.getValue() + " |"), e.getKey());
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
