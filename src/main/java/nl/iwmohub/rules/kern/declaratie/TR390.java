package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR390 (9390): a credit only when no credit exists yet for the same ProductReferentie: the debet its
 * VorigReferentieNummer names was not credited before (by a granted credit, earlier or in this message).
 */
public final class TR390 extends AbstractRule<PrestatieContext> {
    public TR390() {
        super("TR390", "9390", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        if (!t.credit() || !t.state.gecrediteerd(t.prestatie.vorigReferentieNummer())) return;
        String vorig = t.prestatie.vorigReferentieNummer();
        findings.add(t.afwijking(this, "IngediendBedrag/DebetCredit",
                "debet prestatie " + vorig + " has already been credited",
                "debetprestatie " + vorig + " is al gecrediteerd"));
    }
}
