package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/** TR384 (9384): no declaring on a toewijzing whose current version has RedenWijziging 13 (Verwijderd). */
public final class TR384 extends AbstractRule<PrestatieContext> {
    public TR384() {
        super("TR384", "9384", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.TOEWIJZING_VAN_CLIENT);
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        if (!t.toewijzing.product().verwijderd()) return;
        findings.add(t.afwijking(this, "ToewijzingNummer",
                "toewijzing " + t.prestatie.toewijzingNummer() + " was withdrawn (RedenWijziging 13)",
                "toewijzing " + t.prestatie.toewijzingNummer() + " is verwijderd (RedenWijziging 13)"));
    }
}
