package nl.iwmohub.retour;

import java.util.List;
import nl.iwmohub.bericht.BerichtHeader;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.model.wmo323.Client;
import nl.iwmohub.model.wmo323.Prestatie;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.read.ReceivedBericht;
import nl.iwmohub.verdict.Beoordeling;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds the WMO325 declaratie-antwoord as IV087 says. The gemeente is the Afzender; DeclaratieIdentificatie
 * is the WMO323's BerichtIdentificatie. Fully accepted: Header 0200, DeclaratieAntwoord 8001 and the full
 * amount. XSLT level: only the Header with 0001. Header fault: only the Header with the code. Declaratie
 * fault: DeclaratieAntwoord with the code and 0 granted. Below: DeclaratieAntwoord 0200 with the sum of
 * the accepted prestaties, and only the faulty clients with their rejected prestaties.
 */
public final class DeclaratieAntwoordBuilder {
    public static final String VOLLEDIG_TOEGEKEND = "8001";
    public static final String DECLARATIE = "/Bericht/Declaratie";
    private static final BerichtType HEEN = BerichtType.WMO323;
    private static final BerichtType ANTWOORD = BerichtType.WMO325;

    private final String xsltVersie;

    public DeclaratieAntwoordBuilder(String xsltVersie) {
        this.xsltVersie = xsltVersie;
    }

    /** @param totaalToegekend the signed sum of the accepted prestaties, in eurocent (ignored where IV087 fixes it) */
    public byte[] build(ReceivedBericht heen, Beoordeling beoordeling, RetourIdentity identiteit,
                        long totaalToegekend) {
        if (heen.type() != HEEN) throw new IllegalArgumentException("a WMO325 answers a WMO323, not " + heen.type());
        Document doc = Dom.newDocument();
        Element root = Dom.root(doc, ANTWOORD);
        Beoordeling.Vorm vorm = beoordeling.vorm();
        List<String> headerCodes = vorm == Beoordeling.Vorm.ZONDER_OPMERKINGEN
                ? List.of(Beoordeling.GEEN_OPMERKINGEN) : beoordeling.headerCodes();
        header(root, heen.header(), identiteit, vorm == Beoordeling.Vorm.XSLT_AFKEUR, headerCodes);
        if (vorm == Beoordeling.Vorm.XSLT_AFKEUR || vorm == Beoordeling.Vorm.HEADER_AFKEUR) {
            AntwoordCheck.check(heen.root(Wmo323.class), doc);
            return Dom.write(doc);
        }
        var declaratie = heen.root(Wmo323.class).getDeclaratie();
        Element antwoord = Dom.element(root, ANTWOORD, "DeclaratieAntwoord");
        Dom.element(antwoord, ANTWOORD, "DeclaratieNummer", declaratie.getDeclaratieNummer());
        var ingediend = declaratie.getTotaalIngediendBedrag();
        long ingediendSigned = "C".equals(ingediend.getDebetCredit().value()) ? -ingediend.getTotaalBedrag()
                : ingediend.getTotaalBedrag();
        totaal(antwoord, "TotaalIngediendBedrag", ingediendSigned);
        List<String> antwoordCodes;
        if (vorm == Beoordeling.Vorm.ZONDER_OPMERKINGEN) {
            totaal(antwoord, "TotaalToegekendBedrag", ingediendSigned);
            antwoordCodes = List.of(VOLLEDIG_TOEGEKEND);
        } else if (beoordeling.codesPerKlasse().containsKey(DECLARATIE)) {
            totaal(antwoord, "TotaalToegekendBedrag", 0);
            antwoordCodes = beoordeling.codesPerKlasse().get(DECLARATIE);
        } else {
            totaal(antwoord, "TotaalToegekendBedrag", totaalToegekend);
            clienten(antwoord, declaratie.getClienten().getClient(), beoordeling);
            antwoordCodes = List.of(Beoordeling.GEEN_OPMERKINGEN);
        }
        RetourBuilder.appendRetourCodes(antwoord, ANTWOORD, antwoordCodes);
        AntwoordCheck.check(heen.root(Wmo323.class), doc);
        return Dom.write(doc);
    }

