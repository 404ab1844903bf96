package nl.iwmohub.rules.inhoud;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.basisschema.CDTOmvang;
import nl.iwmohub.model.basisschema.CDTProduct;
import nl.iwmohub.model.wmo301.ToegewezenProduct;
import nl.iwmohub.model.wmo301.Wmo301;
import nl.iwmohub.model.wmo315.AangevraagdProduct;
import nl.iwmohub.model.wmo315.Wmo315;
import nl.iwmohub.model.wmo317.NieuwProduct;
import nl.iwmohub.model.wmo317.TeWijzigenProduct;
import nl.iwmohub.model.wmo317.Wmo317;
import nl.iwmohub.read.ReceivedBericht;

/**
 * The product lines of WMO301, WMO315 and WMO317: the one walk of each class ({@link #toegewezen},
 * {@link #aangevraagd}, {@link #teWijzigen}, {@link #nieuw}, each line with its path and its JAXB object, for the
 * rules that need fields of one class only), and on those the lines in one shape ({@link #items}), for the rules
 * on products, periods, Omvang and Budget.
 */
final class ProductLines {
    private ProductLines() {}

    /**
     * One product line of the message: WMO301 ToegewezenProduct, WMO315 AangevraagdProduct, WMO317 NieuwProduct
     * and TeWijzigenProduct. {@code begin} is Ingangsdatum, ToewijzingIngangsdatum or GewensteIngangsdatum;
     * {@code endName} the name of its end date element; {@code hasProduct} whether the class has a Product element;
     * {@code redenWijziging} only for WMO301.
     */
    record Item(String path, boolean hasProduct, CDTProduct product, LocalDate begin, String beginName,
                        LocalDate end, String endName, CDTOmvang omvang, Integer budget,
                        String redenWijziging) {
        String code() { return product == null ? null : product.getCode(); }
    }

    /** One product of one class with its path, for the rules that need fields only that class has. */
    record Line<T>(String path, T product) {}

    /** WMO301 ToegewezenProduct, in document order; none without ToegewezenProducten. */
    static List<Line<ToegewezenProduct>> toegewezen(Wmo301 root) {
        var producten = root.getClient().getToegewezenProducten();
        return producten == null ? List.of()
                : lines("/Bericht/Client/ToegewezenProducten/ToegewezenProduct", producten.getToegewezenProduct());
    }

    /** WMO315 AangevraagdProduct, in document order; none without AangevraagdeProducten. */
    static List<Line<AangevraagdProduct>> aangevraagd(Wmo315 root) {
        var producten = root.getClient().getAangevraagdeProducten();
        return producten == null ? List.of()
                : lines("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct", producten.getAangevraagdProduct());
    }

    /** WMO317 TeWijzigenProduct, in document order; none without Verzoek or TeWijzigenProducten. */
    static List<Line<TeWijzigenProduct>> teWijzigen(Wmo317 root) {
        var verzoek = root.getClient().getVerzoek();
        if (verzoek == null || verzoek.getTeWijzigenProducten() == null) return List.of();
        return lines("/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct",
                verzoek.getTeWijzigenProducten().getTeWijzigenProduct());
    }

    /** WMO317 NieuwProduct, in document order; none without Verzoek or NieuweProducten. */
    static List<Line<NieuwProduct>> nieuw(Wmo317 root) {
        var verzoek = root.getClient().getVerzoek();
        if (verzoek == null || verzoek.getNieuweProducten() == null) return List.of();
        return lines("/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct", verzoek.getNieuweProducten().getNieuwProduct());
    }

    private static <T> List<Line<T>> lines(String base, List<T> list) {
        List<Line<T>> result = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) result.add(new Line<>(Paths.member(base, i), list.get(i)));
        return result;
    }

    static List<Item> items(ReceivedBericht bericht, Set<String> classes) {
        List<Item> items = new ArrayList<>();
        Object root = bericht.root();
        switch (bericht.type()) {
            case WMO301 -> {
                if (classes.contains("ToegewezenProduct")) {
                    for (var line : toegewezen((Wmo301) root)) {
                        var p = line.product();
                        items.add(new Item(line.path(), true, p.getProduct(), p.getIngangsdatum(), "Ingangsdatum",
                                p.getEinddatum(), "Einddatum", p.getOmvang(), p.getBudget(), p.getRedenWijziging()));
                    }
                }
            }
            case WMO315 -> {
                if (classes.contains("AangevraagdProduct")) {
                    for (var line : aangevraagd((Wmo315) root)) {
                        var p = line.product();
                        items.add(new Item(line.path(), true, p.getProduct(), p.getToewijzingIngangsdatum(),
                                "ToewijzingIngangsdatum", p.getToewijzingEinddatum(), "ToewijzingEinddatum",
                                p.getOmvang(), p.getBudget(), null));
                    }
                }
            }
            case WMO317 -> {
                if (classes.contains("TeWijzigenProduct")) {
                    for (var line : teWijzigen((Wmo317) root)) {
                        var p = line.product();
                        items.add(new Item(line.path(), false, null, p.getGewensteIngangsdatum(),
                                "GewensteIngangsdatum", p.getEinddatum(), "Einddatum", p.getOmvang(), p.getBudget(),
                                null));
                    }
                }
                if (classes.contains("NieuwProduct")) {
                    for (var line : nieuw((Wmo317) root)) {
                        var p = line.product();
                        items.add(new Item(line.path(), true, p.getProduct(), p.getGewensteIngangsdatum(),
                                "GewensteIngangsdatum", p.getEinddatum(), "Einddatum", p.getOmvang(), p.getBudget(),
                                null));
                    }
                }
            }
            default -> { }
        }
        return items;
    }
}
