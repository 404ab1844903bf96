package nl.iwmohub.rules.kern.verzoek;

import java.util.List;
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.verdict.Finding;

/**
 * TR375 (9375): when the Product of the toewijzing with the ToewijzingNummer is empty and Einddatum is after
 * 31-12-2020 or empty, leave it empty. Readings (the standard names no element): "Product leeg" is a toewijzing
 * without Product at all (no Categorie either, as with a Budget), "Einddatum" is the TeWijzigenProduct's own
 * (capitalised as the element, where TR412 speaks of the toewijzing's einddatum), and what stays empty is the
 * Omvang. Such a toewijzing has no code either, so TR412 mostly finds the same Omvang.
 */
public final class TR375 extends TeWijzigenRule {
    public TR375() {
        super("TR375", "9375");
    }

    @Override
    void check(WijzigingProductContext t, WijzigingProductContext.TeWijzigen w, ToegewezenProduct p, List<Finding> findings) {
        if (p.productcategorie() != null || !w.omvang()
                || (w.einddatum() != null && !w.einddatum().isAfter(TR412.GRENS))) return;
        add(t, "Omvang", "toewijzing " + p.toewijzingNummer() + " has no Product: Omvang must be left empty",
                "toewijzing " + p.toewijzingNummer() + " heeft geen Product: Omvang leeg laten", findings);
    }
}
