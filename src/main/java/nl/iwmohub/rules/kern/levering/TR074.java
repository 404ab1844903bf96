package nl.iwmohub.rules.kern.levering;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR074 (9074): StatusAanlevering 1 needs a key that is unique, within the message and across all received
 * messages (actueel aanleveringen; a removed one frees its key). Reading for stops: several stops may follow
 * one start (a temporary stop 20, then a final one; TR413-TR415 govern those), so a stop's key is the start's
 * key with its RedenBeeindiging and Einddatum: what this rule refuses is the same stop twice.
 */
public final class TR074 extends AbstractRule<LeveringContext> {
    public TR074() {
        super("TR074", "9074", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO305, BerichtType.WMO307);
    }

    static boolean geldt(LeveringContext t) {
        if (!"1".equals(t.levering.statusAanlevering())) return false;
        if (t.levering.einddatum() == null) return !t.startsMetSleutel().isEmpty();
        return !t.dezelfdeStops().isEmpty();
    }

    @Override
    public void check(LeveringContext t, List<Finding> findings) {
        if (!geldt(t)) return;
        findings.add(t.afwijking(this, "StatusAanlevering",
                "an aanlevering with the same key (" + t.sleutel() + ") was already received",
                "er is al een aanlevering met dezelfde sleutel (" + t.sleutel() + ") ontvangen"));
    }
}
