package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR302 (0001): Een Product mag alleen vaker in een toewijzingsbericht voorkomen indien de zorgperiodes elkaar niet
 * overlappen. WMO301. Readings:
 * <ul>
 * <li>The zorgperiode of a ToegewezenProduct is Ingangsdatum up to and including Einddatum; an empty Einddatum is
 * open-ended. Two periods overlap when they share at least one day.</li>
 * <li>"Same product": with a Code, the same Categorie and Code. Without a Code the rule works on category level: a
 * ToegewezenProduct with only Categorie c may not overlap any other ToegewezenProduct of category c, with or
 * without Code. Two products of one category with different Codes may overlap.</li>
 * <li>Without Product (so without Categorie, as with a Budget) the ToegewezenProduct may not overlap any other
 * ToegewezenProduct except those of category 11, 12, 13 and 14.</li>
 * <li>Products of category 11, 12, 13 and 14 may always overlap (also with the same Code and on category level).</li>
 * <li>Removed toewijzingen (Einddatum equal to Ingangsdatum and RedenWijziging 13 or 01) do not count. A
 * ToegewezenProduct whose Einddatum lies before its Ingangsdatum (a CS003 error) has no period and is skipped.</li>
 * </ul>
 * Every ToegewezenProduct that overlaps a forbidden other one is reported (so both of a pair); the finding names
 * the ToegewezenProduct itself, and one product it overlaps. The reading of the overlap is {@link ProductOverlap}
 * (shared with TR386 and TR410).
 */
public final class TR302 extends InhoudRule {
    private static final Set<String> CLASSES = Set.of("ToegewezenProduct");

    public TR302() {
        super("TR302", WMO301);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        List<ProductLines.Item> lines = ProductLines.items(context.bericht(), CLASSES);
        List<ProductOverlap.Item> items = new ArrayList<>(lines.size());
        for (ProductLines.Item line : lines) items.add(removed(line) ? null : ProductOverlap.Item.of(line));
        int[] partner = ProductOverlap.partners(items);
        for (int i = 0; i < lines.size(); i++) {
            if (partner[i] < 0) continue;
            String path = lines.get(i).path();
            findings.add(finding(path, path, "The period of this ToegewezenProduct (" + items.get(i).describe()
                    + ") overlaps that of " + lines.get(partner[i]).path() + " (" + items.get(partner[i]).describe()
                    + "), which may not be stacked"));
        }
    }

    private static boolean removed(ProductLines.Item line) {
        return line.begin().equals(line.end())
                && ("13".equals(line.redenWijziging()) || "01".equals(line.redenWijziging()));
    }
}
