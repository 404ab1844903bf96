package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import java.util.OptionalLong;
import nl.iwmohub.core.declaratie.MaximaalVolume;
import nl.iwmohub.core.declaratie.Omvang;
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;

/**
 * TR321 (9321): when the toewijzing has an Omvang, the GeleverdVolume of one debet prestatie fits the volume
 * assigned for its ProductPeriode (frequency converted as IV076-IV078 say; see {@link MaximaalVolume}).
 * Credits lower what was declared and are not checked.
 */
public final class TR321 extends PrestatieRegel {
    public TR321() {
        super("TR321", "9321", Controleniveau.BERICHTOVERSTIJGEND);
    }

    static Omvang omvang(ToegewezenProduct p) {
        return new Omvang(p.productcategorie(), p.ingangsdatum(), p.einddatum(), p.volume(), p.eenheid(), p.frequentie());
    }

    @Override
    boolean vraagtToewijzing() {
        return true;
    }

    @Override
    void toets(PrestatieToets t, List<Finding> findings) {
        ToegewezenProduct p = t.toewijzing.product();
        if (t.credit() || p.volume() == null) return;
        OptionalLong max = MaximaalVolume.perProductPeriode(omvang(p), t.prestatie.begindatum(),
                t.prestatie.einddatum(), t.prestatie.eenheid());
        if (max.isEmpty() || t.prestatie.geleverdVolume() <= max.getAsLong()) return;
        findings.add(afwijking(t, "GeleverdVolume",
                "GeleverdVolume " + t.prestatie.geleverdVolume() + " exceeds the " + max.getAsLong()
                        + " (eenheid " + t.prestatie.eenheid() + ") assigned for this ProductPeriode",
                "GeleverdVolume " + t.prestatie.geleverdVolume() + " overschrijdt de " + max.getAsLong()
                        + " (eenheid " + t.prestatie.eenheid() + ") die voor deze ProductPeriode is toegewezen"));
    }
}
