package nl.iwmohub.rules.kern.levering;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR326 (9326): a start only when the ToegewezenProduct has no actueel start: one that is not removed and has no
 * stop with the same key. (An exact resend of the actueel start is TR074's case and not reported twice.)
 */
public final class TR326 extends AbstractRule<LeveringContext> {
    public TR326() {
        super("TR326", "9326", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO305);
    }

    @Override
    public void check(LeveringContext t, List<Finding> findings) {
        if (!"1".equals(t.levering.statusAanlevering()) || TR074.geldt(t)) return;
        for (var start : t.starts) {
            if (!LeveringContext.zelfdeProduct(start.levering(), t.levering)) continue;
            boolean gestopt = t.stops.stream().anyMatch(s -> LeveringContext.zelfdeSleutel(s.levering(), start.levering()));
            if (gestopt) continue;
            findings.add(t.afwijking(this, "Begindatum",
                    "the delivery started on " + start.levering().begindatum() + " has not been stopped",
                    "de levering die op " + start.levering().begindatum() + " startte is nog niet gestopt"));
            return;
        }
    }
}
