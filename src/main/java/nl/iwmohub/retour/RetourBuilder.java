package nl.iwmohub.retour;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.read.ReceivedBericht;
import nl.iwmohub.verdict.Beoordeling;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Builds the retour messages that repeat the heen message (WMO302, 306, 308, 316, 318, 320) as IV028 says:
 * the heen Header with the retour's BerichtCode plus IdentificatieRetour, DagtekeningRetour, XsltVersie (on
 * XSLT-level rejection), XsdVersieRetour and RetourCodes; below it, only for level 3/4 faults, every client
 * with a fault, copied whole, each berichtklasse carrying its RetourCodes as its last element.
 */
public final class RetourBuilder {
    /** The berichtklassen of each retour message: the elements whose type ends with RetourCodes. */
    private static final Map<BerichtType, Set<String>> BERICHTKLASSEN = new EnumMap<>(Map.of(
            BerichtType.WMO302, Set.of("Client", "Relatie", "Contact", "ToegewezenProduct"),
            BerichtType.WMO306, Set.of("Client", "StartProduct"),
            BerichtType.WMO308, Set.of("Client", "StopProduct"),
            BerichtType.WMO316, Set.of("Client", "AangevraagdProduct"),
            BerichtType.WMO318, Set.of("Client", "Verzoek", "OngewijzigdProduct", "TeWijzigenProduct", "NieuwProduct"),
            BerichtType.WMO320, Set.of("Antwoord")));

    private final String xsltVersie;

    /** @param xsltVersie the version of the hub's XSLT-level rule set, written when those rules reject */
    public RetourBuilder(String xsltVersie) {
        this.xsltVersie = xsltVersie;
    }

    public byte[] build(ReceivedBericht heen, Beoordeling beoordeling, RetourIdentity identiteit) {
        BerichtType heenType = heen.type();
        BerichtType retour = heenType.retourType().filter(BERICHTKLASSEN::containsKey)
                .orElseThrow(() -> new IllegalArgumentException(heenType + " is not answered by an IV028 retour"));
        Set<String> klassen = BERICHTKLASSEN.get(retour);
        Element source = Dom.parse(heen.raw()).getDocumentElement();
        Document doc = Dom.newDocument();
        Element root = Dom.root(doc, retour);

        Dom.copy(Dom.child(source, "Header"), Beoordeling.HEADER, root, heenType, retour, new Dom.CopyRules() {
            @Override
            public void complete(Element header, String path) {
                if (path.equals(Beoordeling.HEADER)) completeHeader(header, retour, beoordeling, identiteit);
            }
        });
        if (beoordeling.vorm() == Beoordeling.Vorm.KLASSE_AFKEUR) {
            Dom.CopyRules rules = new Dom.CopyRules() {
                @Override
                public void complete(Element copy, String path) {
                    if (klassen.contains(copy.getLocalName()) && retour.namespace().equals(copy.getNamespaceURI())) {
                        appendRetourCodes(copy, retour, beoordeling.codesFor(path));
                    }
                }
            };
            for (Node n = source.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element klasse && !"Header".equals(klasse.getLocalName())) {
                    String path = "/Bericht/" + klasse.getLocalName();
                    if (beoordeling.hasFindingsAtOrBelow(path)) Dom.copy(klasse, path, root, heenType, retour, rules);
                }
            }
        }
        return Dom.write(doc);
    }

    private void completeHeader(Element header, BerichtType retour, Beoordeling beoordeling,
                                RetourIdentity identiteit) {
        Dom.child(header, "BerichtCode").setTextContent(retour.berichtCode());
        Dom.element(header, retour, "IdentificatieRetour", identiteit.identificatie());
        Dom.element(header, retour, "DagtekeningRetour", identiteit.dagtekening().toString());
        if (beoordeling.vorm() == Beoordeling.Vorm.XSLT_AFKEUR) {
            Dom.element(header, retour, "XsltVersie", xsltVersie);
        }
        Element xsdVersie = Dom.element(header, retour, "XsdVersieRetour");
        Dom.basisElement(xsdVersie, "BasisschemaXsdVersie", BerichtType.XSD_VERSIE);
        Dom.basisElement(xsdVersie, "BerichtXsdVersie", BerichtType.XSD_VERSIE);
        if (!beoordeling.headerCodes().isEmpty()) appendRetourCodes(header, retour, beoordeling.headerCodes());
    }

    static void appendRetourCodes(Element parent, BerichtType retour, List<String> codes) {
        Element retourCodes = Dom.element(parent, retour, "RetourCodes");
        for (String code : codes) Dom.element(retourCodes, retour, "RetourCode", code);
    }
}
