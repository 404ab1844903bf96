package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.iwmohub.model.basisschema.CDTOmvang;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CS338 (0001): Omvang — Indien eenheid de waarde 14, 16, 83 of 84 heeft en Einddatum groter dan 31-12-2020 of
 * leeg is, dan Frequentie vullen met de waarde 2, 4 of 6. Applies to WMO301 ToegewezenProduct and WMO317
 * NieuwProduct and TeWijzigenProduct (WMO315 has CS343 instead). The finding names Omvang/Frequentie, the element
 * whose value is wrong.
 */
public final class CS338 extends InhoudRule {
    private static final LocalDate CUTOFF = LocalDate.of(2020, 12, 31);
    private static final Set<String> EENHEDEN = Set.of("14", "16", "83", "84");
    private static final Set<String> FREQUENTIES = Set.of("2", "4", "6");
    private static final Set<String> CLASSES = Set.of("ToegewezenProduct", "NieuwProduct", "TeWijzigenProduct");

    public CS338() {
        super("CS338", WMO301, WMO317);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (ProductLines.Item item : ProductLines.items(context.bericht(), CLASSES)) {
            CDTOmvang omvang = item.omvang();
            if (omvang != null && EENHEDEN.contains(omvang.getEenheid())
                    && (item.end() == null || item.end().isAfter(CUTOFF)) && !FREQUENTIES.contains(omvang.getFrequentie())) {
                findings.add(finding(item.path(), item.path() + "/Omvang/Frequentie", "Eenheid " + omvang.getEenheid()
                        + " with Einddatum empty or after 2020-12-31 needs Frequentie 2, 4 or 6, not "
                        + omvang.getFrequentie()));
            }
        }
    }
}
