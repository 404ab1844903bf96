package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.iwmohub.model.wmo315.Wmo315;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR383 (0001), WMO315: "ReferentieAanbieder is uniek voor elk AangevraagdProduct binnen het bericht."
 * Reading: values are compared exactly (case and spaces count). Every AangevraagdProduct whose ReferentieAanbieder
 * also occurs on another AangevraagdProduct of the message is named, the first one included, as none of them has a
 * unique reference.
 */
public final class TR383 extends InhoudRule {
    public TR383() {
        super("TR383", WMO315);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var lines = ProductLines.aangevraagd(context.bericht().root(Wmo315.class));
        Map<String, Integer> count = new HashMap<>();
        for (var line : lines) count.merge(line.product().getReferentieAanbieder(), 1, Integer::sum);
        for (var line : lines) {
            String ref = line.product().getReferentieAanbieder();
            int n = count.get(ref);
            if (n > 1) {
                String klasse = line.path();
                findings.add(finding(klasse, klasse + "/ReferentieAanbieder", "ReferentieAanbieder " + ref
                        + " occurs on " + n + " AangevraagdProducten; it must be unique per AangevraagdProduct"));
            }
        }
    }
}
