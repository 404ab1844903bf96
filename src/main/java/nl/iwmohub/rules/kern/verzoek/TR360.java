package nl.iwmohub.rules.kern.verzoek;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.domain.Verzoek;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR360 (9360): an antwoordbericht with VerzoekAntwoord 2 (aanvraag in onderzoek) only while there is no
 * antwoordbericht with this ReferentieAanbieder yet: the verzoek is still ONDERHANDEN (IN_ONDERZOEK and AFGEWEZEN
 * come from an earlier WMO319). After a toewijzing TR359 speaks.
 */
public final class TR360 extends AbstractRule<AntwoordContext> {
    public TR360() {
        super("TR360", "9360", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO319);
    }

    @Override
    public void check(AntwoordContext t, List<Finding> findings) {
        Verzoek v = t.beantwoord();
        if (v == null || !AntwoordContext.IN_ONDERZOEK.equals(t.verzoekAntwoord())
                || (v.status() != Verzoek.Status.IN_ONDERZOEK && v.status() != Verzoek.Status.AFGEWEZEN)) return;
        findings.add(finding(t.klasse(), t.element("VerzoekAntwoord"), "verzoek " + t.referentieAanbieder()
                + " was answered before (" + v.status() + "): \"aanvraag in onderzoek\" is sent once, before any other answer",
                "op verzoek " + t.referentieAanbieder() + " is al eerder geantwoord (" + v.status()
                + "): \"aanvraag in onderzoek\" wordt eenmaal gestuurd, voor elk ander antwoord", null, null));
    }
}
