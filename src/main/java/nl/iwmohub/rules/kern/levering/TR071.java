package nl.iwmohub.rules.kern.levering;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/** TR071 (9071): a start may not be removed (StatusAanlevering 3) once a stop has been sent for it. */
public final class TR071 extends AbstractRule<LeveringContext> {
    public TR071() {
        super("TR071", "9071", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO305);
    }

    @Override
    public void check(LeveringContext t, List<Finding> findings) {
        if (!t.verwijderen() || t.stopsMetSleutel().isEmpty()) return;
        findings.add(t.afwijking(this, "StatusAanlevering",
                "the start (" + t.sleutel() + ") cannot be removed: it has been stopped",
                "de start (" + t.sleutel() + ") kan niet verwijderd worden: er is al een stop verstuurd"));
    }
}
