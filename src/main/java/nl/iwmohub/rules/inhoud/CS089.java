package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import java.util.regex.Pattern;
import nl.iwmohub.model.basisschema.CDTAdres;
import nl.iwmohub.model.wmo301.Contact;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CS089 (0001): Adres/Postcode — Als LandCode de waarde NL (Nederland) heeft, dan moet het formaat overeenkomen met
 * dat van een Nederlandse postcode. WMO301, every Contact (of the Client and of each Relatie). Reading, as the
 * published validation does: a Dutch postcode is four digits not starting with 0 followed by two letters, without
 * a space; the letters may be capitals or small letters ("1234AB" and "1234ab" both pass; an earlier reading
 * demanded capitals). An absent Postcode with LandCode NL does not have that format either and is reported here
 * too, on Adres/Postcode (next to CD005 on LandCode; an earlier reading left it to CD005 and CD034). The XSD type
 * LDT_Postcode allows both cases.
 */
public final class CS089 extends InhoudRule {
    private static final Pattern DUTCH_POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Za-z]{2}");

    public CS089() {
        super("CS089", WMO301);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (Wmo301Contacts.Located located : Wmo301Contacts.contacts(context)) {
            CDTAdres adres = located.contact().getAdres();
            if (!"NL".equals(landCode(adres))) continue;
            if (adres.getPostcode() == null) {
                findings.add(finding(located.path(), located.path() + "/Adres/Postcode",
                        "LandCode is NL but Postcode is absent; a Dutch postcode of the form 1234AB is required"));
            } else if (!DUTCH_POSTCODE.matcher(adres.getPostcode()).matches()) {
                findings.add(finding(located.path(), located.path() + "/Adres/Postcode",
                        "LandCode is NL but Postcode '" + adres.getPostcode() + "' is not of the form 1234AB"));
            }
        }
    }


    private static String landCode(CDTAdres adres) {
        return adres == null || adres.getLandCode() == null ? null : adres.getLandCode().value();
    }
}
