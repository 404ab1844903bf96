package nl.iwmohub.rules.inhoud;

import java.util.ArrayList;
import java.util.List;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.wmo301.Contact;
import nl.iwmohub.model.wmo301.Wmo301;
import nl.iwmohub.rules.contract.RuleContext;

/** The Contacts of a WMO301 (each Relatie's, then those in Contactgegevens), for the rules on addresses. */
final class Wmo301Contacts {
    private Wmo301Contacts() {}

    /** A Contact of the WMO301 with its path: each Relatie's Contact, then each Contact in Contactgegevens. */
    record Located(String path, Contact contact) {}

    static List<Located> contacts(RuleContext context) {
        var client = context.bericht().root(Wmo301.class).getClient();
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
        result.addAll(contactgegevens(context));
        return result;
    }

    /** Only the Client's own Contacts, those in Contactgegevens (its addresses, for TR061), in document order. */
    static List<Located> contactgegevens(RuleContext context) {
        var client = context.bericht().root(Wmo301.class).getClient();
        List<Located> result = new ArrayList<>();
        if (client.getContactgegevens() != null) {
            var contacts = client.getContactgegevens().getContact();
            for (int i = 0; i < contacts.size(); i++) {
                result.add(new Located(Paths.member("/Bericht/Client/Contactgegevens/Contact", i), contacts.get(i)));
            }
        }
        return result;
    }
}
