package nl.iwmohub.rules.kern.levering;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.Finding;

/**
 * TR326 (9326): a start only when the ToegewezenProduct has no actueel start: one that is not removed and has no
 * stop with the same key. (An exact resend of the actueel start is TR074's case and not reported twice.)
 */
public final class TR326 extends LeveringRegel {
    public TR326() {
        super("TR326", "9326", BerichtType.WMO305);
    }

    @Override
    void toets(LeveringToets t, List<Finding> findings) {
        if (!"1".equals(t.levering.statusAanlevering()) || TR074.geldt(t)) return;
        for (var start : t.starts) {
            if (!LeveringToets.zelfdeProduct(start.levering(), t.levering)) continue;
            boolean gestopt = t.stops.stream().anyMatch(s -> LeveringToets.zelfdeSleutel(s.levering(), start.levering()));
            if (gestopt) continue;
            findings.add(afwijking(t, "Begindatum",
                    "the delivery started on " + start.levering().begindatum() + " has not been stopped",
                    "de levering die op " + start.levering().begindatum() + " startte is nog niet gestopt"));
            return;
        }
    }
}
