package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.YearMonth;
import java.util.List;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CS337 (0001), on Prestatie/ProductPeriode in WMO323: Einddatum in de ProductPeriode vullen met een datum die
 * valt in dezelfde kalendermaand en jaar als de Begindatum van de ProductPeriode. The finding names Einddatum.
 * (Whether Einddatum lies before Begindatum is TR137's concern, not this rule's.)
 */
public final class CS337 extends InhoudRule {
    public CS337() {
        super("CS337", WMO323);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (var line : DeclaratiePrestaties.of(context.bericht().root(Wmo323.class))) {
            var periode = line.prestatie().getProductPeriode();
            if (!YearMonth.from(periode.getBegindatum()).equals(YearMonth.from(periode.getEinddatum()))) {
                findings.add(finding(line.path(), line.path() + "/ProductPeriode/Einddatum", "Einddatum "
                        + periode.getEinddatum() + " is not in the same calendar month as Begindatum "
                        + periode.getBegindatum()));
            }
        }
    }
}
