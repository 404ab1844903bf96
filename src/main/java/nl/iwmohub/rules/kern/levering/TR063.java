package nl.iwmohub.rules.kern.levering;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR063 (9063): StatusAanlevering 3 (remove) needs an earlier, still actueel aanlevering of the client with the
 * same logical key (Bsn, ToewijzingNummer, Begindatum). A removal gets no other content checks (TR063's note),
 * except TR071 on a start.
 */
public final class TR063 extends AbstractRule<LeveringContext> {
    public TR063() {
        super("TR063", "9063", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO305, BerichtType.WMO307);
    }

    @Override
    public void check(LeveringContext t, List<Finding> findings) {
        if (!t.verwijderen()) return;
        boolean stop = t.levering.einddatum() != null;
        if (!(stop ? t.dezelfdeStops() : t.startsMetSleutel()).isEmpty()) return;
        String wat = stop ? "stop" : "start";
        findings.add(t.afwijking(this, "StatusAanlevering",
                "there is no earlier " + wat + " (" + sleutel(t, stop) + ") to remove",
                "er is geen eerdere " + wat + " (" + sleutel(t, stop) + ") om te verwijderen"));
    }

    private static String sleutel(LeveringContext t, boolean stop) {
        return stop ? t.sleutel() + ", RedenBeeindiging " + t.levering.redenBeeindiging() + ", Einddatum "
                + t.levering.einddatum() : t.sleutel();
    }
}
