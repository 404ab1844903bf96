package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.basisschema.CDTVolledigeNaam;
import nl.iwmohub.rules.BaseRule;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.RuleContext;

/**
 * CS050 (0001): Naam/NaamGebruik — Als Partnernaam gevuld is, dan NaamGebruik vullen met waarde 1, 2, 3 of 4.
 * Anders waarde 1 of 6 vullen. WMO301, the Naam of the Client and of each Relatie. (For the Client, value 6 is
 * further forbidden by CS318; this rule lets it pass.)
 */
public final class CS050 extends BaseRule {
    private static final Set<String> MET_PARTNER = Set.of("1", "2", "3", "4");
    private static final Set<String> ZONDER_PARTNER = Set.of("1", "6");

    public CS050() {
        super("CS050", "0001", Controleniveau.XSLT, WMO301);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var client = ((nl.iwmohub.model.wmo301.Root) context.bericht().root()).getClient();
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
        if (!allowed.contains(naam.getNaamGebruik())) {
            findings.add(finding(path, path + "/Naam/NaamGebruik", "NaamGebruik " + naam.getNaamGebruik()
                    + (partner ? " with a Partnernaam must be 1, 2, 3 or 4" : " without a Partnernaam must be 1 or 6")));
        }
    }
}
