package nl.iwmohub.rules.kern.verzoek;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.domain.Verzoek;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR365 (9365): when there is an antwoordbericht with the same ReferentieAanbieder already, its VerzoekAntwoord is 2
 * (aanvraag in onderzoek): after "verzoek afgewezen" (AFGEWEZEN) no further answer is sent, whatever it says.
 */
public final class TR365 extends AbstractRule<AntwoordContext> {
    public TR365() {
        super("TR365", "9365", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO319);
    }

    @Override
    public void check(AntwoordContext t, List<Finding> findings) {
        Verzoek v = t.beantwoord();
        if (v == null || v.status() != Verzoek.Status.AFGEWEZEN) return;
        findings.add(finding(t.klasse(), t.element("VerzoekAntwoord"), "verzoek " + t.referentieAanbieder()
                + " was afgewezen already by an earlier antwoordbericht", "verzoek " + t.referentieAanbieder()
                + " is al afgewezen met een eerder antwoordbericht", null, null));
    }
}
