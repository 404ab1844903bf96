package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.domain.Declaratie;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR318 (8214): the DeclaratiePeriode follows the previous one. Reading (IV090): months without care may be
 * skipped and a second declaratie for the latest period is allowed, so what fails is a DeclaratiePeriode
 * before the latest one this aanbieder declared to this gemeente.
 */
public final class TR318 extends AbstractRule<DeclaratieContext> {
    public TR318() {
        super("TR318", "8214", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    @Override
    public void check(DeclaratieContext c, List<Finding> findings) {
        Declaratie d = c.declaratie();
        var laatste = c.state().laatstePeriode;
        if (laatste.isEmpty() || !d.periodeBegin().isBefore(laatste.get())) return;
        findings.add(finding(DeclaratieContext.KLASSE, DeclaratieContext.KLASSE + "/DeclaratiePeriode/Begindatum",
                "DeclaratiePeriode " + d.periodeBegin() + " lies before the latest declared period (" + laatste.get() + ")",
                "DeclaratiePeriode " + d.periodeBegin() + " ligt voor de laatst gedeclareerde periode (" + laatste.get() + ")",
                null, null));
    }
}
