package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
    private static final Set<String> CLASSES = Set.of("AangevraagdProduct");
    private static final LocalDate GRENS = LocalDate.of(2020, 12, 31);

    public CD095() {
        super("CD095", WMO315);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (ProductLines.Item item : ProductLines.items(context.bericht(), CLASSES)) {
            boolean geenCode = item.code() == null;
            LocalDate eind = item.end();
            if (geenCode && (eind == null || eind.isAfter(GRENS)) && item.omvang() != null) {
                String klasse = item.path();
                findings.add(finding(klasse, klasse + "/Omvang", "a product without Code and with "
                        + (eind == null ? "no ToewijzingEinddatum" : "ToewijzingEinddatum " + eind + " after 2020-12-31")
                        + " must leave Omvang empty"));
            }
        }
    }
}
