package nl.iwmohub.rules.kern.verzoek;

import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.rules.inhoud.ProductOverlap;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR361 (9361): a Product may occur more than once in a verzoek om wijziging only if the zorgperiodes do not
 * overlap. For an OngewijzigdProduct or TeWijzigenProduct the product is found by its ToewijzingNummer; the notes
 * on Code, Categorie and categories 11-14 are read as for TR302, TR386 and TR410 ({@link ProductOverlap}). Readings:
 * the zorgperiode of an OngewijzigdProduct is its toewijzing's, that of a TeWijzigenProduct runs from the
 * toewijzing's Ingangsdatum to the Einddatum asked (else the toewijzing's), that of a NieuwProduct from its
 * GewensteIngangsdatum to its Einddatum; every OngewijzigdProduct and TeWijzigenProduct that overlaps another
 * product is named (two NieuweProducten are TR410's, level 2).
 */
public final class TR361 extends AbstractRule<WijzigingProductContext> {
    public TR361() {
        super("TR361", "9361", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO317);
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.TOEWIJZING);
    }

    @Override
    public void check(WijzigingProductContext t, List<Finding> findings) {
        List<ProductOverlap.Item> items = t.producten();
        if (items.isEmpty()) return;
        int partner = ProductOverlap.partners(items)[t.index()];
        if (partner < 0) return;
        String ander = items.get(partner).describe();
        findings.add(finding(t.klasse(), t.klasse(), "the zorgperiode of toewijzing " + t.toewijzingNummer() + " ("
                + items.get(t.index()).describe() + ") overlaps another product of the verzoek: " + ander,
                "de zorgperiode van toewijzing " + t.toewijzingNummer() + " overlapt een ander product van het verzoek: "
                + ander, t.describe(), null));
    }
}
