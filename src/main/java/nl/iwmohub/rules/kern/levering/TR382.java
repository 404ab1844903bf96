package nl.iwmohub.rules.kern.levering;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.Finding;

/** TR382 (9069): a stop repeats unchanged the key of an actueel start (Bsn, ToewijzingNummer, Begindatum). */
public final class TR382 extends LeveringRegel {
    public TR382() {
        super("TR382", "9069", BerichtType.WMO307);
    }

    @Override
    void toets(LeveringToets t, List<Finding> findings) {
        if (t.verwijderen() || !t.startsMetSleutel().isEmpty()) return;
        findings.add(afwijking(t, "Begindatum",
                "there is no actueel start with the same key (" + t.sleutel() + ")",
                "er is geen actueel startbericht met dezelfde sleutel (" + t.sleutel() + ")"));
    }
}
