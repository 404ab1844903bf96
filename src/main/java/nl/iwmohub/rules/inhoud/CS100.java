package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.model.basisschema.CDTGeslotenPeriode;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CS100 (0001), on Declaratie/DeclaratiePeriode and Prestatie/ProductPeriode in WMO323: vullen met een datum
 * die groter dan of gelijk is aan 01-01-2021. Reading: the date of the period that is checked is its Begindatum,
 * as the published validation does; a Begindatum before 2021-01-01 is a finding on that Begindatum. The Einddatum
 * is not checked here (an earlier reading checked both dates): an Einddatum before 2021 with a Begindatum from
 * 2021 on lies before its Begindatum, which is TR137's fault.
 */
public final class CS100 extends InhoudRule {
    static final LocalDate EARLIEST = LocalDate.of(2021, 1, 1);

    public CS100() {
        super("CS100", WMO323);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var root = (Wmo323) context.bericht().root();
        check("/Bericht/Declaratie", "/Bericht/Declaratie/DeclaratiePeriode", root.getDeclaratie().getDeclaratiePeriode(),
                findings);
        for (var line : DeclaratiePrestaties.of(root)) {
            check(line.path(), line.path() + "/ProductPeriode", line.prestatie().getProductPeriode(), findings);
        }
    }

    private void check(String klasse, String periode, CDTGeslotenPeriode value, List<Finding> findings) {
        if (value.getBegindatum().isBefore(EARLIEST)) {
            findings.add(finding(klasse, periode + "/Begindatum",
                    "Begindatum " + value.getBegindatum() + " lies before 2021-01-01"));
        }
    }
}
