package nl.iwmohub.retour;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.iwmohub.bericht.Privacy;
import nl.iwmohub.model.basisschema.CDTReferentie;
import nl.iwmohub.model.wmo323.Client;
import nl.iwmohub.model.wmo323.Prestatie;
import nl.iwmohub.model.wmo323.Wmo323;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The standard's checks of a WMO325 against the WMO323 it answers, applied to the hub's own answer before it is
 * written (the hub forms the WMO325, so these are checks on its own output, not on a partner's message):
 * <ul>
 * <li>TR337: DeclaratieIdentificatie is the WMO323's BerichtIdentificatie;</li>
 * <li>TR371: XsdVersieDeclaratie is the WMO323's XsdVersie. Read so because the WMO325's own XsdVersie names the
 * schema of the WMO325 itself, and XsdVersieDeclaratie is the element that carries the declaratie's version;</li>
 * <li>TR376: DeclaratieNummer is the WMO323's DeclaratieNummer;</li>
 * <li>TR366: every returned Prestatie is a Prestatie of the WMO323 by ProductReferentie (ReferentieNummer and
 * VorigReferentieNummer), each of the WMO323's at most once;</li>
 * <li>TR367: with the values of that Prestatie, compared as values (a number or date in another form is equal), and
 * under the Client of the same Bsn (TR304, whose messages include the WMO325).</li>
 * </ul>
 * A violation is a bug of the hub: a {@link Violation} naming the rule, so the transaction rolls back and nothing
 * is sent. It judges only the two messages it is given: the WMO323 as read into the model (never parsed again) and
 * the answer as built. The WMO323 may hold 50,000 prestaties: they are scanned once, and only those the answer
 * returns are kept, in a map by ProductReferentie.
 */
public final class AntwoordCheck {
    /** The rules this class applies, as named in the standard. */
    public static final List<String> RULES = List.of("TR337", "TR366", "TR367", "TR371", "TR376");

    private static final String HEADER = "/Bericht/Header";
    private static final String ANTWOORD = "/Bericht/DeclaratieAntwoord";

    private AntwoordCheck() {}

    /** The hub's WMO325 breaks a rule of the standard against its WMO323: an internal error. */
    public static final class Violation extends IllegalStateException {
        private final String rule;

        Violation(String rule, String element, String what) {
            // masked as a safety net: no Bsn is named, but a nine-digit number in a reference could look like one
            super(Privacy.maskPossibleBsns("internal error: the outgoing WMO325 breaks " + rule + " at " + element
                    + ": " + what));
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    /** Throws a {@link Violation} at the first rule the answer breaks; returns when it keeps all. */
    public static void check(Wmo323 heen, Document antwoord) {
        Element root = antwoord.getDocumentElement();
        var h = heen.getHeader();
        Element header = Dom.child(root, "Header");

        Element id = child(header, "DeclaratieIdentificatie");
        same("TR337", HEADER + "/DeclaratieIdentificatie/Identificatie", text(id, "Identificatie"),
                h.getBerichtIdentificatie().getIdentificatie());
        same("TR337", HEADER + "/DeclaratieIdentificatie/Dagtekening", text(id, "Dagtekening"),
                h.getBerichtIdentificatie().getDagtekening());

        Element xsd = child(header, "XsdVersieDeclaratie");
        same("TR371", HEADER + "/XsdVersieDeclaratie/BasisschemaXsdVersie", text(xsd, "BasisschemaXsdVersie"),
                h.getXsdVersie().getBasisschemaXsdVersie());
        same("TR371", HEADER + "/XsdVersieDeclaratie/BerichtXsdVersie", text(xsd, "BerichtXsdVersie"),
                h.getXsdVersie().getBerichtXsdVersie());

        // IV087: a WMO323 rejected inside the message or on its Header is answered with the Header alone
        Element declaratieAntwoord = Dom.child(root, "DeclaratieAntwoord");
        if (declaratieAntwoord == null) return;
        same("TR376", ANTWOORD + "/DeclaratieNummer", text(declaratieAntwoord, "DeclaratieNummer"),
                heen.getDeclaratie().getDeclaratieNummer());

        List<Returned> returned = returned(Dom.child(declaratieAntwoord, "Clienten"));
        if (returned.isEmpty()) return;
        Map<Referentie, List<Declared>> declared = declared(heen, returned);
        for (Returned r : returned) judge(r, declared.get(r.referentie()));
    }

    /** A Prestatie of the answer, with its Client's Bsn and its path. */
    private record Returned(String path, String bsn, Referentie referentie, Element prestatie) {}

    /** A Prestatie of the WMO323, with its Client's Bsn. */
    private record Declared(String bsn, Prestatie prestatie) {}

    /** The ProductReferentie, the key that relates a returned Prestatie to a declared one (TR366). */
    private record Referentie(String nummer, String vorig) {
        static Referentie of(CDTReferentie r) {
            return new Referentie(r.getReferentieNummer(), r.getVorigReferentieNummer());
        }

        @Override
        public String toString() {
            return vorig == null ? nummer : nummer + " (VorigReferentieNummer " + vorig + ")";
        }
    }

    private static List<Returned> returned(Element clienten) {
        List<Returned> returned = new ArrayList<>();
        int c = 0;
        for (Element client : children(clienten, "Client")) {
            String clientPath = ANTWOORD + "/Clienten/Client" + index(c++);
            String bsn = text(client, "Bsn");
            int p = 0;
            for (Element prestatie : children(Dom.child(client, "Prestaties"), "Prestatie")) {
                Element referentie = Dom.child(prestatie, "ProductReferentie");
                returned.add(new Returned(clientPath + "/Prestaties/Prestatie" + index(p++), bsn,
                        new Referentie(text(referentie, "ReferentieNummer"), text(referentie, "VorigReferentieNummer")),
                        prestatie));
            }
        }
        return returned;
    }

    /** One pass over the WMO323: the prestaties whose ProductReferentie the answer returns, in message order. */
    private static Map<Referentie, List<Declared>> declared(Wmo323 heen, List<Returned> returned) {
        Map<Referentie, List<Declared>> declared = new HashMap<>(returned.size() * 2);
        for (Returned r : returned) declared.putIfAbsent(r.referentie(), new ArrayList<>(1));
        for (Client client : heen.getDeclaratie().getClienten().getClient()) {
            for (Prestatie p : client.getPrestaties().getPrestatie()) {
                List<Declared> candidates = declared.get(Referentie.of(p.getProductReferentie()));
                if (candidates != null) candidates.add(new Declared(client.getBsn(), p));
            }
        }
        return declared;
    }

    /**
     * The returned prestatie answers the first declared one of its ProductReferentie with its values and Bsn, which
     * is then used up (a WMO323 may carry one ProductReferentie twice, TR314; each is answered at most once).
     */
    private static void judge(Returned r, List<Declared> candidates) {
        if (candidates == null || candidates.isEmpty()) {
            throw new Violation("TR366", r.path() + "/ProductReferentie", "ProductReferentie " + r.referentie()
                    + (candidates == null ? " is no Prestatie of the WMO323"
                    : " is returned more often than the WMO323 declares it"));
        }
        for (int i = 0; i < candidates.size(); i++) {
            Declared d = candidates.get(i);
            if (firstDifference(r.prestatie(), d.prestatie()) == null && Objects.equals(r.bsn(), d.bsn())) {
                candidates.remove(i);
                return;
            }
        }
        Object[] difference = firstDifference(r.prestatie(), candidates.get(0).prestatie());
        if (difference != null) {
            throw new Violation("TR367", r.path() + "/" + difference[0], "'" + difference[1] + "' where the WMO323's "
                    + "Prestatie with ProductReferentie " + r.referentie() + " has '" + difference[2] + "'");
        }
        throw new Violation("TR304", r.path(), "the Prestatie with ProductReferentie " + r.referentie()
                + " is returned under another Client than the one it was declared under");
    }

    /** The first element of the returned prestatie whose value is not the declared one's: path, text, value. */
    private static Object[] firstDifference(Element returned, Prestatie declared) {
        Element periode = Dom.child(returned, "ProductPeriode");
        Element bedrag = Dom.child(returned, "IngediendBedrag");
        Object[][] fields = {
                {"ToewijzingNummer", text(returned, "ToewijzingNummer"), declared.getToewijzingNummer()},
                {"ProductCategorie", text(returned, "ProductCategorie"), declared.getProductCategorie()},
                {"ProductCode", text(returned, "ProductCode"), declared.getProductCode()},
                {"ProductPeriode/Begindatum", text(periode, "Begindatum"), declared.getProductPeriode().getBegindatum()},
                {"ProductPeriode/Einddatum", text(periode, "Einddatum"), declared.getProductPeriode().getEinddatum()},
                {"GeleverdVolume", text(returned, "GeleverdVolume"), declared.getGeleverdVolume()},
                {"Eenheid", text(returned, "Eenheid"), declared.getEenheid()},
                {"ProductTarief", text(returned, "ProductTarief"), declared.getProductTarief()},
                {"IngediendBedrag/Bedrag", text(bedrag, "Bedrag"), declared.getIngediendBedrag().getBedrag()},
                {"IngediendBedrag/DebetCredit", text(bedrag, "DebetCredit"),
                        declared.getIngediendBedrag().getDebetCredit().value()},
        };
        for (Object[] f : fields) {
            if (!sameValue((String) f[1], f[2])) return f;
        }
        return null;
    }

    private static void same(String rule, String element, String actual, Object expected) {
        if (!sameValue(actual, expected)) {
            throw new Violation(rule, element, "'" + actual + "' where the WMO323 has '" + expected + "'");
        }
    }

    /** The answer's text against the model's value: numbers and dates as values, all else as text; absent = null. */
    private static boolean sameValue(String text, Object value) {
        if (text == null || value == null) return text == null && value == null;
        try {
            if (value instanceof Integer i) return Long.parseLong(text.trim()) == i;
            if (value instanceof LocalDate d) return LocalDate.parse(text.trim()).equals(d);
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        }
        return text.equals(value.toString());
    }

    private static Element child(Element parent, String name) {
        return parent == null ? null : Dom.child(parent, name);
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        if (parent == null) return list;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) list.add(e);
        }
        return list;
    }

    /** Same-name siblings are numbered from the second one on, as in the findings' paths. */
    private static String index(int zeroBased) {
        return zeroBased == 0 ? "" : "[" + (zeroBased + 1) + "]";
    }
}
