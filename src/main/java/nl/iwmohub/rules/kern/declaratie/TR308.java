package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/** TR308 (9308): ProductPeriode Einddatum is on or before the toewijzing's Einddatum, if it has one. */
public final class TR308 extends AbstractRule<PrestatieContext> {
    public TR308() {
        super("TR308", "9308", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.TOEWIJZING_VAN_CLIENT);
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        var eind = t.toewijzing.product().einddatum();
        if (eind == null || !t.prestatie.einddatum().isAfter(eind)) return;
        findings.add(t.afwijking(this, "ProductPeriode/Einddatum",
                "ProductPeriode ends on " + t.prestatie.einddatum() + ", after the toewijzing's Einddatum " + eind,
                "ProductPeriode eindigt op " + t.prestatie.einddatum() + ", na de Einddatum " + eind + " van de toewijzing"));
    }
}
