package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.iwmohub.model.basisschema.CDTGeslotenPeriode;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.model.wmo325.Wmo325;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR137 (0001), WMO323 and WMO325: vullen met een waarde die groter is dan, of gelijk is aan de Begindatum van de
 * aangeduide periode en die niet groter is dan de Dagtekening van het bericht.
 * <p>Reading: the standard's element table does not say which element carries TR137. The hub applies it where the
 * published validation does, to the Einddatum of three periods: WMO323 Declaratie/DeclaratiePeriode, WMO323
 * Prestatie/ProductPeriode and WMO325 Prestatie/ProductPeriode. Each Einddatum must be on or after its Begindatum
 * and on or before the Header's BerichtIdentificatie/Dagtekening ("de Dagtekening van het bericht"). An earlier
 * reading left the DeclaratiePeriode out (it has its own constraints CS100 and CS340); the published validation
 * checks it, so a declaratie sent before the month it declares has ended is rejected here, on
 * DeclaratiePeriode/Einddatum. One finding per Einddatum, naming both faults when both apply.
 */
public final class TR137 extends InhoudRule {
    public TR137() {
        super("TR137", WMO323, WMO325);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        LocalDate dagtekening = context.bericht().header().dagtekening();
        Object root = context.bericht().root();
        if (root instanceof Wmo323 r) {
            check("/Bericht/Declaratie", "/DeclaratiePeriode", r.getDeclaratie().getDeclaratiePeriode(), dagtekening,
                    findings);
            for (var line : DeclaratiePrestaties.of(r)) {
                check(line.path(), "/ProductPeriode", line.prestatie().getProductPeriode(), dagtekening, findings);
            }
        } else if (root instanceof Wmo325 r) {
            for (var line : DeclaratiePrestaties.of(r)) {
                check(line.path(), "/ProductPeriode", line.prestatie().getProductPeriode(), dagtekening, findings);
            }
        }
    }

    private void check(String klasse, String element, CDTGeslotenPeriode periode, LocalDate dagtekening,
                       List<Finding> findings) {
        List<String> faults = new ArrayList<>();
        if (periode.getEinddatum().isBefore(periode.getBegindatum())) {
            faults.add("lies before Begindatum " + periode.getBegindatum());
        }
        if (periode.getEinddatum().isAfter(dagtekening)) {
            faults.add("lies after the message's Dagtekening " + dagtekening);
        }
        if (!faults.isEmpty()) {
            findings.add(finding(klasse, klasse + element + "/Einddatum",
                    element.substring(1) + " Einddatum " + periode.getEinddatum() + " " + String.join(" and ", faults)));
        }
    }
}
