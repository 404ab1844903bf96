package nl.iwmohub.rules.kern.verzoek;

import java.util.List;
import java.util.Objects;
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.verdict.Finding;

/**
 * TR373 (9373): when a TeWijzigenProduct changes the Budget or the total over the toewijzingsperiode, its
 * GewensteIngangsdatum equals the Ingangsdatum of the actuele toewijzing (IV092: such a change holds for the whole
 * period). Readings: the Budget is changed when one is asked that differs from the toewijzing's; the total is
 * changed when an Omvang is asked with Frequentie 6 (totaal binnen geldigheidsduur), or for a toewijzing with
 * Frequentie 6, that differs from the toewijzing's Omvang.
 */
public final class TR373 extends TeWijzigenRule {
    public TR373() {
        super("TR373", "9373");
    }

    @Override
    void check(WijzigingProductContext t, WijzigingProductContext.TeWijzigen w, ToegewezenProduct p, List<Finding> findings) {
        if (w.gewensteIngangsdatum().equals(p.ingangsdatum())) return;
        boolean budget = w.budget() != null && !w.budget().equals(p.budget());
        boolean totaal = w.omvang() && ("6".equals(w.frequentie()) || "6".equals(p.frequentie()))
                && !(Objects.equals(w.volume(), p.volume()) && Objects.equals(w.eenheid(), p.eenheid())
                        && Objects.equals(w.frequentie(), p.frequentie()));
        if (!budget && !totaal) return;
        String wat = budget ? "the Budget" : "the total over the toewijzingsperiode";
        String nl = budget ? "het Budget" : "het totaal over de toewijzingsperiode";
        add(t, "GewensteIngangsdatum", "a change of " + wat + " holds for the whole period: GewensteIngangsdatum "
                + w.gewensteIngangsdatum() + " must be the toewijzing's Ingangsdatum " + p.ingangsdatum(),
                "een wijziging van " + nl + " geldt voor de hele looptijd: GewensteIngangsdatum " + w.gewensteIngangsdatum()
                + " moet gelijk zijn aan de Ingangsdatum " + p.ingangsdatum() + " van de toewijzing", findings);
    }
}
