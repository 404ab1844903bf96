package nl.iwmohub.read;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.UnmarshallerHandler;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.validation.ValidatorHandler;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.read.HeaderFields;
import nl.iwmohub.read.Schemas;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Sits between the parser and the schema validator. At the root element it chooses the XSD by namespace,
 * then forwards every event to the validator, whose output feeds the JAXB unmarshaller. It keeps the path
 * of open elements so that each XSD error names its element, and captures the Header's values.
 */
final class ValidatingHandler implements ContentHandler {
    static final class NotIwmo extends SAXException {
        NotIwmo(String message) { super(message); }
    }

    static final class TooManyErrors extends SAXException {
        TooManyErrors() { super("too many XSD errors"); }
    }

    private final Schemas schemas;
    private final int maxErrors;
    private final List<XsdError> errors = new ArrayList<>();
    private final List<String[]> pendingPrefixes = new ArrayList<>();
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<Map<String, Integer>> childCounts = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private final String[] headerValues = new String[7];
    private Locator locator;
    private BerichtType type;
    private ValidatorHandler validator;
    private UnmarshallerHandler unmarshaller;

    ValidatingHandler(Schemas schemas, int maxErrors) {
        this.schemas = schemas;
        this.maxErrors = maxErrors;
    }

    BerichtType type() { return type; }

    List<XsdError> errors() { return errors; }

    UnmarshallerHandler unmarshallerHandler() { return unmarshaller; }

    HeaderFields header() {
        return new HeaderFields(headerValues[0], headerValues[1], headerValues[2], headerValues[3], headerValues[4],
                headerValues[5], headerValues[6]);
    }

    /** Errors of the parser itself: well-formedness errors are fatal and end the read. */
    ErrorHandler parseErrors() {
        return new ErrorHandler() {
            @Override public void warning(SAXParseException e) {}
            @Override public void error(SAXParseException e) throws SAXException { throw e; }
            @Override public void fatalError(SAXParseException e) throws SAXException { throw e; }
        };
    }

    private ErrorHandler validationErrors() {
        return new ErrorHandler() {
            @Override public void warning(SAXParseException e) {}
            @Override public void error(SAXParseException e) throws SAXException { add(e); }
            @Override public void fatalError(SAXParseException e) throws SAXException { add(e); }

            private void add(SAXParseException e) throws SAXException {
                errors.add(new XsdError(e.getLineNumber(), e.getColumnNumber(), currentPath(), e.getMessage()));
                if (errors.size() >= maxErrors) throw new TooManyErrors();
            }
        };
    }

    private String currentPath() {
        if (path.isEmpty()) return "/";
        StringBuilder result = new StringBuilder();
        path.descendingIterator().forEachRemaining(p -> result.append('/').append(p));
        return result.toString();
    }

    @Override
    public void setDocumentLocator(Locator locator) { this.locator = locator; }

    @Override
    public void startDocument() {}

    @Override
    public void endDocument() throws SAXException {
        if (validator != null) validator.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (validator == null) pendingPrefixes.add(new String[] {prefix, uri});
        else validator.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (validator != null) validator.endPrefixMapping(prefix);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (validator == null) startRoot(uri, localName);
        // Same-name siblings are numbered from the second one on: Prestatie, Prestatie[2], ...
        int index = childCounts.isEmpty() ? 1 : childCounts.peek().merge(localName, 1, Integer::sum);
        path.push(index == 1 ? localName : localName + "[" + index + "]");
        childCounts.push(new HashMap<>());
        text.setLength(0);
        validator.startElement(uri, localName, qName, atts);
    }

    private void startRoot(String uri, String localName) throws SAXException {
        type = BerichtType.byNamespace(uri).orElse(null);
        if (type == null || !"Bericht".equals(localName)) {
            throw new NotIwmo("the root element is {" + uri + "}" + localName
                    + "; an iWmo 3.2 message has root element Bericht in namespace "
                    + BerichtType.NAMESPACE_PREFIX + "wmoNNN/schema");
        }
        try {
            unmarshaller = schemas.context(type).createUnmarshaller().getUnmarshallerHandler();
        } catch (JAXBException e) {
            throw new SAXException(e);
        }
        validator = schemas.schema(type).newValidatorHandler();
        validator.setErrorHandler(validationErrors());
        validator.setContentHandler(unmarshaller);
        validator.setDocumentLocator(locator);
        validator.startDocument();
        for (String[] mapping : pendingPrefixes) validator.startPrefixMapping(mapping[0], mapping[1]);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        captureHeaderValue();
        validator.endElement(uri, localName, qName);
        path.pop();
        childCounts.pop();
        text.setLength(0);
    }

    /** Remembers the Header's leaf values by their path below /Bericht/Header (index suffixes removed). */
    private void captureHeaderValue() {
        if (path.size() < 3) return;
        String p = currentPath().replaceAll("\\[\\d+]", "");
        int slot = switch (p) {
            case "/Bericht/Header/BerichtCode" -> 0;
            case "/Bericht/Header/Afzender" -> 1;
            case "/Bericht/Header/Ontvanger" -> 2;
            case "/Bericht/Header/BerichtIdentificatie/Identificatie" -> 3;
            case "/Bericht/Header/BerichtIdentificatie/Dagtekening" -> 4;
            case "/Bericht/Header/XsdVersie/BasisschemaXsdVersie" -> 5;
            case "/Bericht/Header/XsdVersie/BerichtXsdVersie" -> 6;
            default -> -1;
        };
        if (slot >= 0 && headerValues[slot] == null) headerValues[slot] = text.toString();
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (path.size() >= 3 && path.size() <= 4 && text.length() < 256) text.append(ch, start, length);
        validator.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        validator.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (validator != null) validator.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        if (validator != null) validator.skippedEntity(name);
    }
}
