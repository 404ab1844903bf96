package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.domain.Declaratie;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/** TR333 (9333): DeclaratieNummer is unique for the aanbieder (among declaraties not rejected as a whole). */
public final class TR333 extends AbstractRule<DeclaratieContext> {
    public TR333() {
        super("TR333", "9333", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    @Override
    public void check(DeclaratieContext c, List<Finding> findings) {
        Declaratie d = c.declaratie();
        if (!c.state().declaratieNummerGebruikt) return;
        findings.add(finding(DeclaratieContext.KLASSE, DeclaratieContext.KLASSE + "/DeclaratieNummer",
                "DeclaratieNummer " + d.declaratieNummer() + " was already used by aanbieder " + d.aanbieder(),
                "DeclaratieNummer " + d.declaratieNummer() + " is al gebruikt door aanbieder " + d.aanbieder(), null, null));
    }
}
