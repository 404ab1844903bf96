package nl.iwmohub.rules.kern.verzoek;

import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * A rule on the content of a TeWijzigenProduct against the actuele toewijzing it changes (TR357, TR373, TR375,
 * TR411, TR412): judged only when the ToewijzingNummer names one (else TR351 reports it), never on an
 * OngewijzigdProduct.
 */
abstract class TeWijzigenRule extends AbstractRule<WijzigingProductContext> {
    TeWijzigenRule(String code, String retourCode) {
        super(code, retourCode, Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO317);
    }

    @Override
    public final Set<Need> needs() {
        return Set.of(Need.TOEWIJZING);
    }

    @Override
    public final void check(WijzigingProductContext t, List<Finding> findings) {
        if (t.teWijzigen() != null) check(t, t.teWijzigen(), t.toewijzing().product(), findings);
    }

    abstract void check(WijzigingProductContext t, WijzigingProductContext.TeWijzigen wijziging, ToegewezenProduct toewijzing,
                        List<Finding> findings);

    final void add(WijzigingProductContext t, String element, String reason, String reden, List<Finding> findings) {
        findings.add(finding(t.klasse(), t.element(element), reason, reden, t.describe(), null));
    }
}
