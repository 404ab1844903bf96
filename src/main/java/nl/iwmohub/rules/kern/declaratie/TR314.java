package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR314 (8021): ReferentieNummer is unique for the aanbieder, within the message and across messages.
 * Reading: every prestatie of a processed declaratie has used its number, granted or not; a declaratie
 * rejected as a whole counts as not sent (IV087), so its numbers stay free. A number repeated within one
 * message is refused at level 2 already (TR101, the Prestatie's logical key), so here it is across messages.
 */
public final class TR314 extends AbstractRule<PrestatieContext> {
    public TR314() {
        super("TR314", "8021", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        String ref = t.prestatie.referentieNummer();
        if (t.state.referentieGebruikt(ref)) {
            findings.add(t.afwijking(this, "ProductReferentie/ReferentieNummer",
                    "ReferentieNummer " + ref + " was already sent by this aanbieder",
                    "ReferentieNummer " + ref + " is al eerder door deze aanbieder aangeleverd"));
        }
    }
}
