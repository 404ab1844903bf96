package nl.iwmohub.rules.kern.verzoek;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR347 (9347): ReferentieAanbieder is unique for the aanbieder within the domain. Reading: no verzoek the hub
 * accepted before, of this aanbieder and towards any gemeente, had it (a rejected verzoek counts as not sent, so
 * its reference stays free). Twice inside one WMO315 is TR383's (level 2).
 */
public final class TR347 extends AbstractRule<VerzoekContext> {
    public TR347() {
        super("TR347", "9347", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO315, BerichtType.WMO317);
    }

    @Override
    public void check(VerzoekContext t, List<Finding> findings) {
        if (t.eerder() == null) return;
        String ref = t.verzoek().referentieAanbieder();
        findings.add(finding(t.klasse(), t.element("ReferentieAanbieder"),
                "ReferentieAanbieder " + ref + " was used by this aanbieder before: " + t.eerder().describe(),
                "ReferentieAanbieder " + ref + " is door deze aanbieder al eerder gebruikt: " + t.eerder().describe(),
                null, null));
    }
}
