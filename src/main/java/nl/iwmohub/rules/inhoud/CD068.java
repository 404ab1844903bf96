package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import java.util.Set;
import nl.iwmohub.model.basisschema.CDTVerwijzer;
import nl.iwmohub.model.wmo315.Wmo315;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD068 (0001), WMO315 AangevraagdProduct/Verwijzer/ZorgverlenerCode: "Als type verwijzer ongelijk is aan 02, 03,
 * 04 of 05, dan is ZorgverlenerCode leeg." Names .../Verwijzer/ZorgverlenerCode when it is present anyway.
 */
public final class CD068 extends InhoudRule {
    /** Huisarts, jeugdarts, gecertificeerde instelling, medisch specialist. */
    private static final Set<String> ZORGVERLENER_TYPES = Set.of("02", "03", "04", "05");
    public CD068() {
        super("CD068", WMO315);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (var line : ProductLines.aangevraagd(context.bericht().root(Wmo315.class))) {
            CDTVerwijzer v = line.product().getVerwijzer();
            String klasse = line.path();
            if (!ZORGVERLENER_TYPES.contains(v.getType()) && v.getZorgverlenerCode() != null) {
                findings.add(finding(klasse, klasse + "/Verwijzer/ZorgverlenerCode", "Verwijzer Type " + v.getType()
                        + " must leave ZorgverlenerCode empty (only types 02, 03, 04 and 05 have one)"));
            }
        }
    }
}
