package nl.iwmohub.rules.kern.verzoek;

import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.domain.ToewijzingVersie;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.rules.inhoud.ProductOverlap;

/**
 * The subject of the rules on one OngewijzigdProduct or TeWijzigenProduct of a WMO317, at its path: the toewijzing
 * its ToewijzingNummer names (the current version of the client's toewijzing at this aanbieder, or null), the
 * message's Dagtekening, what a TeWijzigenProduct asks (null for an OngewijzigdProduct), and, for TR361, the
 * zorgperiodes of every product of the verzoek (OngewijzigdProducten, TeWijzigenProducten, NieuweProducten, in that
 * order; null for one that names no actuele toewijzing) with this one's index among them.
 */
public record WijzigingProductContext(String klasse, long toewijzingNummer, ToewijzingVersie toewijzing,
                                      LocalDate dagtekening, TeWijzigen teWijzigen, List<ProductOverlap.Item> producten,
                                      int index) implements Need.Subject {
    public WijzigingProductContext {
        producten = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(producten));
    }

    /** The same product with the zorgperiodes of the whole verzoek, once they are known. */
    public WijzigingProductContext inVerzoek(List<ProductOverlap.Item> alle, int index) {
        return new WijzigingProductContext(klasse, toewijzingNummer, toewijzing, dagtekening, teWijzigen, alle, index);
    }

    /** The content of a TeWijzigenProduct: GewensteIngangsdatum, Einddatum, Omvang (volume, eenheid, frequentie), Budget. */
    public record TeWijzigen(LocalDate gewensteIngangsdatum, LocalDate einddatum, Integer volume, String eenheid,
                             String frequentie, Integer budget) {
        public boolean omvang() {
            return volume != null;
        }
    }

    /** The toewijzing it names is an actuele toewijzing of the client at this aanbieder (TR350, TR351). */
    public boolean actueel() {
        return toewijzing != null && Actueel.is(toewijzing.product(), dagtekening);
    }

    @Override
    public boolean has(Need need) {
        return need == Need.TOEWIJZING && actueel();
    }

    /**
     * The zorgperiode TR361 compares: the toewijzing's product from its Ingangsdatum to the Einddatum asked for (a
     * TeWijzigenProduct) or its own Einddatum (an OngewijzigdProduct); null when it names no actuele toewijzing.
     */
    public ProductOverlap.Item zorgperiode() {
        if (!actueel()) return null;
        var p = toewijzing.product();
        LocalDate eind = teWijzigen != null && teWijzigen.einddatum() != null ? teWijzigen.einddatum() : p.einddatum();
        return new ProductOverlap.Item(p.productcategorie(), p.productcode(), p.ingangsdatum(), eind);
    }

    String element(String relative) {
        return klasse + "/" + relative;
    }

    String describe() {
        return toewijzing == null ? null : toewijzing.describe();
    }
}
