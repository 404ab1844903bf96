package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;

/** TR384 (9384): no declaring on a toewijzing whose current version has RedenWijziging 13 (Verwijderd). */
public final class TR384 extends PrestatieRegel {
    public TR384() {
        super("TR384", "9384", Controleniveau.BERICHTOVERSTIJGEND);
    }

    @Override
    boolean vraagtToewijzing() {
        return true;
    }

    @Override
    void toets(PrestatieToets t, List<Finding> findings) {
        if (!t.toewijzing.product().verwijderd()) return;
        findings.add(afwijking(t, "ToewijzingNummer",
                "toewijzing " + t.prestatie.toewijzingNummer() + " was withdrawn (RedenWijziging 13)",
                "toewijzing " + t.prestatie.toewijzingNummer() + " is verwijderd (RedenWijziging 13)"));
    }
}
