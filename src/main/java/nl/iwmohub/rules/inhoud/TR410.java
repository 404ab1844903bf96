package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.ArrayList;
import java.util.List;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.wmo317.NieuwProduct;
import nl.iwmohub.model.wmo317.Wmo317;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR410 (0001), WMO317: "Een Product mag alleen vaker in de berichtklassen NieuwProduct voorkomen als de
 * zorgperiodes elkaar niet overlappen." With the same notes as TR386 (without code: on the level of the
 * categorie; without categorie: no overlap with any other requested product except categorie 11-14; categorie
 * 11-14 may always overlap).
 * <p>
 * Readings: only NieuwProducten are compared with each other (TeWijzigenProduct and OngewijzigdProduct carry no
 * Product in the message; their overlap is TR361, berichtoverstijgend). The zorgperiode is GewensteIngangsdatum up
 * to and including Einddatum (open without Einddatum). The conflict rules are those of TR386 (see
 * {@link ProductOverlap}); every NieuwProduct that overlaps one it may not overlap is named on its berichtklasse,
 * with that berichtklasse as element.
 */
public final class TR410 extends InhoudRule {
    private static final String PRODUCT = "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct";

    public TR410() {
        super("TR410", WMO317);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var nieuwe = context.bericht().root(Wmo317.class).getClient().getVerzoek()
                .getNieuweProducten();
        if (nieuwe == null) return;
        List<NieuwProduct> products = nieuwe.getNieuwProduct();
        List<ProductOverlap.Item> items = new ArrayList<>(products.size());
        for (NieuwProduct p : products) {
            items.add(new ProductOverlap.Item(p.getProduct() == null ? null : p.getProduct().getCategorie(),
                    p.getProduct() == null ? null : p.getProduct().getCode(), p.getGewensteIngangsdatum(),
                    p.getEinddatum()));
        }
        int[] partners = ProductOverlap.partners(items);
        for (int i = 0; i < partners.length; i++) {
            if (partners[i] >= 0) {
                String klasse = Paths.member(PRODUCT, i);
                findings.add(finding(klasse, klasse, "the zorgperiode (" + items.get(i).describe() + ")"
                        + " overlaps that of another NieuwProduct for the same product"));
            }
        }
    }
}
