package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.basisschema.CDTAdres;
import nl.iwmohub.model.wmo301.Contact;
import nl.iwmohub.rules.BaseRule;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.RuleContext;

/**
 * CD034 (0001): Adres/Postcode — Als Soort adres de waarde 1 (BRP-adres) of 3 (verblijfadres) heeft, dan
 * verplicht vullen. WMO301, every Contact (of the Client and of each Relatie); Soort is the Contact's Soort (codes
 * 01 and 03). Reading: the Postcode is required also when the Contact has no Adres at all (an 01/03 Contact
 * without Adres has no Postcode and fails).
 */
public final class CD034 extends BaseRule {
    public CD034() {
        super("CD034", "0001", Controleniveau.XSLT, WMO301);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (Located located : contacts(context)) {
            Contact c = located.contact();
            if (("01".equals(c.getSoort()) || "03".equals(c.getSoort()))
                    && (c.getAdres() == null || c.getAdres().getPostcode() == null)) {
                findings.add(finding(located.path(), located.path() + "/Adres/Postcode",
                        "Soort is " + c.getSoort() + " but Postcode is missing"));
            }
        }
    }

    /** A Contact of the WMO301 with its path: each Relatie's Contact, then each Contact in Contactgegevens. */
    private record Located(String path, Contact contact) {}

    private static List<Located> contacts(RuleContext context) {
        var client = ((nl.iwmohub.model.wmo301.Root) context.bericht().root()).getClient();
        List<Located> result = new ArrayList<>();
        if (client.getRelaties() != null) {
            var relaties = client.getRelaties().getRelatie();
            for (int i = 0; i < relaties.size(); i++) {
                if (relaties.get(i).getContact() != null) {
                    result.add(new Located(Paths.member("/Bericht/Client/Relaties/Relatie", i) + "/Contact",
                            relaties.get(i).getContact()));
                }
            }
        }
        if (client.getContactgegevens() != null) {
            var contacts = client.getContactgegevens().getContact();
            for (int i = 0; i < contacts.size(); i++) {
                result.add(new Located(Paths.member("/Bericht/Client/Contactgegevens/Contact", i), contacts.get(i)));
            }
        }
        return result;
    }

    private static String landCode(CDTAdres adres) {
        return adres == null || adres.getLandCode() == null ? null : adres.getLandCode().value();
    }
}
