package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.model.basisschema.CDTAdres;
import nl.iwmohub.model.wmo301.Contact;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR006 (0001): De berichtklasse Contact moet een berichtelement Telefoon, en/of de combinatie Huis en Postcode
 * bevatten. WMO301, every Contact (of the Client and of each Relatie). The finding names the Contact itself
 * (the class lacks one of two alternatives, so no single element is at fault).
 */
public final class TR006 extends InhoudRule {
    public TR006() {
        super("TR006", WMO301);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (Wmo301Contacts.Located located : Wmo301Contacts.contacts(context)) {
            Contact c = located.contact();
            CDTAdres adres = c.getAdres();
            boolean huisEnPostcode = adres != null && adres.getHuis() != null && adres.getPostcode() != null;
            if (c.getTelefoon() == null && !huisEnPostcode) {
                findings.add(finding(located.path(), located.path(),
                        "Contact has neither Telefoon nor both Huis and Postcode"));
            }
        }
    }


    private static String landCode(CDTAdres adres) {
        return adres == null || adres.getLandCode() == null ? null : adres.getLandCode().value();
    }
}
