package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;

/** TR307 (9307): ProductPeriode Begindatum is on or after the toewijzing's Ingangsdatum (current version). */
public final class TR307 extends PrestatieRegel {
    public TR307() {
        super("TR307", "9307", Controleniveau.BERICHTOVERSTIJGEND);
    }

    @Override
    boolean vraagtToewijzing() {
        return true;
    }

    @Override
    void toets(PrestatieToets t, List<Finding> findings) {
        var ingang = t.toewijzing.product().ingangsdatum();
        if (!t.prestatie.begindatum().isBefore(ingang)) return;
        findings.add(afwijking(t, "ProductPeriode/Begindatum",
                "ProductPeriode begins on " + t.prestatie.begindatum() + ", before the toewijzing's Ingangsdatum " + ingang,
                "ProductPeriode begint op " + t.prestatie.begindatum() + ", voor de Ingangsdatum " + ingang + " van de toewijzing"));
    }
}
