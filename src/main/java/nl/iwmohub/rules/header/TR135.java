package nl.iwmohub.rules.header;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR135 (8848): Vullen met een bestaande datum die niet in de toekomst ligt; applied to the Header's
 * Dagtekening. "Today" is the hub's date (a Clock), fixed by --today in batch mode.
 */
public final class TR135 extends AbstractRule<RuleContext> {
    public TR135() {
        super("TR135", "8848", Controleniveau.EXTERNE_BRON, WMO301, WMO305, WMO307, WMO315, WMO317, WMO319, WMO323,
                WMO325);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var dagtekening = context.bericht().header().dagtekening();
        if (dagtekening.isAfter(context.today())) {
            findings.add(finding("/Bericht/Header", "/Bericht/Header/BerichtIdentificatie/Dagtekening",
                    "Dagtekening " + dagtekening + " lies after today (" + context.today() + ")"));
        }
    }
}
