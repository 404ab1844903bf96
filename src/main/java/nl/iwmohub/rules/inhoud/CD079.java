package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import java.util.Set;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD079 (0001): Product — Indien Budget leeg is, dan verplicht vullen. Applies to WMO301 ToegewezenProduct,
 * WMO315 AangevraagdProduct and WMO317 NieuwProduct. The finding names the missing Product.
 */
public final class CD079 extends InhoudRule {
    private static final Set<String> CLASSES = Set.of("ToegewezenProduct", "AangevraagdProduct", "NieuwProduct");

    public CD079() {
        super("CD079", WMO301, WMO315, WMO317);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (ProductLines.Item item : ProductLines.items(context.bericht(), CLASSES)) {
            if (item.budget() == null && item.product() == null) {
                findings.add(finding(item.path(), item.path() + "/Product", "Budget is empty, so Product is required"));
            }
        }
    }
}
