package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import java.util.Set;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR061 (0001): Bij een Client moet minimaal één Adres voorkomen waarvan Soort de waarde '01' (BRP-adres), '02'
 * (Correspondentie-adres) of '03' (Verblijfadres) heeft. WMO301. Reading: the addresses of the Client are the
 * Contacts in Client/Contactgegevens (not the Contacts of Relaties); the Soort is the Contact's Soort (the
 * AdresSoort). The finding is on the Client and names Contactgegevens, where such a Contact is missing.
 */
public final class TR061 extends InhoudRule {
    private static final Set<String> SOORTEN = Set.of("01", "02", "03");

    public TR061() {
        super("TR061", WMO301);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        boolean found = Wmo301Contacts.contactgegevens(context).stream()
                .anyMatch(located -> SOORTEN.contains(located.contact().getSoort()));
        if (!found) {
            findings.add(finding("/Bericht/Client", "/Bericht/Client/Contactgegevens",
                    "Client has no Contact with Soort 01 (BRP-adres), 02 (correspondentie-adres) or 03 (verblijfadres)"));
        }
    }
}
