package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.model.wmo301.Wmo301;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CS318 (0001): Client/Naam — NaamGebruik 6 (Niet-natuurlijk persoon) niet vullen. WMO301 Client (not Relatie).
 * The finding names Naam/NaamGebruik, the element whose value is wrong.
 */
public final class CS318 extends InhoudRule {
    public CS318() {
        super("CS318", WMO301);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var naam = context.bericht().root(Wmo301.class).getClient().getNaam();
        if (naam != null && "6".equals(naam.getNaamGebruik())) {
            findings.add(finding("/Bericht/Client", "/Bericht/Client/Naam/NaamGebruik",
                    "NaamGebruik 6 (niet-natuurlijk persoon) is not allowed for a Client"));
        }
    }
}
