package nl.iwmohub.ggk;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Recognises a StUF-GGk envelope among the files that arrive and reads it: a Di01 or Du01 is checked against our
 * envelope XSD and its payload decoded; an Fo01 is read; a bare iWmo file is not an envelope (null). The order
 * follows README §3.3 and §7: an envelope over 25 MB is refused (IB007); a payload that is not base64 is a
 * payload that fails its schema (StUF055), although the envelope XSD would also catch it, because only then
 * does its sender get an answer; an envelope that fails our XSD otherwise is quarantined without an answer.
 * Reading is a streaming pass without DTDs or external entities.
 */
public final class EnvelopeReader {
    private static final XMLInputFactory FACTORY = factory();
    private final GgkSchema schema;

    public EnvelopeReader(GgkSchema schema) {
        this.schema = schema;
    }

    /** What {@code raw} is as an envelope, or null when it is not one (a bare file, or no XML at all). */
    public Inbound read(byte[] raw) {
        if (!looksLikeEnvelope(raw)) return null;
        Map<String, String> f = new HashMap<>();
        String root;
        try {
            root = fields(raw, f);
        } catch (XMLStreamException | RuntimeException e) {
            return null; // not well-formed or a DOCTYPE: the bare-file reader quarantines it with its reason
        }
        if (root == null) return null;
        if (root.startsWith("{" + Ggk.LEGACY_NAMESPACE_0210 + "}") || root.startsWith("{" + Ggk.LEGACY_NAMESPACE_0310 + "}")) {
            return new Inbound.Invalid("a StUF-GGk envelope of a version before ggk0210 (2.1 patch 04): " + root
                    + "; the GGk should have stopped it (IB798)", List.of());
        }
        boolean di01 = root.equals("{" + Ggk.GGK_NAMESPACE + "}" + Ggk.DI01);
        boolean du01 = root.equals("{" + Ggk.GGK_NAMESPACE + "}" + Ggk.DU01);
        boolean fo01 = root.equals("{" + Ggk.STUF_NAMESPACE + "}" + Ggk.FO01);
        if (!di01 && !du01 && !fo01) return null;
        Envelope envelope = envelope(f);
        if (raw.length > Ggk.MAX_ENVELOPE_BYTES) {
            return new Inbound.Refused(envelope, Refusal.ib007(raw.length));
        }
        byte[] payload = null;
        if (!fo01 && f.containsKey("bericht/xmlBestand")) {
            try {
                payload = Base64.getDecoder().decode(f.get("bericht/xmlBestand").replaceAll("[ \t\r\n]", ""));
            } catch (IllegalArgumentException e) {
                return new Inbound.Refused(envelope, Refusal.stuf055(List.of(
                        "parameters/bericht/xmlBestand is not base64: " + e.getMessage())));
            }
        }
        List<String> errors = schema.validate(raw);
        if (!errors.isEmpty()) {
            return new Inbound.Invalid("the StUF-GGk envelope is not valid under the ggk0210 XSD (" + errors.size()
                    + " error(s)); no Fo01 code exists for it, so it is not answered",
                    errors.stream().map(nl.iwmohub.bericht.Privacy::maskBsns).toList());
        }
        if (fo01) return new Inbound.ReceivedFo01(envelope);
        if (payload == null) {
            return new Inbound.Refused(envelope, Refusal.stuf055(List.of(
                    "the envelope carries a tekstBestand, not an xmlBestand with an iWmo message")));
        }
        return new Inbound.Unwrapped(envelope, payload);
    }

    /** The routing data of an envelope, read without judging it (to acknowledge a call before the intake does). */
    public Envelope stuurgegevens(byte[] raw) {
        Map<String, String> f = new HashMap<>();
        try {
            if (fields(raw, f) == null) throw new IllegalArgumentException("no XML element");
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not well-formed: " + e.getMessage());
        }
        return envelope(f);
    }

    /** An envelope names one of the StUF namespaces near its start; anything else goes to the bare-file reader. */
    private static boolean looksLikeEnvelope(byte[] raw) {
        String head = new String(raw, 0, Math.min(raw.length, 4096), StandardCharsets.ISO_8859_1);
        return head.contains(Ggk.GGK_NAMESPACE) || head.contains(Ggk.STUF_NAMESPACE)
                || head.contains(Ggk.LEGACY_NAMESPACE_0210) || head.contains(Ggk.LEGACY_NAMESPACE_0310);
    }

    /** The root's {namespace}name; the text of each field by its path below the root (zender/organisatie ...). */
    private static String fields(byte[] raw, Map<String, String> f) throws XMLStreamException {
        XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(raw));
        String root = null;
        Deque<String> path = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        try {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) throw new XMLStreamException("DOCTYPE");
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (root == null) root = "{" + r.getNamespaceURI() + "}" + r.getLocalName();
                    path.addLast(r.getLocalName());
                    text.setLength(0);
                    // below detailsXML is a copy of another message: its fields are not this envelope's
                    if (path.contains("detailsXML")) skip(r, path);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String key = key(path);
                    f.putIfAbsent(key, text.toString());
                    path.removeLast();
                    text.setLength(0);
                }
            }
        } finally {
            r.close();
        }
        return root;
    }

    private static void skip(XMLStreamReader r, Deque<String> path) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            if (event == XMLStreamConstants.END_ELEMENT) depth--;
        }
        path.removeLast();
    }

    /** The path below stuurgegevens/parameters/body: zender/organisatie, referentienummer, xmlBestand ... */
    private static String key(Deque<String> path) {
        List<String> p = List.copyOf(path);
        if (p.size() >= 3 && List.of("stuurgegevens", "parameters", "body").contains(p.get(1))) {
            return String.join("/", p.subList(2, p.size()));
        }
        return String.join("/", p);
    }

    private static Envelope envelope(Map<String, String> f) {
        return new Envelope(f.get("berichtcode"), f.get("zender/organisatie"), f.get("zender/applicatie"),
                f.get("ontvanger/organisatie"), f.get("ontvanger/applicatie"), f.get("referentienummer"),
                f.get("tijdstipBericht"), f.get("crossRefnummer"), f.get("functie"), f.get("applicatieVersie"),
                f.get("applicatieSubversie"), f.get("functieVersie"), f.get("functieSubversie"), f.get("code"),
                f.get("plek"), f.get("omschrijving"), f.get("details"));
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
