package nl.iwmohub.rules.kern.levering;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.Finding;

/** TR414 (9414): a later stop of the same start has an Einddatum on or after that of the actueel stop. */
public final class TR414 extends LeveringRegel {
    public TR414() {
        super("TR414", "9414", BerichtType.WMO307);
    }

    @Override
    void toets(LeveringToets t, List<Finding> findings) {
        if (t.verwijderen() || TR074.geldt(t)) return;
        var stops = t.stopsMetSleutel();
        if (stops.isEmpty()) return;
        var actueel = stops.get(stops.size() - 1).levering().einddatum();
        if (!t.levering.einddatum().isBefore(actueel)) return;
        findings.add(afwijking(t, "Einddatum",
                "Einddatum " + t.levering.einddatum() + " lies before " + actueel + " of the actueel stop",
                "Einddatum " + t.levering.einddatum() + " ligt voor " + actueel + " van het actuele stopbericht"));
    }
}
