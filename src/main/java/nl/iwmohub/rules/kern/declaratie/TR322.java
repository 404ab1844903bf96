package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.domain.MaximaalVolume;
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR322 (9322): when the toewijzing has an Omvang, the sum of GeleverdVolume of all granted prestaties on it
 * (debet minus credit, earlier declaraties and this one) fits the volume assigned over its whole duration.
 * Reading: an open-ended toewijzing with a frequency per day, week or month has no such maximum and is not
 * checked; minutes and hours are summed in minutes.
 */
public final class TR322 extends AbstractRule<PrestatieContext> {
    public TR322() {
        super("TR322", "9322", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.TOEWIJZING_VAN_CLIENT);
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        ToegewezenProduct p = t.toewijzing.product();
        if (t.credit() || p.volume() == null || !TR341.past(p.eenheid(), t.prestatie.eenheid())) return;
        String basis = Volumes.basis(p.eenheid());
        OptionalLong max = MaximaalVolume.overToewijzing(TR321.omvang(p), basis);
        if (max.isEmpty()) return;
        long eerder = t.state.volumeGebruikt(p.toewijzingNummer());
        long totaal = eerder + Volumes.inBasis(p.eenheid(), t.prestatie.eenheid(), t.prestatie.geleverdVolume());
        if (totaal <= max.getAsLong()) return;
        findings.add(t.afwijking(this, "GeleverdVolume",
                "with this prestatie " + totaal + " (eenheid " + basis + ") would be declared on toewijzing "
                        + p.toewijzingNummer() + ", more than the " + max.getAsLong() + " assigned over its duration ("
                        + eerder + " granted before)",
                "met deze prestatie zou " + totaal + " (eenheid " + basis + ") gedeclareerd zijn op toewijzing "
                        + p.toewijzingNummer() + ", meer dan de " + max.getAsLong() + " die over de looptijd is toegewezen ("
                        + eerder + " eerder toegekend)"));
    }
}
