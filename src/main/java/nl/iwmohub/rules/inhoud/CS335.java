package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import java.util.Set;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CS335 (0001): RedenWijziging 13 (verwijderd) mag alleen gebruikt worden indien de ingangsdatum gelijk is
 * aan de einddatum. WMO301 ToegewezenProduct; an empty Einddatum is not equal to the Ingangsdatum, so 13 with an
 * empty Einddatum fails.
 * <p>That last point is deliberately stricter than the published validation, which lets 13 without an Einddatum
 * pass. The hub keeps it because it only concerns the hub's own output: a WMO301 is delivered by the hub to the
 * aanbieder, and a removal without Einddatum = Ingangsdatum is not the removal the standard defines (TR349 counts
 * only such a toewijzing as no longer current), so the aanbieder could not tell whether it still holds. Refusing
 * it to the back office (0001) costs a correction; sending it on would leave the two sides disagreeing.
 */
public final class CS335 extends InhoudRule {
    private static final Set<String> CLASSES = Set.of("ToegewezenProduct");

    public CS335() {
        super("CS335", WMO301);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (ProductLines.Item item : ProductLines.items(context.bericht(), CLASSES)) {
            String reden = item.redenWijziging();
            if ("13".equals(reden) && !item.begin().equals(item.end())) {
                findings.add(finding(item.path(), item.path() + "/RedenWijziging",
                        "RedenWijziging 13 (verwijderd) needs Einddatum equal to Ingangsdatum " + item.begin()
                                + ", but Einddatum is " + (item.end() == null ? "empty" : item.end())));
            }
        }
    }
}
