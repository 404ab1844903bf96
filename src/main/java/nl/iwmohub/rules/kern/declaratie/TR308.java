package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;

/** TR308 (9308): ProductPeriode Einddatum is on or before the toewijzing's Einddatum, if it has one. */
public final class TR308 extends PrestatieRegel {
    public TR308() {
        super("TR308", "9308", Controleniveau.BERICHTOVERSTIJGEND);
    }

    @Override
    boolean vraagtToewijzing() {
        return true;
    }

    @Override
    void toets(PrestatieToets t, List<Finding> findings) {
        var eind = t.toewijzing.product().einddatum();
        if (eind == null || !t.prestatie.einddatum().isAfter(eind)) return;
        findings.add(afwijking(t, "ProductPeriode/Einddatum",
                "ProductPeriode ends on " + t.prestatie.einddatum() + ", after the toewijzing's Einddatum " + eind,
                "ProductPeriode eindigt op " + t.prestatie.einddatum() + ", na de Einddatum " + eind + " van de toewijzing"));
    }
}
