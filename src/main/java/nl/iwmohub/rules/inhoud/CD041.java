package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import java.util.Set;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD041 (0001): Omvang — Indien Code in Product gevuld is, verplicht vullen. Applies to WMO301
 * ToegewezenProduct, WMO315 AangevraagdProduct and WMO317 NieuwProduct (the classes the standard lists; not
 * TeWijzigenProduct, which has no Product). The finding names the missing Omvang.
 */
public final class CD041 extends InhoudRule {
    private static final Set<String> CLASSES = Set.of("ToegewezenProduct", "AangevraagdProduct", "NieuwProduct");

    public CD041() {
        super("CD041", WMO301, WMO315, WMO317);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (ProductLines.Item item : ProductLines.items(context.bericht(), CLASSES)) {
            if (item.code() != null && item.omvang() == null) {
                findings.add(finding(item.path(), item.path() + "/Omvang",
                        "Product has Code " + item.code() + " but Omvang is missing"));
            }
        }
    }
}
