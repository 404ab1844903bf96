package nl.iwmohub.rules.kern.verzoek;

import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.verdict.Finding;

/**
 * TR412 (9412): when the toewijzing with the ToewijzingNummer has no Code in its Product and its einddatum is after
 * 31-12-2020 or empty, leave it empty. Reading: "it" is the TeWijzigenProduct's Omvang (the counterpart of TR411,
 * and of CD096 for a NieuwProduct: a product without code is assigned as a budget); "einddatum" is the toewijzing's.
 */
public final class TR412 extends TeWijzigenRule {
    static final LocalDate GRENS = LocalDate.of(2020, 12, 31);

    public TR412() {
        super("TR412", "9412");
    }

    @Override
    void check(WijzigingProductContext t, WijzigingProductContext.TeWijzigen w, ToegewezenProduct p, List<Finding> findings) {
        if (p.productcode() != null || !w.omvang() || (p.einddatum() != null && !p.einddatum().isAfter(GRENS))) return;
        add(t, "Omvang", "toewijzing " + p.toewijzingNummer() + " has no product code: Omvang must be left empty",
                "toewijzing " + p.toewijzingNummer() + " heeft geen productcode: Omvang leeg laten", findings);
    }
}
