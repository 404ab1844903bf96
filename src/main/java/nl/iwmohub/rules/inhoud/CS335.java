package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import java.util.Set;
import nl.iwmohub.rules.BaseRule;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.RuleContext;

/**
 * CS335 (0001): RedenWijziging 13 (verwijderd) mag alleen gebruikt worden indien de ingangsdatum gelijk is
 * aan de einddatum. WMO301 ToegewezenProduct; an empty Einddatum is not equal to the Ingangsdatum, so 13 with an
 * empty Einddatum fails.
 */
public final class CS335 extends BaseRule {
    private static final Set<String> CLASSES = Set.of("ToegewezenProduct");

    public CS335() {
        super("CS335", "0001", Controleniveau.XSLT, WMO301);
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
