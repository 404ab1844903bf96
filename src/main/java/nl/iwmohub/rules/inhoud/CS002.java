package nl.iwmohub.rules.inhoud;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.bericht.Bsn;
import nl.iwmohub.bericht.ClientBsns;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.Rule;
import nl.iwmohub.rules.RuleContext;

/** CS002 (0001): Client/Bsn moet voldoen aan de 11-proef. */
public final class CS002 implements Rule {
    private static final Set<BerichtType> MESSAGES = EnumSet.of(BerichtType.WMO301, BerichtType.WMO305,
            BerichtType.WMO307, BerichtType.WMO315, BerichtType.WMO317, BerichtType.WMO323, BerichtType.WMO325);

    @Override public String code() { return "CS002"; }

    @Override public String retourCode() { return "0001"; }

    @Override public Controleniveau niveau() { return Controleniveau.XSLT; }

    @Override public boolean appliesTo(BerichtType type) { return MESSAGES.contains(type); }

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