    private void header(Element root, BerichtHeader heen, RetourIdentity identiteit, boolean xslt,
                        List<String> codes) {
        Element header = Dom.element(root, ANTWOORD, "Header");
        Dom.element(header, ANTWOORD, "BerichtCode", ANTWOORD.berichtCode());
        Dom.element(header, ANTWOORD, "BerichtVersie", "3");
        Dom.element(header, ANTWOORD, "BerichtSubversie", "2");
        Dom.element(header, ANTWOORD, "Afzender", heen.ontvanger());
        Dom.element(header, ANTWOORD, "Ontvanger", heen.afzender());
        Element id = Dom.element(header, ANTWOORD, "BerichtIdentificatie");
        Dom.basisElement(id, "Identificatie", identiteit.identificatie());
        Dom.basisElement(id, "Dagtekening", identiteit.dagtekening().toString());
        Element xsdVersie = Dom.element(header, ANTWOORD, "XsdVersie");
        Dom.basisElement(xsdVersie, "BasisschemaXsdVersie", BerichtType.XSD_VERSIE);
        Dom.basisElement(xsdVersie, "BerichtXsdVersie", BerichtType.XSD_VERSIE);
        Element declaratieId = Dom.element(header, ANTWOORD, "DeclaratieIdentificatie");
        Dom.basisElement(declaratieId, "Identificatie", heen.identificatie());
        Dom.basisElement(declaratieId, "Dagtekening", heen.dagtekening().toString());
        if (xslt) Dom.element(header, ANTWOORD, "XsltVersie", xsltVersie);
        Element xsdDeclaratie = Dom.element(header, ANTWOORD, "XsdVersieDeclaratie");
        Dom.basisElement(xsdDeclaratie, "BasisschemaXsdVersie", heen.basisschemaXsdVersie());
        Dom.basisElement(xsdDeclaratie, "BerichtXsdVersie", heen.berichtXsdVersie());
        RetourBuilder.appendRetourCodes(header, ANTWOORD, codes);
    }

    private static void totaal(Element antwoord, String name, long signed) {
        Element totaal = Dom.element(antwoord, ANTWOORD, name);
        Dom.basisElement(totaal, "TotaalBedrag", String.valueOf(Math.abs(signed)));
        Dom.basisElement(totaal, "DebetCredit", signed < 0 ? "C" : "D");
    }

    /**
     * The faulty clients: a client fault returns all its prestaties (0233); else only the rejected ones. They are
     * written from the model the message was read into, element for element as it came (the same names, order and
     * values; a number or date in its canonical form), so the message is never parsed a second time.
     */
    private static void clienten(Element antwoord, List<Client> clients, Beoordeling beoordeling) {
        Element clienten = Dom.element(antwoord, ANTWOORD, "Clienten");
        for (int i = 0; i < clients.size(); i++) {
            String path = DECLARATIE + "/Clienten/Client" + index(i);
            if (!beoordeling.hasFindingsAtOrBelow(path)) continue;
            Client client = clients.get(i);
            Element copy = Dom.element(clienten, ANTWOORD, "Client");
            Dom.element(copy, ANTWOORD, "Bsn", client.getBsn());
            Element prestaties = Dom.element(copy, ANTWOORD, "Prestaties");
            List<Prestatie> list = client.getPrestaties().getPrestatie();
            for (int j = 0; j < list.size(); j++) {
                List<String> codes = beoordeling.codesFor(path + "/Prestaties/Prestatie" + index(j));
                if (codes.stream().anyMatch(c -> !c.equals(Beoordeling.GEEN_OPMERKINGEN))) {
                    prestatie(prestaties, list.get(j), codes);
                }
            }
            RetourBuilder.appendRetourCodes(copy, ANTWOORD, beoordeling.codesFor(path));
        }
    }

    private static void prestatie(Element parent, Prestatie p, List<String> codes) {
        Element e = Dom.element(parent, ANTWOORD, "Prestatie");
        Element referentie = Dom.element(e, ANTWOORD, "ProductReferentie");
        Dom.basisElement(referentie, "ReferentieNummer", p.getProductReferentie().getReferentieNummer());
        if (p.getProductReferentie().getVorigReferentieNummer() != null) {
            Dom.basisElement(referentie, "VorigReferentieNummer", p.getProductReferentie().getVorigReferentieNummer());
        }
        Dom.element(e, ANTWOORD, "ToewijzingNummer", String.valueOf(p.getToewijzingNummer()));
        Dom.element(e, ANTWOORD, "ProductCategorie", p.getProductCategorie());
        Dom.element(e, ANTWOORD, "ProductCode", p.getProductCode());
        Element periode = Dom.element(e, ANTWOORD, "ProductPeriode");
        Dom.basisElement(periode, "Begindatum", p.getProductPeriode().getBegindatum().toString());
        Dom.basisElement(periode, "Einddatum", p.getProductPeriode().getEinddatum().toString());
        Dom.element(e, ANTWOORD, "GeleverdVolume", String.valueOf(p.getGeleverdVolume()));
        Dom.element(e, ANTWOORD, "Eenheid", p.getEenheid());
        if (p.getProductTarief() != null) Dom.element(e, ANTWOORD, "ProductTarief", String.valueOf(p.getProductTarief()));
        Element bedrag = Dom.element(e, ANTWOORD, "IngediendBedrag");
        Dom.basisElement(bedrag, "Bedrag", String.valueOf(p.getIngediendBedrag().getBedrag()));
        Dom.basisElement(bedrag, "DebetCredit", p.getIngediendBedrag().getDebetCredit().value());
        RetourBuilder.appendRetourCodes(e, ANTWOORD, codes);
    }

    /** Same-name siblings are numbered from the second one on, as in the findings' paths. */
    private static String index(int zeroBased) {
        return zeroBased == 0 ? "" : "[" + (zeroBased + 1) + "]";
    }
}
