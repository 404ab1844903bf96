package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.model.basisschema.CDTAdres;
import nl.iwmohub.model.wmo301.Contact;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD009 (0001): Periode — Alleen als Soort adres de waarde 04 (tijdelijk adres) heeft, is vullen toegestaan.
 * WMO301, every Contact (of the Client and of each Relatie).
 */
public final class CD009 extends InhoudRule {
    public CD009() {
        super("CD009", WMO301);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (Wmo301Contacts.Located located : Wmo301Contacts.contacts(context)) {
            Contact c = located.contact();
            if (c.getPeriode() != null && !"04".equals(c.getSoort())) {
                findings.add(finding(located.path(), located.path() + "/Periode",
                        "Periode is only allowed for Soort 04, not " + c.getSoort()));
            }
        }
    }


    private static String landCode(CDTAdres adres) {
        return adres == null || adres.getLandCode() == null ? null : adres.getLandCode().value();
    }
}
