package nl.iwmohub.rules.kern.declaratie;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR388 (9388): ProductPeriode Einddatum is the last day of its calendar month, unless the toewijzing's
 * Einddatum lies earlier in that month: then it is that Einddatum (IV089).
 */
public final class TR388 extends AbstractRule<PrestatieContext> {
    public TR388() {
        super("TR388", "9388", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    static LocalDate verwacht(LocalDate eind, LocalDate toewijzingEind) {
        LocalDate laatste = eind.withDayOfMonth(eind.lengthOfMonth());
        boolean eerderInDeMaand = toewijzingEind != null && toewijzingEind.isBefore(laatste)
                && toewijzingEind.getYear() == laatste.getYear() && toewijzingEind.getMonth() == laatste.getMonth();
        return eerderInDeMaand ? toewijzingEind : laatste;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.TOEWIJZING_VAN_CLIENT);
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        LocalDate eind = t.prestatie.einddatum();
        LocalDate verwacht = verwacht(eind, t.toewijzing.product().einddatum());
        if (eind.equals(verwacht)) return;
        findings.add(t.afwijking(this, "ProductPeriode/Einddatum",
                "ProductPeriode Einddatum " + eind + " should be " + verwacht
                        + " (the last of the month, or the toewijzing's earlier Einddatum)",
                "ProductPeriode Einddatum " + eind + " moet " + verwacht
                        + " zijn (de laatste van de maand, of de eerdere Einddatum van de toewijzing)"));
    }
}
