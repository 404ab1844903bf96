package nl.iwmohub.rules.header;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.Rule;
import nl.iwmohub.rules.RuleContext;

/**
 * TR135 (8848): Vullen met een bestaande datum die niet in de toekomst ligt; applied to the Header's
 * Dagtekening. "Today" is the hub's date (a Clock), fixed by --today in batch mode.
 */
public final class TR135 implements Rule {
    private static final Set<BerichtType> MESSAGES = EnumSet.of(BerichtType.WMO301, BerichtType.WMO305,
            BerichtType.WMO307, BerichtType.WMO315, BerichtType.WMO317, BerichtType.WMO319, BerichtType.WMO323,
            BerichtType.WMO325);

    @Override public String code() { return "TR135"; }

    @Override public String retourCode() { return "8848"; }

    @Override public Controleniveau niveau() { return Controleniveau.EXTERNE_BRON; }

    @Override public boolean appliesTo(BerichtType type) { return MESSAGES.contains(type); }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var dagtekening = context.bericht().header().dagtekening();
        if (dagtekening.isAfter(context.today())) {
            findings.add(finding("/Bericht/Header", "/Bericht/Header/BerichtIdentificatie/Dagtekening",
                    "Dagtekening " + dagtekening + " lies after today (" + context.today() + ")"));
        }
    }
}
