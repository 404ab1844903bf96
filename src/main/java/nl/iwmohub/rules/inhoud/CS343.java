package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CS343 (0001), WMO315 AangevraagdProduct/Omvang: "Indien eenheid de waarde 14, 16, 83 of 84 heeft en
 * ToewijzingEinddatum is groter dan 31-12-2020 of leeg, dan Frequentie vullen met waarde 2, 4 of 6."
 * Reading: the finding names .../Omvang, the element the standard's table puts the constraint on (the value that
 * is wrong is its Frequentie, which the reason gives). Frequentie is 1..1 in CDT_Omvang, so in practice the rule
 * rejects Frequentie 1 (per dag) for etmaal, dagdeel, euro's and stuks (inspanning).
 */
public final class CS343 extends InhoudRule {
    private static final Set<String> CLASSES = Set.of("AangevraagdProduct");
    private static final LocalDate GRENS = LocalDate.of(2020, 12, 31);
    private static final Set<String> EENHEDEN = Set.of("14", "16", "83", "84");
    private static final Set<String> FREQUENTIES = Set.of("2", "4", "6");

    public CS343() {
        super("CS343", WMO315);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (ProductLines.Item item : ProductLines.items(context.bericht(), CLASSES)) {
            var omvang = item.omvang();
            LocalDate eind = item.end();
            if (omvang != null && EENHEDEN.contains(omvang.getEenheid()) && (eind == null || eind.isAfter(GRENS))
                    && !FREQUENTIES.contains(omvang.getFrequentie())) {
                String klasse = item.path();
                findings.add(finding(klasse, klasse + "/Omvang", "Eenheid " + omvang.getEenheid()
                        + " requires Frequentie 2, 4 or 6, not " + omvang.getFrequentie()));
            }
        }
    }
}
