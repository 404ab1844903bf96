package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import java.util.Set;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD075 (0001): Einddatum — Verplicht vullen indien Budget gevuld is. Applies to WMO301 ToegewezenProduct
 * (Einddatum), WMO315 AangevraagdProduct (ToewijzingEinddatum), WMO317 NieuwProduct and TeWijzigenProduct
 * (Einddatum). The finding names the missing end date.
 */
public final class CD075 extends InhoudRule {
    private static final Set<String> CLASSES = Set.of("ToegewezenProduct", "AangevraagdProduct", "NieuwProduct", "TeWijzigenProduct");

    public CD075() {
        super("CD075", WMO301, WMO315, WMO317);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (ProductLines.Item item : ProductLines.items(context.bericht(), CLASSES)) {
            if (item.budget() != null && item.end() == null) {
                findings.add(finding(item.path(), item.path() + "/" + item.endName(),
                        "Budget is filled but " + item.endName() + " is missing"));
            }
        }
    }
}
