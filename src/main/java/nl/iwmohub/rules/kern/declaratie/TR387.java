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
 * TR387 (9387): ProductPeriode Begindatum is the first day of its calendar month, unless the toewijzing's
 * Ingangsdatum lies later in that month: then it is that Ingangsdatum (IV089).
 */
public final class TR387 extends AbstractRule<PrestatieContext> {
    public TR387() {
        super("TR387", "9387", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    static LocalDate verwacht(LocalDate begin, LocalDate ingang) {
        LocalDate eerste = begin.withDayOfMonth(1);
        boolean laterInDeMaand = ingang.isAfter(eerste) && ingang.getYear() == eerste.getYear()
                && ingang.getMonth() == eerste.getMonth();
        return laterInDeMaand ? ingang : eerste;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.TOEWIJZING_VAN_CLIENT);
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        LocalDate begin = t.prestatie.begindatum();
        LocalDate verwacht = verwacht(begin, t.toewijzing.product().ingangsdatum());
        if (begin.equals(verwacht)) return;
        findings.add(t.afwijking(this, "ProductPeriode/Begindatum",
                "ProductPeriode Begindatum " + begin + " should be " + verwacht
                        + " (the first of the month, or the toewijzing's later Ingangsdatum)",
                "ProductPeriode Begindatum " + begin + " moet " + verwacht
                        + " zijn (de eerste van de maand, of de latere Ingangsdatum van de toewijzing)"));
    }
}
