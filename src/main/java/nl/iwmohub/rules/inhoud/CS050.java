package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.basisschema.CDTVolledigeNaam;
import nl.iwmohub.model.wmo301.Wmo301;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CS050 (0001): Naam/NaamGebruik — Als Partnernaam gevuld is, dan NaamGebruik vullen met waarde 1, 2, 3 of 4.
 * Anders waarde 1 of 6 vullen. WMO301, the Naam of the Client and of each Relatie.
 * <p>Reading: without a Partnernaam only NaamGebruik 1 passes. The standard's text also allows 6 (niet-natuurlijk
 * persoon), but the receiving aanbieder's validation reads CS050 as "anders waarde 1" and rejects a WMO301 with
 * NaamGebruik 6 and no Partnernaam. The hub delivers the back office's WMO301 to the aanbieder, so such a
 * message would bounce there; the hub refuses it to the back office instead (0001, with a notice in the
 * gemeente's outbox), with a reason naming the conflict. An earlier reading followed the text and let 6 pass.
 * For the Client, 6 is also forbidden by CS318, which reports it as well.
 */
public final class CS050 extends InhoudRule {
    private static final Set<String> MET_PARTNER = Set.of("1", "2", "3", "4");
    private static final Set<String> ZONDER_PARTNER = Set.of("1");

    public CS050() {
        super("CS050", WMO301);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var client = context.bericht().root(Wmo301.class).getClient();
        check("/Bericht/Client", client.getNaam(), findings);
        if (client.getRelaties() != null) {
            var relaties = client.getRelaties().getRelatie();
            for (int i = 0; i < relaties.size(); i++) {
                check(Paths.member("/Bericht/Client/Relaties/Relatie", i), relaties.get(i).getNaam(), findings);
            }
        }
    }

    private void check(String path, CDTVolledigeNaam naam, List<Finding> findings) {
        if (naam == null) return;
        boolean partner = naam.getPartnernaam() != null;
        Set<String> allowed = partner ? MET_PARTNER : ZONDER_PARTNER;
        if (allowed.contains(naam.getNaamGebruik())) return;
        String reason;
        if (partner) {
            reason = "NaamGebruik " + naam.getNaamGebruik() + " with a Partnernaam must be 1, 2, 3 or 4";
        } else if ("6".equals(naam.getNaamGebruik())) {
            reason = "NaamGebruik 6 without a Partnernaam: the text of CS050 allows 1 or 6, but the receiving"
                    + " aanbieder's validation accepts only 1, so this WMO301 would be rejected there; use 1";
        } else {
            reason = "NaamGebruik " + naam.getNaamGebruik() + " without a Partnernaam must be 1";
        }
        findings.add(finding(path, path + "/Naam/NaamGebruik", reason));
    }
}
