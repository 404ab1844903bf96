package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.wmo315.AangevraagdProduct;
import nl.iwmohub.model.wmo315.Wmo315;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD095 (0001), WMO315 AangevraagdProduct/Omvang: "Indien Code in AangevraagdProduct leeg is en
 * ToewijzingEinddatum van het AangevraagdProduct groter dan 31-12-2020 of leeg is, dan leeg laten."
 * Reading: "Code leeg" is Product/Code absent, whether or not Product (with its Categorie) is present.
 * An Omvang on such a product whose ToewijzingEinddatum is absent or after 2020-12-31 is named.
 */
public final class CD095 extends InhoudRule {
    private static final String PRODUCT = "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct";
    private static final LocalDate GRENS = LocalDate.of(2020, 12, 31);

    public CD095() {
        super("CD095", WMO315);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        List<AangevraagdProduct> products = context.bericht().root(Wmo315.class).getClient()
                .getAangevraagdeProducten().getAangevraagdProduct();
        for (int i = 0; i < products.size(); i++) {
            AangevraagdProduct p = products.get(i);
            boolean geenCode = p.getProduct() == null || p.getProduct().getCode() == null;
            LocalDate eind = p.getToewijzingEinddatum();
            if (geenCode && (eind == null || eind.isAfter(GRENS)) && p.getOmvang() != null) {
                String klasse = Paths.member(PRODUCT, i);
                findings.add(finding(klasse, klasse + "/Omvang", "a product without Code and with "
                        + (eind == null ? "no ToewijzingEinddatum" : "ToewijzingEinddatum " + eind + " after 2020-12-31")
                        + " must leave Omvang empty"));
            }
        }
    }
}
