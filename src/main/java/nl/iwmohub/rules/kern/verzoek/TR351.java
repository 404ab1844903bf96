package nl.iwmohub.rules.kern.verzoek;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR351 (9351): every TeWijzigenProduct of a verzoek om wijziging relates by its ToewijzingNummer to an actuele
 * ToegewezenProduct. Reading: a toewijzing of this gemeente for this client at this aanbieder, actueel on the
 * Dagtekening ({@link Actueel}, as TR349).
 */
public final class TR351 extends AbstractRule<WijzigingProductContext> {
    public TR351() {
        super("TR351", "9351", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO317);
    }

    @Override
    public void check(WijzigingProductContext t, List<Finding> findings) {
        if ((t.teWijzigen() != null) != true || t.actueel()) return;
        String wat = t.toewijzing() == null ? "no toewijzing " + t.toewijzingNummer() + " of this client at this aanbieder"
                : "toewijzing " + t.toewijzingNummer() + " is not actueel";
        String nl = t.toewijzing() == null ? "geen toewijzing " + t.toewijzingNummer() + " van deze client bij deze aanbieder"
                : "toewijzing " + t.toewijzingNummer() + " is niet actueel";
        findings.add(finding(t.klasse(), t.element("ToewijzingNummer"), wat, nl, t.describe(), null));
    }
}
