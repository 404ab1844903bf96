package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD080 (0001): Omvang — Indien Code in Product leeg is en Einddatum van het ToegewezenProduct groter dan
 * 31-12-2020 of leeg is, dan leeg laten. WMO301 only (WMO315 and WMO317 have their own CD095/CD096). "Code in
 * Product leeg" includes a ToegewezenProduct without Product. The finding names the Omvang that must go.
 */
public final class CD080 extends InhoudRule {
    private static final LocalDate CUTOFF = LocalDate.of(2020, 12, 31);
    private static final Set<String> CLASSES = Set.of("ToegewezenProduct");

    public CD080() {
        super("CD080", WMO301);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (ProductLines.Item item : ProductLines.items(context.bericht(), CLASSES)) {
            if (item.code() == null && (item.end() == null || item.end().isAfter(CUTOFF)) && item.omvang() != null) {
                findings.add(finding(item.path(), item.path() + "/Omvang",
                        "Product has no Code and Einddatum is empty or after 2020-12-31, so Omvang must be empty"));
            }
        }
    }
}
