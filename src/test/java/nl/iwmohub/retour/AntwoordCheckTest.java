package nl.iwmohub.retour;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import nl.iwmohub.bericht.BerichtHeader;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.read.BerichtReader;
import nl.iwmohub.read.ReadResult;
import nl.iwmohub.read.ReceivedBericht;
import nl.iwmohub.read.Schemas;
import nl.iwmohub.rules.TechnicalRules;
import nl.iwmohub.verdict.Beoordeling;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The WMO325 checks against the WMO323 (TR337, TR366, TR367, TR371, TR376, and TR304's Bsn) on answers the builder
 * forms: each correct answer passes, and an answer tampered against each rule fails with that rule's name. The
 * test-messages/xsd/valid WMO323 has two clients: the first with four prestaties (one a credit), the second with one.
 */
class AntwoordCheckTest {
    private static final Schemas SCHEMAS = new Schemas();
    private static final RetourIdentity ID = new RetourIdentity("R00000000001", LocalDate.of(2026, 11, 15));
    private static final String CLIENT_1 = "/Bericht/Declaratie/Clienten/Client";
    private static final String CLIENT_2 = "/Bericht/Declaratie/Clienten/Client[2]";
    private static final DeclaratieAntwoordBuilder BUILDER = new DeclaratieAntwoordBuilder("1.0.0");

    private static ReceivedBericht read(String xml) {
        var read = new BerichtReader(SCHEMAS, 1 << 26, 100).read("WMO323", xml.getBytes(StandardCharsets.UTF_8));
        return ((ReadResult.Readable) read).bericht();
    }

    private static String wmo323() throws Exception {
        return Files.readString(Path.of("test-messages/xsd/valid/WMO323.xml"), StandardCharsets.UTF_8);
    }

    private static Finding finding(String klasse, String code) {
        Controleniveau niveau = code.equals("0001") ? Controleniveau.XSLT : Controleniveau.BERICHTOVERSTIJGEND;
        return new Finding("TEST", code, niveau, klasse, klasse, "test");
    }

    /** Both clients rejected: every prestatie of the WMO323 is in the answer (0233). */
    private static final Beoordeling ALL_RETURNED = Beoordeling.of(List.of(finding(CLIENT_1, "8187"),
            finding(CLIENT_2, "8187")));

    private static Document answer(ReceivedBericht heen, Beoordeling b) {
        return Dom.parse(BUILDER.build(heen, b, ID, 0));
    }

    /** The element at a path of local names, each optionally with a 1-based index: "Client[2]". */
    private static Element at(Document doc, String path) {
        Element e = doc.getDocumentElement();
        for (String step : path.split("/")) {
            String name = step.contains("[") ? step.substring(0, step.indexOf('[')) : step;
            int index = step.contains("[") ? Integer.parseInt(step.substring(step.indexOf('[') + 1, step.length() - 1)) : 1;
            Element found = null;
            for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element c && name.equals(c.getLocalName()) && --index == 0) {
                    found = c;
                    break;
                }
            }
            if (found == null) throw new AssertionError("no " + step + " under " + e.getLocalName());
            e = found;
        }
        return e;
    }

    private static final String PRESTATIES_1 = "DeclaratieAntwoord/Clienten/Client/Prestaties";
    private static final String PRESTATIES_2 = "DeclaratieAntwoord/Clienten/Client[2]/Prestaties";

    private static void assertBreaks(String rule, ReceivedBericht heen, Document tampered) {
        var e = assertThrows(AntwoordCheck.Violation.class, () -> AntwoordCheck.check(heen.root(Wmo323.class), tampered));
        assertEquals(rule, e.rule(), e.getMessage());
        assertTrue(e.getMessage().contains(rule), e.getMessage());
        assertFalse(e.getMessage().contains("999993653") || e.getMessage().contains("999990019"), e.getMessage());
    }

    private static void assertBreaks(String rule, Consumer<Document> tamper) throws Exception {
        ReceivedBericht heen = read(wmo323());
        Document doc = answer(heen, ALL_RETURNED);
        assertDoesNotThrow(() -> AntwoordCheck.check(heen.root(Wmo323.class), doc));
        tamper.accept(doc);
        assertBreaks(rule, heen, doc);
    }

    @Test
    void everyFormOfTheAnswerPasses() throws Exception {
        ReceivedBericht heen = read(wmo323());
        List<Beoordeling> forms = List.of(
                Beoordeling.of(List.of()),                                               // all granted
                Beoordeling.of(List.of(finding("/Bericht", "0001"))),                    // inside the message
                Beoordeling.of(List.of(finding(Beoordeling.HEADER, "9056"))),            // the Header
                Beoordeling.of(List.of(finding("/Bericht/Declaratie", "9333"))),         // the class Declaratie
                Beoordeling.of(List.of(finding(CLIENT_1 + "/Prestaties/Prestatie[3]", "8017"))),
                ALL_RETURNED);
        for (Beoordeling b : forms) {
            // the builder checks its answer itself; checked again here on the answer as written
            Document doc = assertDoesNotThrow(() -> answer(heen, b), b.vorm().name());
            assertDoesNotThrow(() -> AntwoordCheck.check(heen.root(Wmo323.class), doc), b.vorm().name());
        }
    }

    @Test
    void tr337DeclaratieIdentificatieIsTheBerichtIdentificatieOfTheWmo323() throws Exception {
        assertBreaks("TR337", doc -> at(doc, "Header/DeclaratieIdentificatie/Identificatie").setTextContent("DECL-2026-04"));
        assertBreaks("TR337", doc -> at(doc, "Header/DeclaratieIdentificatie/Dagtekening").setTextContent("2026-04-04"));
    }

    @Test
    void tr371XsdVersieDeclaratieIsTheXsdVersieOfTheWmo323() throws Exception {
        assertBreaks("TR371", doc -> at(doc, "Header/XsdVersieDeclaratie/BerichtXsdVersie").setTextContent("1.0.1"));
        assertBreaks("TR371", doc -> at(doc, "Header/XsdVersieDeclaratie/BasisschemaXsdVersie").setTextContent("1.1.0"));
    }

    @Test
    void tr376DeclaratieNummerIsThatOfTheWmo323() throws Exception {
        assertBreaks("TR376", doc -> at(doc, "DeclaratieAntwoord/DeclaratieNummer").setTextContent("D202603002"));
    }

    @Test
    void tr366EveryReturnedPrestatieIsOneOfTheWmo323ByProductReferentie() throws Exception {
        assertBreaks("TR366", doc -> at(doc, PRESTATIES_2 + "/Prestatie/ProductReferentie/ReferentieNummer")
                .setTextContent("P2026039999"));
        // the same ReferentieNummer with a VorigReferentieNummer is another ProductReferentie
        assertBreaks("TR366", doc -> {
            Element referentie = at(doc, PRESTATIES_2 + "/Prestatie/ProductReferentie");
            Element vorig = doc.createElementNS(BerichtType.BASISSCHEMA_NAMESPACE, "iwmo:VorigReferentieNummer");
            vorig.setTextContent("P2026020009");
            referentie.appendChild(vorig);
        });
        // one declared prestatie answered twice
        assertBreaks("TR366", doc -> {
            Element prestatie = at(doc, PRESTATIES_2 + "/Prestatie");
            prestatie.getParentNode().appendChild(prestatie.cloneNode(true));
        });
    }

    @ParameterizedTest
    @CsvSource({
            "ToewijzingNummer, 260004568",
            "ProductCategorie, 03",
            "ProductCode, 02A06",
            "ProductPeriode/Begindatum, 2026-03-02",
            "ProductPeriode/Einddatum, 2026-03-30",
            "GeleverdVolume, 8",
            "Eenheid, 14",
            "ProductTarief, 6601",
            "IngediendBedrag/Bedrag, 59401",
            "IngediendBedrag/DebetCredit, C"})
    void tr367EveryValueOfAReturnedPrestatieIsThatOfTheWmo323(String element, String other) throws Exception {
        assertBreaks("TR367", doc -> at(doc, PRESTATIES_2 + "/Prestatie/" + element).setTextContent(other));
    }

    @Test
    void theViolationNamesTheRuleTheElementAndBothValues() throws Exception {
        ReceivedBericht heen = read(wmo323());
        Document doc = answer(heen, ALL_RETURNED);
        at(doc, PRESTATIES_2 + "/Prestatie/GeleverdVolume").setTextContent("8");
        var e = assertThrows(AntwoordCheck.Violation.class, () -> AntwoordCheck.check(heen.root(Wmo323.class), doc));
        assertEquals("internal error: the outgoing WMO325 breaks TR367 at /Bericht/DeclaratieAntwoord/Clienten/Client[2]"
                + "/Prestaties/Prestatie/GeleverdVolume: '8' where the WMO323's Prestatie with ProductReferentie "
                + "P2026030005 has '9'", e.getMessage());
    }

    @Test
    void tr367AnOptionalValueLeftOutOrAddedDiffers() throws Exception {
        assertBreaks("TR367", doc -> {
            Element tarief = at(doc, PRESTATIES_2 + "/Prestatie/ProductTarief");
            tarief.getParentNode().removeChild(tarief);
        });
        ReceivedBericht zonderTarief = read(wmo323().replace("<wmo323:ProductTarief>6600</wmo323:ProductTarief>", ""));
        Document doc = answer(zonderTarief, ALL_RETURNED);
        Element bedrag = at(doc, PRESTATIES_2 + "/Prestatie/IngediendBedrag");
        Element tarief = doc.createElementNS(BerichtType.WMO325.namespace(), "wmo325:ProductTarief");
        tarief.setTextContent("6600");
        bedrag.getParentNode().insertBefore(tarief, bedrag);
        assertBreaks("TR367", zonderTarief, doc);
    }

    @Test
    void aValueInAnotherFormIsTheSameValue() throws Exception {
        ReceivedBericht heen = read(wmo323());
        Document doc = answer(heen, ALL_RETURNED);
        at(doc, PRESTATIES_2 + "/Prestatie/GeleverdVolume").setTextContent("09");
        assertDoesNotThrow(() -> AntwoordCheck.check(heen.root(Wmo323.class), doc));
    }

    @Test
    void tr304AReturnedPrestatieStaysUnderTheClientItWasDeclaredUnder() throws Exception {
        assertBreaks("TR304", doc -> {
            Element prestatie = at(doc, PRESTATIES_2 + "/Prestatie");
            at(doc, PRESTATIES_1).appendChild(prestatie);
        });
    }

    @Test
    void aProductReferentieDeclaredTwiceIsAnsweredByTheDeclaredPrestatieWithItsValues() throws Exception {
        // the second prestatie takes the first's ReferentieNummer (TR314 in one message) and is rejected alone
        ReceivedBericht heen = read(wmo323().replace("<iwmo:ReferentieNummer>P2026030002<", "<iwmo:ReferentieNummer>P2026030001<"));
        Beoordeling second = Beoordeling.of(List.of(finding(CLIENT_1 + "/Prestaties/Prestatie[2]", "8021")));
        Document doc = assertDoesNotThrow(() -> answer(heen, second));
        assertEquals("07A05", at(doc, PRESTATIES_1 + "/Prestatie/ProductCode").getTextContent());
        // both returned: each answers its own
        assertDoesNotThrow(() -> answer(heen, Beoordeling.of(List.of(finding(CLIENT_1, "8187")))));
        // the second returned twice: the first declared one has other values (TR367)
        Element prestatie = at(doc, PRESTATIES_1 + "/Prestatie");
        prestatie.getParentNode().appendChild(prestatie.cloneNode(true));
        assertBreaks("TR367", heen, doc);
    }

    @Test
    void theBuilderNeverReturnsAnAnswerThatBreaksARule() throws Exception {
        // The builder takes the Header from the read header and the rest from the model; a header that is not the
        // message's (a bug of the reader, say) must make the builder fail, not answer.
        ReceivedBericht heen = read(wmo323());
        BerichtHeader h = heen.header();
        var otherId = new ReceivedBericht(heen.fileName(), heen.raw(), heen.sha256(), heen.type(),
                new BerichtHeader(h.type(), h.afzender(), h.ontvanger(), "DECL-2026-99", h.dagtekening(),
                        h.basisschemaXsdVersie(), h.berichtXsdVersie()), heen.root());
        var e = assertThrows(AntwoordCheck.Violation.class, () -> BUILDER.build(otherId, ALL_RETURNED, ID, 0));
        assertEquals("TR337", e.rule());
        var otherVersion = new ReceivedBericht(heen.fileName(), heen.raw(), heen.sha256(), heen.type(),
                new BerichtHeader(h.type(), h.afzender(), h.ontvanger(), h.identificatie(), h.dagtekening(),
                        h.basisschemaXsdVersie(), "1.0.9"), heen.root());
        e = assertThrows(AntwoordCheck.Violation.class,
                () -> BUILDER.build(otherVersion, Beoordeling.of(List.of(finding("/Bericht", "0001"))), ID, 0));
        assertEquals("TR371", e.rule());
    }

    @Test
    void theRulesOfThisCheckAreThoseDocsRulesSaysItApplies() {
        List<String> documented = TechnicalRules.notApplied().entrySet().stream()
                .filter(e -> e.getValue().equals(TechnicalRules.OWN_WMO325)).map(java.util.Map.Entry::getKey).toList();
        assertEquals(AntwoordCheck.RULES, documented);
    }
}
