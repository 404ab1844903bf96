package nl.iwmohub.ggk;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The Header fields of an outgoing iWmo payload that its envelope takes over: Afzender, Ontvanger, BerichtVersie
 * and BerichtSubversie. The payload is one the hub built or checked, so a streaming look at its Header suffices.
 */
record PayloadHeader(String afzender, String ontvanger, String berichtVersie, String berichtSubversie) {
    private static final XMLInputFactory FACTORY = factory();

    static PayloadHeader of(byte[] payload) {
        Map<String, String> f = new HashMap<>();
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(payload));
            int depth = 0;
            boolean inHeader = false;
            String field = null;
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 2) inHeader = "Header".equals(r.getLocalName());
                    field = inHeader && depth == 3 ? r.getLocalName() : null;
                } else if (e == XMLStreamConstants.CHARACTERS && field != null) {
                    f.merge(field, r.getText(), String::concat);
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 2 && inHeader) break;
                    depth--;
                    field = null;
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("the outgoing payload is not readable XML: " + e.getMessage(), e);
        }
        return new PayloadHeader(trim(f.get("Afzender")), trim(f.get("Ontvanger")), trim(f.get("BerichtVersie")),
                trim(f.get("BerichtSubversie")));
    }

    /** The CBS code of the gemeente among Afzender and Ontvanger (4 digits; an AGB code has 8). */
    String gemeente() {
        if (afzender != null && afzender.matches("[0-9]{4}")) return afzender;
        if (ontvanger != null && ontvanger.matches("[0-9]{4}")) return ontvanger;
        throw new IllegalArgumentException("the outgoing payload names no gemeente (Afzender " + afzender
                + ", Ontvanger " + ontvanger + ")");
    }

    /** A payload version as the envelope's 4 digits: BerichtVersie 3 -> 0003 (README §4.4, derived). */
    static String fourDigits(String version) {
        if (version == null || !version.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("the outgoing payload has no usable version: " + version);
        }
        return "0".repeat(4 - version.length()) + version;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
