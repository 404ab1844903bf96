package nl.iwmohub.rules.kern.verzoek;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.domain.Verzoek;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR359 (9359): no antwoordbericht after a toewijzingsbericht with the same ReferentieAanbieder: the verzoek is
 * honoured (TOEGEWEZEN by a WMO301, TR379).
 */
public final class TR359 extends AbstractRule<AntwoordContext> {
    public TR359() {
        super("TR359", "9359", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO319);
    }

    @Override
    public void check(AntwoordContext t, List<Finding> findings) {
        Verzoek v = t.beantwoord();
        if (v == null || v.status() != Verzoek.Status.TOEGEWEZEN) return;
        findings.add(finding(t.klasse(), t.element("ReferentieAanbieder"), "a toewijzing with ReferentieAanbieder "
                + t.referentieAanbieder() + " was sent already: " + v.describe(), "er is al een toewijzing met ReferentieAanbieder "
                + t.referentieAanbieder() + " gestuurd: " + v.describe(), null, null));
    }
}
