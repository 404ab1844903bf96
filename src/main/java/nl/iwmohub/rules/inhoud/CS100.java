package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.model.basisschema.CDTGeslotenPeriode;
import nl.iwmohub.rules.BaseRule;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.RuleContext;

/**
 * CS100 (0001), on Declaratie/DeclaratiePeriode and Prestatie/ProductPeriode in WMO323: vullen met een datum
 * die groter dan of gelijk is aan 01-01-2021. Reading: both dates of the period (Begindatum and Einddatum)
 * must be on or after 2021-01-01; each date that is earlier is a finding on that date element.
 */
public final class CS100 extends BaseRule {
    static final LocalDate EARLIEST = LocalDate.of(2021, 1, 1);

    public CS100() {
        super("CS100", "0001", Controleniveau.XSLT, WMO323);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var root = (nl.iwmohub.model.wmo323.Root) context.bericht().root();
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
        if (value.getEinddatum().isBefore(EARLIEST)) {
            findings.add(finding(klasse, periode + "/Einddatum",
                    "Einddatum " + value.getEinddatum() + " lies before 2021-01-01"));
        }
    }
}
