package nl.iwmohub.rules.kern.levering;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.domain.ToewijzingVersie;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR019 (9019): with an output- or inspanningsgerichte toewijzing (a ToewijzingNummer is given) the start
 * relates to a toewijzing by its ToewijzingNummer: one of this gemeente whose current version is assigned to
 * this aanbieder for this client. Without a ToewijzingNummer (taakgericht) there is nothing to relate.
 */
public final class TR019 extends AbstractRule<LeveringContext> {
    public TR019() {
        super("TR019", "9019", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO305);
    }

    @Override
    public void check(LeveringContext t, List<Finding> findings) {
        Long nummer = t.levering.toewijzingNummer();
        if (t.verwijderen() || nummer == null) return;
        ToewijzingVersie v = t.toewijzingen.get(nummer);
        if (v != null && v.product().aanbieder().equals(t.levering.aanbieder()) && v.product().bsn().equals(t.levering.bsn())) {
            return;
        }
        findings.add(t.afwijking(this, "ToewijzingNummer",
                "no toewijzing " + nummer + " of gemeente " + t.levering.gemeente() + " for this aanbieder and client",
                "geen toewijzing " + nummer + " van gemeente " + t.levering.gemeente() + " voor deze aanbieder en client"));
    }
}
