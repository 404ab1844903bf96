package nl.iwmohub.rules.kern.verzoek;

import java.util.List;
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.verdict.Finding;

/**
 * TR357 (9357): when GewensteIngangsdatum is on or before the Dagtekening, it equals the Ingangsdatum of the
 * original ToegewezenProduct: a change that does not start in the future holds for the whole period.
 */
public final class TR357 extends TeWijzigenRule {
    public TR357() {
        super("TR357", "9357");
    }

    @Override
    void check(WijzigingProductContext t, WijzigingProductContext.TeWijzigen w, ToegewezenProduct p, List<Finding> findings) {
        if (w.gewensteIngangsdatum().isAfter(t.dagtekening()) || w.gewensteIngangsdatum().equals(p.ingangsdatum())) return;
        add(t, "GewensteIngangsdatum", "GewensteIngangsdatum " + w.gewensteIngangsdatum() + " is not after the Dagtekening "
                + t.dagtekening() + ", so it must be the toewijzing's Ingangsdatum " + p.ingangsdatum(),
                "GewensteIngangsdatum " + w.gewensteIngangsdatum() + " ligt niet na de dagtekening " + t.dagtekening()
                + " en moet dus gelijk zijn aan de Ingangsdatum " + p.ingangsdatum() + " van de toewijzing", findings);
    }
}
