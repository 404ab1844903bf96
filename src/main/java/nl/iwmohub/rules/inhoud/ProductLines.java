package nl.iwmohub.rules.inhoud;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.basisschema.CDTOmvang;
import nl.iwmohub.model.basisschema.CDTProduct;
import nl.iwmohub.model.wmo301.Wmo301;
import nl.iwmohub.model.wmo315.Wmo315;
import nl.iwmohub.model.wmo317.Wmo317;
import nl.iwmohub.read.ReceivedBericht;

/**
 * The product lines of WMO301, WMO315 and WMO317 in one shape, for the rules on products, periods, Omvang and
 * Budget (CS003, CS335, CS336, CS338, CD041, CD075-CD080).
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

    static List<Item> items(ReceivedBericht bericht, Set<String> classes) {
        List<Item> items = new ArrayList<>();
        Object root = bericht.root();
        switch (bericht.type()) {
            case WMO301 -> {
                var client = ((Wmo301) root).getClient();
                if (classes.contains("ToegewezenProduct") && client.getToegewezenProducten() != null) {
                    var list = client.getToegewezenProducten().getToegewezenProduct();
                    for (int i = 0; i < list.size(); i++) {
                        var p = list.get(i);
                        items.add(new Item(Paths.member("/Bericht/Client/ToegewezenProducten/ToegewezenProduct", i),
                                true, p.getProduct(), p.getIngangsdatum(), "Ingangsdatum", p.getEinddatum(),
                                "Einddatum", p.getOmvang(), p.getBudget(), p.getRedenWijziging()));
                    }
                }
            }
            case WMO315 -> {
                var client = ((Wmo315) root).getClient();
                if (classes.contains("AangevraagdProduct") && client.getAangevraagdeProducten() != null) {
                    var list = client.getAangevraagdeProducten().getAangevraagdProduct();
                    for (int i = 0; i < list.size(); i++) {
                        var p = list.get(i);
                        items.add(new Item(Paths.member("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct", i),
                                true, p.getProduct(), p.getToewijzingIngangsdatum(), "ToewijzingIngangsdatum",
                                p.getToewijzingEinddatum(), "ToewijzingEinddatum", p.getOmvang(), p.getBudget(), null));
                    }
                }
            }
            case WMO317 -> {
                var verzoek = ((Wmo317) root).getClient().getVerzoek();
                if (verzoek == null) break;
                if (classes.contains("TeWijzigenProduct") && verzoek.getTeWijzigenProducten() != null) {
                    var list = verzoek.getTeWijzigenProducten().getTeWijzigenProduct();
                    for (int i = 0; i < list.size(); i++) {
                        var p = list.get(i);
                        items.add(new Item(Paths.member("/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct", i),
                                false, null, p.getGewensteIngangsdatum(), "GewensteIngangsdatum", p.getEinddatum(),
                                "Einddatum", p.getOmvang(), p.getBudget(), null));
                    }
                }
                if (classes.contains("NieuwProduct") && verzoek.getNieuweProducten() != null) {
                    var list = verzoek.getNieuweProducten().getNieuwProduct();
                    for (int i = 0; i < list.size(); i++) {
                        var p = list.get(i);
                        items.add(new Item(Paths.member("/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct", i),
                                true, p.getProduct(), p.getGewensteIngangsdatum(), "GewensteIngangsdatum",
                                p.getEinddatum(), "Einddatum", p.getOmvang(), p.getBudget(), null));
                    }
                }
            }
            default -> { }
        }
        return items;
    }
}
