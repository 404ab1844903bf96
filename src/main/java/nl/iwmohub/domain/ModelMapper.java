package nl.iwmohub.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.XMLGregorianCalendar;
import nl.iwmohub.bericht.BerichtHeader;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.basisschema.CDTProduct;
import nl.iwmohub.model.wmo301.Wmo301;
import nl.iwmohub.model.wmo305.Wmo305;
import nl.iwmohub.model.wmo307.Wmo307;
import nl.iwmohub.model.wmo323.Wmo323;

/** Maps the generated model of incoming messages to the domain records the core and the store use. */
public final class ModelMapper {
    private ModelMapper() {}

    public static List<ToegewezenProduct> toegewezenProducten(BerichtHeader header, Wmo301 root) {
        var client = root.getClient();
        List<ToegewezenProduct> result = new ArrayList<>();
        for (var p : client.getToegewezenProducten().getToegewezenProduct()) {
            var omvang = p.getOmvang();
            result.add(new ToegewezenProduct(header.gemeente(), header.aanbieder(), client.getBsn(),
                    p.getToewijzingNummer(), categorie(p.getProduct()), code(p.getProduct()), p.getToewijzingsdatum(),
                    tijd(p.getToewijzingstijd()), p.getIngangsdatum(), p.getEinddatum(), p.getRedenWijziging(),
                    omvang == null ? null : omvang.getVolume(), omvang == null ? null : omvang.getEenheid(),
                    omvang == null ? null : omvang.getFrequentie(), p.getBudget()));
        }
        return result;
    }

    public static List<Levering> starts(BerichtHeader header, Wmo305 root) {
        var client = root.getClient();
        var products = client.getStartProducten().getStartProduct();
        List<Levering> result = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            var p = products.get(i);
            result.add(new Levering(Paths.member("/Bericht/Client/StartProducten/StartProduct", i), header.gemeente(),
                    header.aanbieder(), client.getBsn(), toLong(p.getToewijzingNummer()), categorie(p.getProduct()),
                    code(p.getProduct()), p.getToewijzingIngangsdatum(), p.getBegindatum(), null, null,
                    p.getStatusAanlevering()));
        }
        return result;
    }

    public static List<Levering> stops(BerichtHeader header, Wmo307 root) {
        var client = root.getClient();
        var products = client.getStopProducten().getStopProduct();
        List<Levering> result = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            var p = products.get(i);
            result.add(new Levering(Paths.member("/Bericht/Client/StopProducten/StopProduct", i), header.gemeente(),
                    header.aanbieder(), client.getBsn(), toLong(p.getToewijzingNummer()), categorie(p.getProduct()),
                    code(p.getProduct()), p.getToewijzingIngangsdatum(), p.getBegindatum(), p.getRedenBeeindiging(),
                    p.getEinddatum(), p.getStatusAanlevering()));
        }
        return result;
    }

    public static Declaratie declaratie(BerichtHeader header, Wmo323 root) {
        var d = root.getDeclaratie();
        List<Prestatie> prestaties = new ArrayList<>();
        var clients = d.getClienten().getClient();
        for (int c = 0; c < clients.size(); c++) {
            var client = clients.get(c);
            String clientPath = Paths.member("/Bericht/Declaratie/Clienten/Client", c);
            var list = client.getPrestaties().getPrestatie();
            for (int i = 0; i < list.size(); i++) {
                var p = list.get(i);
                var bedrag = p.getIngediendBedrag();
                prestaties.add(new Prestatie(Paths.member(clientPath + "/Prestaties/Prestatie", i), client.getBsn(),
                        p.getProductReferentie().getReferentieNummer(),
                        p.getProductReferentie().getVorigReferentieNummer(), p.getToewijzingNummer(),
                        p.getProductCategorie(), p.getProductCode(), p.getProductPeriode().getBegindatum(),
                        p.getProductPeriode().getEinddatum(), p.getGeleverdVolume(), p.getEenheid(),
                        p.getProductTarief(), bedrag.getBedrag(), bedrag.getDebetCredit().value()));
            }
        }
        var totaal = d.getTotaalIngediendBedrag();
        long signed = "C".equals(totaal.getDebetCredit().value()) ? -totaal.getTotaalBedrag() : totaal.getTotaalBedrag();
        return new Declaratie(header.gemeente(), header.aanbieder(), d.getDeclaratieNummer(),
                d.getDeclaratiePeriode().getBegindatum(), d.getDeclaratiePeriode().getEinddatum(),
                d.getDeclaratieDagtekening(), signed, prestaties);
    }

    private static LocalTime tijd(XMLGregorianCalendar t) {
        if (t == null) return null;
        int second = t.getSecond() == DatatypeConstants.FIELD_UNDEFINED ? 0 : t.getSecond();
        return LocalTime.of(t.getHour(), t.getMinute(), second);
    }

    private static String categorie(CDTProduct product) {
        return product == null ? null : product.getCategorie();
    }

    private static String code(CDTProduct product) {
        return product == null ? null : product.getCode();
    }

    private static Long toLong(Integer value) {
        return value == null ? null : value.longValue();
    }
}
