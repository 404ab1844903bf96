package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.ingest.OntvangenBericht;
import nl.iwmohub.model.basisschema.CDTOmvang;
import nl.iwmohub.model.basisschema.CDTProduct;
import nl.iwmohub.rules.BaseRule;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.RuleContext;

/**
 * CS003 (0001): Indien van toepassing vullen met een waarde die groter is dan, of gelijk is aan de Begindatum
 * (of Ingangsdatum) van de aangeduide periode. Applied where the standard lists it: WMO301 Contact/Periode/Einddatum
 * (against Periode/Begindatum, when both are filled; Contact of the Client and of each Relatie), WMO301
 * ToegewezenProduct/Einddatum (against Ingangsdatum), WMO315 AangevraagdProduct/ToewijzingEinddatum (against
 * ToewijzingIngangsdatum), WMO317 NieuwProduct/Einddatum and TeWijzigenProduct/Einddatum. Reading: for WMO317 the
 * start of the indicated period is GewensteIngangsdatum (the only start date in the class; the original
 * Ingangsdatum of a TeWijzigenProduct is not in the message).
 */
public final class CS003 extends BaseRule {
    private static final Set<String> CLASSES = Set.of("ToegewezenProduct", "AangevraagdProduct", "NieuwProduct", "TeWijzigenProduct");

    public CS003() {
        super("CS003", "0001", Controleniveau.XSLT, WMO301, WMO315, WMO317);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        if (context.bericht().type() == WMO301) {
            var client = ((nl.iwmohub.model.wmo301.Root) context.bericht().root()).getClient();
            if (client.getRelaties() != null) {
                var relaties = client.getRelaties().getRelatie();
                for (int i = 0; i < relaties.size(); i++) {
                    periode(Paths.member("/Bericht/Client/Relaties/Relatie", i) + "/Contact", relaties.get(i).getContact(),
                            findings);
                }
            }
            if (client.getContactgegevens() != null) {
                var contacts = client.getContactgegevens().getContact();
                for (int i = 0; i < contacts.size(); i++) {
                    periode(Paths.member("/Bericht/Client/Contactgegevens/Contact", i), contacts.get(i), findings);
                }
            }
        }
        for (Item item : items(context.bericht(), CLASSES)) {
            if (item.end() != null && item.begin() != null && item.end().isBefore(item.begin())) {
                findings.add(finding(item.path(), item.path() + "/" + item.endName(), item.endName() + " " + item.end()
                        + " lies before " + item.beginName() + " " + item.begin()));
            }
        }
    }

    private void periode(String path, nl.iwmohub.model.wmo301.Contact contact, List<Finding> findings) {
        if (contact == null || contact.getPeriode() == null) return;
        LocalDate begin = contact.getPeriode().getBegindatum();
        LocalDate end = contact.getPeriode().getEinddatum();
        if (begin != null && end != null && end.isBefore(begin)) {
            findings.add(finding(path, path + "/Periode/Einddatum",
                    "Periode Einddatum " + end + " lies before Begindatum " + begin));
        }
    }

    /**
     * One product line of the message: WMO301 ToegewezenProduct, WMO315 AangevraagdProduct, WMO317 NieuwProduct
     * and TeWijzigenProduct. {@code begin} is Ingangsdatum, ToewijzingIngangsdatum or GewensteIngangsdatum;
     * {@code endName} the name of its end date element; {@code hasProduct} whether the class has a Product element;
     * {@code redenWijziging} only for WMO301.
     */
    private record Item(String path, boolean hasProduct, CDTProduct product, LocalDate begin, String beginName,
                        LocalDate end, String endName, CDTOmvang omvang, Integer budget,
                        String redenWijziging) {
        String code() { return product == null ? null : product.getCode(); }
    }

    private static List<Item> items(OntvangenBericht bericht, Set<String> classes) {
        List<Item> items = new ArrayList<>();
        Object root = bericht.root();
        switch (bericht.type()) {
            case WMO301 -> {
                var client = ((nl.iwmohub.model.wmo301.Root) root).getClient();
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
                var client = ((nl.iwmohub.model.wmo315.Root) root).getClient();
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
                var verzoek = ((nl.iwmohub.model.wmo317.Root) root).getClient().getVerzoek();
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
