package nl.iwmohub.read;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Parsers that never read a DTD or an external entity: a DOCTYPE is an error, so no file or network access
 * and no entity expansion can happen. Element depth is bounded; no iWmo message is deeper than about 12.
 */
public final class SecureXml {
    /** JDK (Xerces) property; a deeper document is rejected as not well-formed. */
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
    public static final int MAX_DEPTH = 64;

    private SecureXml() {}

    /*
     * Making a parser costs more than parsing a small message (Xerces builds its whole configuration each time), so
     * each thread keeps one reader and one document builder and uses them for one document at a time.
     */
    private static final ThreadLocal<XMLReader> READER = ThreadLocal.withInitial(SecureXml::newXmlReader);
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SecureXml::newDocumentBuilder);
    private static final org.xml.sax.helpers.DefaultHandler NO_HANDLER = new org.xml.sax.helpers.DefaultHandler();

    /**
     * The calling thread's reader, configured as {@link #newXmlReader}; give it back with {@link #release} once the
     * parse is over, so that it does not keep the handlers (and what they built) until the thread's next parse.
     */
    public static XMLReader threadXmlReader() {
        return READER.get();
    }

    public static void release(XMLReader reader) {
        reader.setContentHandler(NO_HANDLER);
        reader.setErrorHandler(NO_HANDLER);
    }

    /** The calling thread's document builder, reset, for one parse or one new document at a time. */
    public static DocumentBuilder threadDocumentBuilder() {
        DocumentBuilder builder = BUILDER.get();
        builder.reset();
        return builder;
    }

    public static XMLReader newXmlReader() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(MAX_ELEMENT_DEPTH, String.valueOf(MAX_DEPTH));
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot configure a secure XML parser", e);
        }
    }

    public static DocumentBuilder newDocumentBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute(MAX_ELEMENT_DEPTH, String.valueOf(MAX_DEPTH));
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("cannot configure a secure XML parser", e);
        }
    }
}
