package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.model.basisschema.CDTAdres;
import nl.iwmohub.model.wmo301.Contact;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD005 (0001): Adres/LandCode — Als Postcode gevuld is, dan verplicht vullen, anders leeg laten. WMO301, every
 * Contact (of the Client and of each Relatie) that has an Adres.
 */
public final class CD005 extends InhoudRule {
    public CD005() {
        super("CD005", WMO301);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (Wmo301Contacts.Located located : Wmo301Contacts.contacts(context)) {
            CDTAdres adres = located.contact().getAdres();
            if (adres == null) continue;
            if (adres.getPostcode() != null && adres.getLandCode() == null) {
                findings.add(finding(located.path(), located.path() + "/Adres/LandCode",
                        "Postcode is filled but LandCode is missing"));
            } else if (adres.getPostcode() == null && adres.getLandCode() != null) {
                findings.add(finding(located.path(), located.path() + "/Adres/LandCode",
                        "Postcode is empty, so LandCode must be empty"));
            }
        }
    }


    private static String landCode(CDTAdres adres) {
        return adres == null || adres.getLandCode() == null ? null : adres.getLandCode().value();
    }
}
