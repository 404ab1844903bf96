package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import java.util.Set;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR410 (0001), WMO317: "Een Product mag alleen vaker in de berichtklassen NieuwProduct voorkomen als de
 * zorgperiodes elkaar niet overlappen." With the same notes as TR386 (without code: on the level of the
 * categorie; without categorie: no overlap with any other requested product except categorie 11-14; categorie
 * 11-14 may always overlap).
 * <p>
 * Readings: only NieuwProducten are compared with each other (TeWijzigenProduct and OngewijzigdProduct carry no
 * Product in the message; their overlap is TR361, berichtoverstijgend). The zorgperiode is GewensteIngangsdatum up
 * to and including Einddatum (open without Einddatum). The conflict rules are those of TR386 (see
 * {@link ProductOverlap}); every NieuwProduct that overlaps one it may not overlap is named on its berichtklasse,
 * with that berichtklasse as element.
 */
public final class TR410 extends InhoudRule {
    private static final Set<String> CLASSES = Set.of("NieuwProduct");

    public TR410() {
        super("TR410", WMO317);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        ProductOverlap.checkLines(this, context, CLASSES, "NieuwProduct", findings);
    }
}
