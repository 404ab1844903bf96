package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.domain.MaximaalVolume;
import nl.iwmohub.domain.Omvang;
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR321 (9321): when the toewijzing has an Omvang, the GeleverdVolume of one debet prestatie fits the volume
 * assigned for its ProductPeriode (frequency converted as IV076-IV078 say; see {@link MaximaalVolume}).
 * Credits lower what was declared and are not checked.
 */
public final class TR321 extends AbstractRule<PrestatieContext> {
    public TR321() {
        super("TR321", "9321", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    static Omvang omvang(ToegewezenProduct p) {
        return new Omvang(p.productcategorie(), p.ingangsdatum(), p.einddatum(), p.volume(), p.eenheid(), p.frequentie());
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.TOEWIJZING_VAN_CLIENT);
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        ToegewezenProduct p = t.toewijzing.product();
        if (t.credit() || p.volume() == null) return;
        OptionalLong max = MaximaalVolume.perProductPeriode(omvang(p), t.prestatie.begindatum(),
                t.prestatie.einddatum(), t.prestatie.eenheid());
        if (max.isEmpty() || t.prestatie.geleverdVolume() <= max.getAsLong()) return;
        findings.add(t.afwijking(this, "GeleverdVolume",
                "GeleverdVolume " + t.prestatie.geleverdVolume() + " exceeds the " + max.getAsLong()
                        + " (eenheid " + t.prestatie.eenheid() + ") assigned for this ProductPeriode",
                "GeleverdVolume " + t.prestatie.geleverdVolume() + " overschrijdt de " + max.getAsLong()
                        + " (eenheid " + t.prestatie.eenheid() + ") die voor deze ProductPeriode is toegewezen"));
    }
}
