package nl.iwmohub.read;

import javax.xml.validation.ValidatorHandler;
import nl.iwmohub.bericht.BerichtType;
import org.w3c.dom.TypeInfo;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Between the validator and the unmarshaller: tells {@link ValidatingHandler} the type the validator assigned to
 * the element just started (the validator's own decision, so it follows the schema exactly), and can give the
 * model an element's real text where the validator was shown a short stand-in with the same verdict.
 */
final class TypeProbe implements ContentHandler {
    private final ValidatorHandler validator;
    private final ContentHandler next;
    private final TextFacets facets;
    private TypeInfo started;
    private String substitute;

    TypeProbe(ValidatorHandler validator, ContentHandler next, TextFacets facets) {
        this.validator = validator;
        this.next = next;
        this.facets = facets;
    }

    void clear() {
        started = null;
    }

    /** The facets of the element started last, if it has a simple type with any; else null. */
    TextFacets.Facets facets(BerichtType message, String localName) {
        if (started == null) return null;
        return facets.of(message, started.getTypeNamespace(), started.getTypeName(), localName);
    }

    /** The text the model gets for the element that ends next, instead of what the validator passes on. */
    void substitute(String text) {
        substitute = text;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        started = validator.getTypeInfoProvider().getElementTypeInfo();
        next.startElement(uri, localName, qName, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (substitute == null) next.characters(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (substitute != null) {
            char[] text = substitute.toCharArray();
            substitute = null;
            next.characters(text, 0, text.length);
        }
        next.endElement(uri, localName, qName);
    }

    @Override public void setDocumentLocator(Locator locator) { next.setDocumentLocator(locator); }
    @Override public void startDocument() throws SAXException { next.startDocument(); }
    @Override public void endDocument() throws SAXException { next.endDocument(); }
    @Override public void startPrefixMapping(String prefix, String uri) throws SAXException { next.startPrefixMapping(prefix, uri); }
    @Override public void endPrefixMapping(String prefix) throws SAXException { next.endPrefixMapping(prefix); }
    @Override public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException { next.ignorableWhitespace(ch, start, length); }
    @Override public void processingInstruction(String target, String data) throws SAXException { next.processingInstruction(target, data); }
    @Override public void skippedEntity(String name) throws SAXException { next.skippedEntity(name); }
}
