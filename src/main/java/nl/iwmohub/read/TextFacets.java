package nl.iwmohub.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.iwmohub.bericht.BerichtType;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What the XSDs say about the text of each simple type: its built-in base, its maxLength and its patterns, read
 * from the same schema files the validator uses (named types of the basisschema, and the anonymous restrictions a
 * message schema declares on an element). {@link ValidatingHandler} uses it to judge a long value itself, in
 * bounded time, exactly as the validator would, before the validator's backtracking pattern matcher sees it.
 */
final class TextFacets {
    private static final String XS = "http://www.w3.org/2001/XMLSchema";

    /**
     * One simple type: the name the validator uses in its messages, the built-in type it restricts (local name),
     * maxLength (-1: none) and its patterns in the order the validator checks them (the base type's first).
     */
    record Facets(String typeName, String builtin, int maxLength, List<XsdRegex> patterns) {
        /** xs:string keeps whitespace as it is; the date, time and number types collapse it first. */
        boolean string() {
            return "string".equals(builtin);
        }
    }

    private final Map<String, Facets> named = new HashMap<>();
    private final Map<BerichtType, Map<String, Facets>> anonymous = new EnumMap<>(BerichtType.class);

    TextFacets() {
        try {
            Element basis = load("xsd/basisschema.xsd");
            Map<String, Element> declared = new HashMap<>();
            for (Element st : children(basis, "simpleType")) declared.put(st.getAttribute("name"), st);
            for (String name : declared.keySet()) named.put(name, resolve(declared, name));
            for (BerichtType type : BerichtType.values()) {
                Map<String, Facets> byElement = new HashMap<>();
                NodeList all = load(type.xsdResource()).getElementsByTagNameNS(XS, "simpleType");
                for (int i = 0; i < all.getLength(); i++) {
                    Element st = (Element) all.item(i);
                    if (!st.getAttribute("name").isEmpty()) continue;
                    Element element = (Element) st.getParentNode();
                    Facets facets = restriction(anonymousName(st), child(st, "restriction"), declared);
                    if (byElement.put(element.getAttribute("name"), facets) != null) {
                        throw new IllegalStateException(type + ": two anonymous types on element " + element.getAttribute("name"));
                    }
                }
                anonymous.put(type, byElement);
            }
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("cannot read the facets of the iWmo XSDs: " + e.getMessage(), e);
        }
    }

    /** The facets of the element's type: a named type of the basisschema, or the message's anonymous one; else null. */
    Facets of(BerichtType message, String typeNamespace, String typeName, String elementName) {
        if (typeName == null) return anonymous.get(message).get(elementName);
        return BerichtType.BASISSCHEMA_NAMESPACE.equals(typeNamespace) ? named.get(typeName) : null;
    }

    private Facets resolve(Map<String, Element> declared, String name) {
        Facets known = named.get(name);
        if (known != null) return known;
        Element st = declared.get(name);
        Element restriction = child(st, "restriction");
        if (restriction == null) throw new IllegalStateException("simple type " + name + " is not a restriction");
        return restriction(name, restriction, declared);
    }

    private Facets restriction(String typeName, Element restriction, Map<String, Element> declared) {
        String base = restriction.getAttribute("base");
        String local = base.substring(base.indexOf(':') + 1);
        String builtin;
        int maxLength = -1;
        List<XsdRegex> patterns = new ArrayList<>();
        if (base.startsWith("xs:")) {
            builtin = local;
        } else {
            Facets parent = resolve(declared, local);
            builtin = parent.builtin();
            maxLength = parent.maxLength();
            patterns.addAll(parent.patterns());
        }
        for (Element facet : children(restriction, "maxLength")) maxLength = Integer.parseInt(facet.getAttribute("value"));
        for (Element facet : children(restriction, "pattern")) patterns.add(XsdRegex.compile(facet.getAttribute("value")));
        return new Facets(typeName, builtin, maxLength, List.copyOf(patterns));
    }

    /** The validator's name for an anonymous type: #AnonType_ and the names of its ancestors, innermost first. */
    private static String anonymousName(Element simpleType) {
        StringBuilder name = new StringBuilder("#AnonType_");
        for (Node n = simpleType.getParentNode(); n instanceof Element e && e.getParentNode() instanceof Element;
             n = n.getParentNode()) {
            name.append(e.getAttribute("name"));
        }
        return name.toString();
    }

    private static Element load(String resource) throws IOException, SAXException {
        try (InputStream in = TextFacets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("XSD missing from the classpath: " + resource);
            return SecureXml.newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    private static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) result.add(e);
        }
        return result;
    }
}
