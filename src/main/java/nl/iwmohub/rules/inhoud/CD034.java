package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.model.basisschema.CDTAdres;
import nl.iwmohub.model.wmo301.Contact;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD034 (0001): Adres/Postcode — Als Soort adres de waarde 1 (BRP-adres) of 3 (verblijfadres) heeft, dan
 * verplicht vullen. WMO301, every Contact (of the Client and of each Relatie); Soort is the Contact's Soort (codes
 * 01 and 03). Reading: the Postcode is required also when the Contact has no Adres at all (an 01/03 Contact
 * without Adres has no Postcode and fails).
 */
public final class CD034 extends InhoudRule {
    public CD034() {
        super("CD034", WMO301);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (Wmo301Contacts.Located located : Wmo301Contacts.contacts(context)) {
            Contact c = located.contact();
            if (("01".equals(c.getSoort()) || "03".equals(c.getSoort()))
                    && (c.getAdres() == null || c.getAdres().getPostcode() == null)) {
                findings.add(finding(located.path(), located.path() + "/Adres/Postcode",
                        "Soort is " + c.getSoort() + " but Postcode is missing"));
            }
        }
    }


    private static String landCode(CDTAdres adres) {
        return adres == null || adres.getLandCode() == null ? null : adres.getLandCode().value();
    }
}
