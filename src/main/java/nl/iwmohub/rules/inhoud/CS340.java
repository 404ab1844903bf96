package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.YearMonth;
import java.util.List;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CS340 (0001), on Declaratie/DeclaratiePeriode in WMO323: de periode is exact gelijk aan 1 hele kalendermaand,
 * i.e. Begindatum is the first and Einddatum the last day of the same month. The finding names the
 * DeclaratiePeriode element, as the table does: the rule is about the period as a whole.
 */
public final class CS340 extends InhoudRule {
    public CS340() {
        super("CS340", WMO323);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var periode = context.bericht().root(Wmo323.class).getDeclaratie()
                .getDeclaratiePeriode();
        YearMonth month = YearMonth.from(periode.getBegindatum());
        if (!periode.getBegindatum().equals(month.atDay(1)) || !periode.getEinddatum().equals(month.atEndOfMonth())) {
            findings.add(finding("/Bericht/Declaratie", "/Bericht/Declaratie/DeclaratiePeriode", "DeclaratiePeriode "
                    + periode.getBegindatum() + " to " + periode.getEinddatum() + " is not exactly one calendar month"));
        }
    }
}
