package nl.iwmohub.rules.kern.levering;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/** TR413 (9413): after a temporary stop (RedenBeeindiging 20) of a start, a new stop of it is not 20 again. */
public final class TR413 extends AbstractRule<LeveringContext> {
    static final String TIJDELIJK = "20";

    public TR413() {
        super("TR413", "9413", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO307);
    }

    @Override
    public void check(LeveringContext t, List<Finding> findings) {
        if (t.verwijderen() || TR074.geldt(t) || !TIJDELIJK.equals(t.levering.redenBeeindiging())) return;
        if (t.stopsMetSleutel().stream().noneMatch(o -> TIJDELIJK.equals(o.levering().redenBeeindiging()))) return;
        findings.add(t.afwijking(this, "RedenBeeindiging",
                "the delivery (" + t.sleutel() + ") was already stopped temporarily (20)",
                "de levering (" + t.sleutel() + ") is al tijdelijk beeindigd (20)"));
    }
}
