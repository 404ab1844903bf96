package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.domain.EerderePrestatie;
import nl.iwmohub.domain.Prestatie;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR323 (8017): a credit prestatie relates to an earlier, granted debet prestatie of the aanbieder: its
 * VorigReferentieNummer is that debet's ReferentieNummer, and the key fields are the same (IV091: a credit is
 * identical to its debet): client, ToewijzingNummer, ProductCategorie, ProductCode and ProductPeriode.
 */
public final class TR323 extends AbstractRule<PrestatieContext> {
    public TR323() {
        super("TR323", "8017", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    static boolean zelfdeSleutel(Prestatie p, EerderePrestatie d) {
        return d.bsn().equals(p.bsn()) && d.toewijzingNummer() == p.toewijzingNummer()
                && d.productcategorie().equals(p.productcategorie()) && d.productcode().equals(p.productcode())
                && d.begindatum().equals(p.begindatum()) && d.einddatum().equals(p.einddatum());
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        if (!t.credit()) return;
        String vorig = t.prestatie.vorigReferentieNummer();
        var debet = t.state.toegekendeDebet(vorig);
        if (debet.isPresent() && zelfdeSleutel(t.prestatie, debet.get())) return;
        String en = debet.isEmpty() ? "no granted debet prestatie with ReferentieNummer " + vorig + " is known"
                : "the granted debet " + vorig + " has other key fields (client, toewijzing, product or ProductPeriode)";
        String nl = debet.isEmpty() ? "er is geen toegekende debetprestatie met ReferentieNummer " + vorig + " bekend"
                : "de toegekende debetprestatie " + vorig + " heeft andere sleutelvelden (client, toewijzing, product of ProductPeriode)";
        findings.add(t.afwijking(this, "ProductReferentie/VorigReferentieNummer", en, nl));
    }
}
