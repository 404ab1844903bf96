package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.domain.Declaratie;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.kern.KernRegel;

/** TR333 (9333): DeclaratieNummer is unique for the aanbieder (among declaraties not rejected as a whole). */
public final class TR333 extends KernRegel {
    public TR333() {
        super("TR333", "9333", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    void toets(Declaratie d, DeclaratieToestand toestand, List<Finding> findings) {
        if (!toestand.declaratieNummerGebruikt) return;
        findings.add(afwijking(DeclaratieKern.KLASSE, DeclaratieKern.KLASSE + "/DeclaratieNummer",
                "DeclaratieNummer " + d.declaratieNummer() + " was already used by aanbieder " + d.aanbieder(),
                "DeclaratieNummer " + d.declaratieNummer() + " is al gebruikt door aanbieder " + d.aanbieder(), null, null));
    }
}
