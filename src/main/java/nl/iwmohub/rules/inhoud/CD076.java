package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import java.util.Set;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD076 (0001): Einddatum — Verplicht vullen indien Frequentie waarde 2 (per week). Frequentie is the one in
 * the Omvang of the same class. Applies to WMO301 ToegewezenProduct (Einddatum), WMO315 AangevraagdProduct
 * (ToewijzingEinddatum), WMO317 NieuwProduct and TeWijzigenProduct (Einddatum).
 */
public final class CD076 extends InhoudRule {
    private static final Set<String> CLASSES = Set.of("ToegewezenProduct", "AangevraagdProduct", "NieuwProduct", "TeWijzigenProduct");

    public CD076() {
        super("CD076", WMO301, WMO315, WMO317);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (ProductLines.Item item : ProductLines.items(context.bericht(), CLASSES)) {
            if (item.omvang() != null && "2".equals(item.omvang().getFrequentie()) && item.end() == null) {
                findings.add(finding(item.path(), item.path() + "/" + item.endName(),
                        "Frequentie is 2 (per week) but " + item.endName() + " is missing"));
            }
        }
    }
}
