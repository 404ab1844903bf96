package nl.iwmohub.rules.kern.levering;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/** TR414 (9414): a later stop of the same start has an Einddatum on or after that of the actueel stop. */
public final class TR414 extends AbstractRule<LeveringContext> {
    public TR414() {
        super("TR414", "9414", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO307);
    }

    @Override
    public void check(LeveringContext t, List<Finding> findings) {
        if (t.verwijderen() || TR074.geldt(t)) return;
        var stops = t.stopsMetSleutel();
        if (stops.isEmpty()) return;
        var actueel = stops.get(stops.size() - 1).levering().einddatum();
        if (!t.levering.einddatum().isBefore(actueel)) return;
        findings.add(t.afwijking(this, "Einddatum",
                "Einddatum " + t.levering.einddatum() + " lies before " + actueel + " of the actueel stop",
                "Einddatum " + t.levering.einddatum() + " ligt voor " + actueel + " van het actuele stopbericht"));
    }
}
