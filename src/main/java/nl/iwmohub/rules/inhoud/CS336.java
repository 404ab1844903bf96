package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import java.util.Set;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CS336 (0001): RedenWijziging — 01 (Administratieve correctie (vervallen)) niet gebruiken. WMO301
 * ToegewezenProduct.
 */
public final class CS336 extends InhoudRule {
    private static final Set<String> CLASSES = Set.of("ToegewezenProduct");

    public CS336() {
        super("CS336", WMO301);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (ProductLines.Item item : ProductLines.items(context.bericht(), CLASSES)) {
            if ("01".equals(item.redenWijziging())) {
                findings.add(finding(item.path(), item.path() + "/RedenWijziging",
                        "RedenWijziging 01 (Administratieve correctie (vervallen)) may not be used"));
            }
        }
    }
}
