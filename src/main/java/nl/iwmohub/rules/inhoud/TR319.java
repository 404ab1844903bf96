package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.WMO323;

import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR319 (0001 here; rules.md names 9319), WMO323: een declaratiebericht bevat alleen prestaties waarvan de
 * ProductPeriode valt binnen de huidige, of een voorgaande declaratieperiode.
 *
 * <p>Reading. rules.md calls the rule message-crossing with 9319, but it needs nothing outside the message (IV028's
 * definition of controleniveau 2) and the published validation checks it at that level: a fault rejects the whole
 * declaratie with 0001. Per Prestatie, a ProductPeriode/Begindatum after DeclaratiePeriode/Einddatum is one fault and
 * a ProductPeriode/Einddatum after it is another, each on its own element, as the published validation reports them.
 */
public final class TR319 extends InhoudRule {
    public TR319() {
        super("TR319", WMO323);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var root = (Wmo323) context.bericht().root();
        LocalDate periodeEind = root.getDeclaratie().getDeclaratiePeriode().getEinddatum();
        for (var line : DeclaratiePrestaties.of(root)) {
            var periode = line.prestatie().getProductPeriode();
            check(line.path(), "Begindatum", periode.getBegindatum(), periodeEind, findings);
            check(line.path(), "Einddatum", periode.getEinddatum(), periodeEind, findings);
        }
    }

    private void check(String klasse, String element, LocalDate datum, LocalDate periodeEind, List<Finding> findings) {
        if (datum.isAfter(periodeEind)) {
            findings.add(finding(klasse, klasse + "/ProductPeriode/" + element, "ProductPeriode " + element + " " + datum
                    + " lies after the DeclaratiePeriode's Einddatum " + periodeEind));
        }
    }
}
