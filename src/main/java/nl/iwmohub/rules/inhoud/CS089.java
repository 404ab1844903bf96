package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import java.util.regex.Pattern;
import nl.iwmohub.model.basisschema.CDTAdres;
import nl.iwmohub.model.wmo301.Contact;
import nl.iwmohub.rules.BaseRule;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.RuleContext;

/**
 * CS089 (0001): Adres/Postcode — Als LandCode de waarde NL (Nederland) heeft, dan moet het formaat overeenkomen met
 * dat van een Nederlandse postcode. WMO301, every Contact (of the Client and of each Relatie). Reading: a Dutch
 * postcode is four digits not starting with 0 followed by two capital letters, without a space ("1234AB"), as
 * the iStandaarden write it. An absent Postcode is not checked here (CD005/CD034).
 */
public final class CS089 extends BaseRule {
    private static final Pattern DUTCH_POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");

    public CS089() {
        super("CS089", "0001", Controleniveau.XSLT, WMO301);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (Wmo301Contacts.Located located : Wmo301Contacts.contacts(context)) {
            CDTAdres adres = located.contact().getAdres();
            if ("NL".equals(landCode(adres)) && adres.getPostcode() != null
                    && !DUTCH_POSTCODE.matcher(adres.getPostcode()).matches()) {
                findings.add(finding(located.path(), located.path() + "/Adres/Postcode",
                        "LandCode is NL but Postcode '" + adres.getPostcode() + "' is not of the form 1234AB"));
            }
        }
    }


    private static String landCode(CDTAdres adres) {
        return adres == null || adres.getLandCode() == null ? null : adres.getLandCode().value();
    }
}
