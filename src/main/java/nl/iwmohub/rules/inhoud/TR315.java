package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.rules.BaseRule;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.RuleContext;

/**
 * TR315 (0001), WMO323: VorigReferentieNummer van de Prestatie moet uniek zijn in het bericht (over all clients).
 * Reading: the first prestatie (in document order) that carries a value is fine; every later prestatie with the
 * same VorigReferentieNummer is a finding on its VorigReferentieNummer. Prestaties without one are ignored.
 */
public final class TR315 extends BaseRule {
    public TR315() {
        super("TR315", "0001", Controleniveau.XSLT, WMO323);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var clients = ((nl.iwmohub.model.wmo323.Root) context.bericht().root()).getDeclaratie().getClienten()
                .getClient();
        Map<String, String> firstUse = new HashMap<>();
        for (int c = 0; c < clients.size(); c++) {
            String cp = Paths.member("/Bericht/Declaratie/Clienten/Client", c);
            var ps = clients.get(c).getPrestaties().getPrestatie();
            for (int p = 0; p < ps.size(); p++) {
                String vorig = ps.get(p).getProductReferentie().getVorigReferentieNummer();
                if (vorig == null) continue;
                String klasse = Paths.member(cp + "/Prestaties/Prestatie", p);
                String earlier = firstUse.putIfAbsent(vorig, klasse);
                if (earlier != null) {
                    findings.add(finding(klasse, klasse + "/ProductReferentie/VorigReferentieNummer",
                            "VorigReferentieNummer " + vorig + " is already used by " + earlier));
                }
            }
        }
    }
}
