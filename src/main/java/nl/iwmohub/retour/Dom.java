package nl.iwmohub.retour;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.read.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The DOM work of building retour messages: parsing, copying classes into the retour namespace, writing. */
final class Dom {
    private Dom() {}

    static Document parse(byte[] raw) {
        try {
            return SecureXml.threadDocumentBuilder().parse(new ByteArrayInputStream(raw));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("a schema-valid message could not be parsed again", e);
        }
    }

    static Document newDocument() {
        return SecureXml.threadDocumentBuilder().newDocument();
    }

    static Element root(Document doc, BerichtType type) {
        Element root = doc.createElementNS(type.namespace(), type.prefix() + ":Bericht");
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + type.prefix(), type.namespace());
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:iwmo", BerichtType.BASISSCHEMA_NAMESPACE);
        doc.appendChild(root);
        return root;
    }

    static Element element(Element parent, BerichtType type, String name) {
        Element e = parent.getOwnerDocument().createElementNS(type.namespace(), type.prefix() + ":" + name);
        parent.appendChild(e);
        return e;
    }

    static Element element(Element parent, BerichtType type, String name, String text) {
        Element e = element(parent, type, name);
        e.setTextContent(text);
        return e;
    }

    static Element basisElement(Element parent, String name, String text) {
        Element e = parent.getOwnerDocument().createElementNS(BerichtType.BASISSCHEMA_NAMESPACE, "iwmo:" + name);
        e.setTextContent(text);
        parent.appendChild(e);
        return e;
    }

    /** Hooks of a deep copy: which child elements to keep, and what to add at the end of a copied element. */
    interface CopyRules {
        default boolean keep(Element source, String path) { return true; }

        default void complete(Element copy, String path) {}
    }

    /**
     * Copies {@code source} (at {@code path}) under {@code parent}, moving elements of the heen namespace into
     * the retour namespace; basisschema elements keep theirs. Paths number same-name siblings from 2 on.
     */
    static Element copy(Element source, String path, Element parent, BerichtType heen, BerichtType retour,
                        CopyRules rules) {
        Document doc = parent.getOwnerDocument();
        Element copy = heen.namespace().equals(source.getNamespaceURI())
                ? doc.createElementNS(retour.namespace(), retour.prefix() + ":" + source.getLocalName())
                : doc.createElementNS(source.getNamespaceURI(), "iwmo:" + source.getLocalName());
        parent.appendChild(copy);
        Map<String, Integer> seen = new HashMap<>();
        for (Node n = source.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                int index = seen.merge(child.getLocalName(), 1, Integer::sum);
                String childPath = path + "/" + child.getLocalName() + (index == 1 ? "" : "[" + index + "]");
                if (rules.keep(child, childPath)) copy(child, childPath, copy, heen, retour, rules);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (!n.getNodeValue().isBlank() || !hasElementChildren(source)) {
                    copy.appendChild(doc.createTextNode(n.getNodeValue()));
                }
            }
        }
        rules.complete(copy, path);
        return copy;
    }

    private static boolean hasElementChildren(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) return true;
        }
        return false;
    }

    static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) return e;
        }
        return null;
    }

    /** Made once per thread: finding and configuring a transformer costs more than writing a small retour. */
    private static final ThreadLocal<Transformer> TRANSFORMER = ThreadLocal.withInitial(Dom::newTransformer);

    private static Transformer newTransformer() {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer t = factory.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // The JDK writes no line break after its own declaration, so the declaration is written here.
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            return t;
        } catch (javax.xml.transform.TransformerConfigurationException e) {
            throw new IllegalStateException("cannot configure the writer of retour messages", e);
        }
    }

    static byte[] write(Document doc) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
            TRANSFORMER.get().transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write a retour message", e);
        }
    }
}
