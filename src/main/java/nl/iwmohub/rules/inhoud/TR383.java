package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.wmo315.AangevraagdProduct;
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
    private static final String PRODUCT = "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct";

    public TR383() {
        super("TR383", WMO315);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        List<AangevraagdProduct> products = context.bericht().root(Wmo315.class).getClient()
                .getAangevraagdeProducten().getAangevraagdProduct();
        Map<String, Integer> count = new HashMap<>();
        for (AangevraagdProduct p : products) count.merge(p.getReferentieAanbieder(), 1, Integer::sum);
        for (int i = 0; i < products.size(); i++) {
            String ref = products.get(i).getReferentieAanbieder();
            int n = count.get(ref);
            if (n > 1) {
                String klasse = Paths.member(PRODUCT, i);
                findings.add(finding(klasse, klasse + "/ReferentieAanbieder", "ReferentieAanbieder " + ref
                        + " occurs on " + n + " AangevraagdProducten; it must be unique per AangevraagdProduct"));
            }
        }
    }
}
