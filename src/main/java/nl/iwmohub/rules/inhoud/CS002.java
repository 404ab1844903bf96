package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.bericht.Bsn;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/** CS002 (0001): Client/Bsn moet voldoen aan de 11-proef. */
public final class CS002 extends InhoudRule {
    public CS002() {
        super("CS002", WMO301, WMO305, WMO307, WMO315, WMO317, WMO323, WMO325);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (ClientBsns.ClientBsn client : ClientBsns.of(context.bericht())) {
            if (!Bsn.passesElfproef(client.bsn())) {
                findings.add(finding(client.berichtklasse(), client.berichtklasse() + "/Bsn",
                        "Bsn " + Bsn.mask(client.bsn()) + " does not pass the elfproef"));
            }
        }
    }
}
