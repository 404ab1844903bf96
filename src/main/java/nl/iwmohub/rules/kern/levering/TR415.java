package nl.iwmohub.rules.kern.levering;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR415 (9415): once a start has a final stop (RedenBeeindiging other than 20), no new stop of it (status 1);
 * the final stop can only be removed (status 3).
 */
public final class TR415 extends AbstractRule<LeveringContext> {
    public TR415() {
        super("TR415", "9415", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO307);
    }

    @Override
    public void check(LeveringContext t, List<Finding> findings) {
        if (t.verwijderen() || TR074.geldt(t)) return;
        if (t.stopsMetSleutel().stream().allMatch(o -> TR413.TIJDELIJK.equals(o.levering().redenBeeindiging()))) return;
        findings.add(t.afwijking(this, "StatusAanlevering",
                "the delivery (" + t.sleutel() + ") already has a final stop",
                "de levering (" + t.sleutel() + ") heeft al een definitief stopbericht"));
    }
}
