package nl.iwmohub.rules.kern.verzoek;

import java.util.List;
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.verdict.Finding;

/**
 * TR411 (9411): when the toewijzing with the ToewijzingNummer has a Code in its Product, the TeWijzigenProduct
 * has an Omvang (a TeWijzigenProduct carries no Product of its own, IV092, so the toewijzing's counts; the
 * counterpart of CD041 for a NieuwProduct).
 */
public final class TR411 extends TeWijzigenRule {
    public TR411() {
        super("TR411", "9411");
    }

    @Override
    void check(WijzigingProductContext t, WijzigingProductContext.TeWijzigen w, ToegewezenProduct p, List<Finding> findings) {
        if (p.productcode() == null || w.omvang()) return;
        add(t, "Omvang", "toewijzing " + p.toewijzingNummer() + " has product code " + p.productcode() + ": Omvang is required",
                "toewijzing " + p.toewijzingNummer() + " heeft productcode " + p.productcode() + ": Omvang is verplicht", findings);
    }
}
