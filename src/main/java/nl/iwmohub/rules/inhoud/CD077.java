package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import java.util.Set;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD077 (0001): Omvang — Indien Budget gevuld is, dan leeg laten. Applies to WMO301 ToegewezenProduct,
 * WMO315 AangevraagdProduct, WMO317 NieuwProduct and TeWijzigenProduct. The finding names Omvang. Note: a class
 * with both Omvang and Budget breaks CD077 and its mirror CD078 together; that cannot be separated.
 */
public final class CD077 extends InhoudRule {
    private static final Set<String> CLASSES = Set.of("ToegewezenProduct", "AangevraagdProduct", "NieuwProduct", "TeWijzigenProduct");

    public CD077() {
        super("CD077", WMO301, WMO315, WMO317);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (ProductLines.Item item : ProductLines.items(context.bericht(), CLASSES)) {
            if (item.budget() != null && item.omvang() != null) {
                findings.add(finding(item.path(), item.path() + "/Omvang", "Budget is filled, so Omvang must be empty"));
            }
        }
    }
}
