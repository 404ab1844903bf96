package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/** TR307 (9307): ProductPeriode Begindatum is on or after the toewijzing's Ingangsdatum (current version). */
public final class TR307 extends AbstractRule<PrestatieContext> {
    public TR307() {
        super("TR307", "9307", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.TOEWIJZING_VAN_CLIENT);
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        var ingang = t.toewijzing.product().ingangsdatum();
        if (!t.prestatie.begindatum().isBefore(ingang)) return;
        findings.add(t.afwijking(this, "ProductPeriode/Begindatum",
                "ProductPeriode begins on " + t.prestatie.begindatum() + ", before the toewijzing's Ingangsdatum " + ingang,
                "ProductPeriode begint op " + t.prestatie.begindatum() + ", voor de Ingangsdatum " + ingang + " van de toewijzing"));
    }
}
