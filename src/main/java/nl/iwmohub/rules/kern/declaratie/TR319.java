package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;

/**
 * TR319 (9319): a declaratie holds only prestaties whose ProductPeriode falls within the current or an earlier
 * DeclaratiePeriode: its Einddatum is not after the DeclaratiePeriode's Einddatum. (CS337 already keeps a
 * ProductPeriode within one calendar month, CS340 a DeclaratiePeriode exactly one.)
 */
public final class TR319 extends PrestatieRegel {
    public TR319() {
        super("TR319", "9319", Controleniveau.BERICHTOVERSTIJGEND);
    }

    @Override
    void toets(PrestatieToets t, List<Finding> findings) {
        var periodeEind = t.declaratie.periodeEind();
        if (!t.prestatie.einddatum().isAfter(periodeEind)) return;
        findings.add(afwijking(t, "ProductPeriode/Einddatum",
                "ProductPeriode ends on " + t.prestatie.einddatum() + ", after the DeclaratiePeriode (until " + periodeEind + ")",
                "ProductPeriode eindigt op " + t.prestatie.einddatum() + ", na de DeclaratiePeriode (tot en met " + periodeEind + ")"));
    }
}
