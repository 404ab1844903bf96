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
 * CD066 (0001), WMO315 AangevraagdProduct/Verwijzer/Naam: "Als type verwijzer gelijk is aan 02, 03, 04 of 05 en
 * ZorgverlenerCode is gevuld, dan is Naamverwijzer leeg." Names .../Verwijzer/Naam when it is present anyway.
 */
public final class CD066 extends InhoudRule {
    /** Huisarts, jeugdarts, gecertificeerde instelling, medisch specialist: the types with a ZorgverlenerCode. */
    private static final Set<String> ZORGVERLENER_TYPES = Set.of("02", "03", "04", "05");

    public CD066() {
        super("CD066", WMO315);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (var line : ProductLines.aangevraagd(context.bericht().root(Wmo315.class))) {
            CDTVerwijzer v = line.product().getVerwijzer();
            String klasse = line.path();
            if (ZORGVERLENER_TYPES.contains(v.getType()) && v.getZorgverlenerCode() != null && v.getNaam() != null) {
                findings.add(finding(klasse, klasse + "/Verwijzer/Naam", "Verwijzer Type " + v.getType()
                        + " with a ZorgverlenerCode must leave Naam empty"));
            }
        }
    }
}
