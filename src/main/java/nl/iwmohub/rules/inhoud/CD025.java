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
 * CD025 (0001): Adres/Huis — Als Adres / LandCode de waarde NL (Nederland) heeft, dan verplicht vullen. WMO301,
 * every Contact (of the Client and of each Relatie).
 */
public final class CD025 extends BaseRule {
    public CD025() {
        super("CD025", "0001", Controleniveau.XSLT, WMO301);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (Located located : contacts(context)) {
            CDTAdres adres = located.contact().getAdres();
            if ("NL".equals(landCode(adres)) && adres.getHuis() == null) {
                findings.add(finding(located.path(), located.path() + "/Adres/Huis",
                        "LandCode is NL but Huis is missing"));
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
