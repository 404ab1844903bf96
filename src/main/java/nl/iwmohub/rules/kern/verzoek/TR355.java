package nl.iwmohub.rules.kern.verzoek;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR355 (9355): the ReferentieAanbieder of an antwoordbericht is that of an earlier verzoek om toewijzing or
 * verzoek om wijziging. Reading: one the hub accepted from the aanbieder the WMO319 goes to, sent to the gemeente
 * that answers (a rejected verzoek counts as not sent).
 */
public final class TR355 extends AbstractRule<AntwoordContext> {
    public TR355() {
        super("TR355", "9355", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO319);
    }

    @Override
    public void check(AntwoordContext t, List<Finding> findings) {
        if (t.beantwoord() != null) return;
        findings.add(finding(t.klasse(), t.element("ReferentieAanbieder"), "no verzoek " + t.referentieAanbieder()
                + " of this aanbieder to gemeente " + t.gemeente(), "geen verzoek " + t.referentieAanbieder()
                + " van deze aanbieder aan gemeente " + t.gemeente(), null, null));
    }
}
