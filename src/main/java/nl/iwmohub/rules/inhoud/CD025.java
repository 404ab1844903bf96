package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.model.basisschema.CDTAdres;
import nl.iwmohub.model.wmo301.Contact;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD025 (0001): Adres/Huis — Als Adres / LandCode de waarde NL (Nederland) heeft, dan verplicht vullen. WMO301,
 * every Contact (of the Client and of each Relatie).
 */
public final class CD025 extends InhoudRule {
    public CD025() {
        super("CD025", WMO301);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (Wmo301Contacts.Located located : Wmo301Contacts.contacts(context)) {
            CDTAdres adres = located.contact().getAdres();
            if ("NL".equals(landCode(adres)) && adres.getHuis() == null) {
                findings.add(finding(located.path(), located.path() + "/Adres/Huis",
                        "LandCode is NL but Huis is missing"));
            }
        }
    }


    private static String landCode(CDTAdres adres) {
        return adres == null || adres.getLandCode() == null ? null : adres.getLandCode().value();
    }
}
