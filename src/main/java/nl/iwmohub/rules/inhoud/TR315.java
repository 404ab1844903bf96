package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR315 (0001), WMO323: VorigReferentieNummer van de Prestatie moet uniek zijn in het bericht (over all clients).
 * Reading: the first prestatie (in document order) that carries a value is fine; every later prestatie with the
 * same VorigReferentieNummer is a finding on its VorigReferentieNummer. Prestaties without one are ignored.
 */
public final class TR315 extends InhoudRule {
    public TR315() {
        super("TR315", WMO323);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        Map<String, String> firstUse = new HashMap<>();
        for (var line : DeclaratiePrestaties.of(context.bericht().root(Wmo323.class))) {
            String vorig = line.prestatie().getProductReferentie().getVorigReferentieNummer();
            if (vorig == null) continue;
            String earlier = firstUse.putIfAbsent(vorig, line.path());
            if (earlier != null) {
                findings.add(finding(line.path(), line.path() + "/ProductReferentie/VorigReferentieNummer",
                        "VorigReferentieNummer " + vorig + " is already used by " + earlier));
            }
        }
    }
}
