package nl.iwmohub.rules.kern.levering;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/** TR382 (9069): a stop repeats unchanged the key of an actueel start (Bsn, ToewijzingNummer, Begindatum). */
public final class TR382 extends AbstractRule<LeveringContext> {
    public TR382() {
        super("TR382", "9069", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO307);
    }

    @Override
    public void check(LeveringContext t, List<Finding> findings) {
        if (t.verwijderen() || !t.startsMetSleutel().isEmpty()) return;
        findings.add(t.afwijking(this, "Begindatum",
                "there is no actueel start with the same key (" + t.sleutel() + ")",
                "er is geen actueel startbericht met dezelfde sleutel (" + t.sleutel() + ")"));
    }
}
