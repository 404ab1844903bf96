package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import java.util.Set;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR386 (0001), WMO315: "Een Product mag alleen vaker in een verzoek om toewijzing voorkomen indien de zorgperiodes
 * elkaar niet overlappen." With the notes: without a ProductCode the rule holds on the level of the
 * ProductCategorie; without a ProductCategorie (no Product) the request may overlap with no other product except
 * those of categorie 11, 12, 13 and 14; products of categorie 11, 12, 13 and 14 may always overlap, also on the
 * level of the categorie.
 * <p>
 * Readings (shared with TR302 and TR410 through {@link ProductOverlap}):
 * <ul>
 * <li>The zorgperiode of an AangevraagdProduct is ToewijzingIngangsdatum up to and including ToewijzingEinddatum;
 * without ToewijzingEinddatum it is open. Two periods overlap when they share at least one day.</li>
 * <li>Two products of the same categorie (not 11-14) conflict when both have the same Code, or when at least one
 * of them has no Code (a product without Code stands for its whole categorie). Different codes of one categorie
 * may overlap.</li>
 * <li>A product without Product conflicts with every product whose categorie is not 11-14 and with every other
 * product without Product.</li>
 * <li>A product of categorie 11-14 never conflicts, also not with the same code.</li>
 * <li>Every product that overlaps a product it conflicts with is named (both of each pair), on its berichtklasse
 * AangevraagdProduct, with that berichtklasse as element (the rule is about the product as a whole, not one of
 * its elements). A period whose end lies before its start is left to CS003 and not compared.</li>
 * </ul>
 * Cost is O(n log n): sorting per group and binary search, no comparison of all pairs.
 */
public final class TR386 extends InhoudRule {
    private static final Set<String> CLASSES = Set.of("AangevraagdProduct");

    public TR386() {
        super("TR386", WMO315);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        ProductOverlap.checkLines(this, context, CLASSES, "AangevraagdProduct", findings);
    }
}
