package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.model.wmo301.Wmo301;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD007 (0001): Communicatie/Taal — Als Communicatie / Vorm de waarde 1 (tolk taal) heeft, dan verplicht vullen,
 * anders leeglaten. WMO301 Client.
 */
public final class CD007 extends InhoudRule {
    public CD007() {
        super("CD007", WMO301);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var communicatie = context.bericht().root(Wmo301.class).getClient().getCommunicatie();
        if (communicatie == null) return;
        boolean tolk = "1".equals(communicatie.getVorm());
        if (tolk && communicatie.getTaal() == null) {
            findings.add(finding("/Bericht/Client", "/Bericht/Client/Communicatie/Taal",
                    "Communicatie Vorm is 1 (tolk taal) but Taal is missing"));
        } else if (!tolk && communicatie.getTaal() != null) {
            findings.add(finding("/Bericht/Client", "/Bericht/Client/Communicatie/Taal",
                    "Communicatie Vorm is " + communicatie.getVorm() + ", so Taal must be empty"));
        }
    }
}
