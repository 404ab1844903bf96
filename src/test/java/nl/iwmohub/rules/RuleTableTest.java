package nl.iwmohub.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is the table of the rules the hub really applies, and every rule has its proof. */
class RuleTableTest {
    @Test
    void docsRulesTableIsUpToDate() throws Exception {
        String generated = RuleTable.markdown(RuleSet.standard());
        assertEquals(generated, Files.readString(Path.of("docs/rules.md"), StandardCharsets.UTF_8),
                "docs/rules.md is out of date: java -jar target/iwmo-hub.jar rules > docs/rules.md");
    }

    @Test
    void everyRuleIsProvedByTestCases() {
        for (Rule rule : RuleSet.standard().rules()) {
            assertNotEquals("-", RuleTable.proof(rule.code()), "no passing and failing cases for " + rule.code());
        }
        // the processing core's rules: a scenario with a failing and a passing row for each (ScenarioTest
        // checks each row's claim against what the hub reported)
        for (nl.iwmohub.rules.kern.KernRegel rule : nl.iwmohub.rules.kern.KernRegels.all()) {
            assertNotEquals("-", RuleTable.proof(rule.code()), "no scenario proves " + rule.code() + " failing and passing");
        }
    }
}
