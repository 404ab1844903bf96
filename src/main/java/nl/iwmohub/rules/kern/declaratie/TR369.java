package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR369 (9369): when the toewijzing has a Budget, what all granted prestaties on it declared fits the Budget.
 * Reading: the Budget is an amount in eurocent, so it is compared with the sum of IngediendBedrag (debet minus
 * credit, earlier declaraties and this one). The rule's text says GeleverdVolume, which is that amount when
 * Eenheid is 83 (euro), the usual unit of a budget; for other units a sum of hours against eurocent would
 * mean nothing.
 */
public final class TR369 extends AbstractRule<PrestatieContext> {
    public TR369() {
        super("TR369", "9369", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.TOEWIJZING_VAN_CLIENT);
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        ToegewezenProduct p = t.toewijzing.product();
        if (t.credit() || p.budget() == null) return;
        long eerder = t.state.bedragGebruikt(p.toewijzingNummer());
        long totaal = eerder + t.prestatie.ingediendBedrag();
        if (totaal <= p.budget()) return;
        findings.add(t.afwijking(this, "IngediendBedrag/Bedrag",
                "with this prestatie " + totaal + " eurocent would be declared on toewijzing " + p.toewijzingNummer()
                        + ", more than its Budget " + p.budget() + " (" + eerder + " granted before)",
                "met deze prestatie zou " + totaal + " eurocent gedeclareerd zijn op toewijzing " + p.toewijzingNummer()
                        + ", meer dan het Budget " + p.budget() + " (" + eerder + " eerder toegekend)"));
    }
}
