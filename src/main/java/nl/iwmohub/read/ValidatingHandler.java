package nl.iwmohub.read;

import jakarta.xml.bind.UnmarshallerHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.validation.ValidatorHandler;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.bericht.Bsn;
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
 *
 * <p>The text of an element of a simple type with a pattern or a maxLength is held until its end tag. A value
 * longer than its type allows (maxLength, or {@link #LONG} characters for a type without one) never reaches
 * the validator, whose pattern matcher backtracks (quadratic or worse in the length of the text): it is judged
 * here with {@link XsdRegex}, in linear time, and reported with the validator's own error codes, in the order
 * the validator would (pattern first, then maxLength); a long value that is valid goes to the validator as a
 * short value with the same verdict and to the model whole. Reading has a time budget, checked at every event.
 */
final class ValidatingHandler implements ContentHandler {
    static final class NotIwmo extends SAXException {
        NotIwmo(String message) { super(message); }
    }

    static final class TooManyErrors extends SAXException {
        TooManyErrors() { super("too many XSD errors"); }
    }

    static final class OverBudget extends SAXException {
        OverBudget(long budgetMs) { super("reading took longer than its budget of " + budgetMs + " ms"); }
    }

    /** A value of a type without maxLength longer than this is judged here rather than by the validator. */
    static final int LONG = 256;
    /** Values quoted in an error message are cut to this many characters. */
    static final int QUOTE = 80;

    private final Schemas schemas;
    private final int maxErrors;
    private final List<XsdError> errors = new ArrayList<>();
    private final List<String[]> pendingPrefixes = new ArrayList<>();
    /**
     * The open elements, as local names and sibling numbers per depth (names[0] is the root), and per depth the
     * count of each child name seen so far; the path string is only built for an error.
     */
    private String[] names = new String[16];
    private int[] indexes = new int[16];
    private final List<Map<String, Integer>> childCounts = new ArrayList<>();
    private int depth;
    /** Whether the element open at depth 2 is the Header (the only place whose values are captured). */
    private boolean inHeader;
    private final StringBuilder text = new StringBuilder();
    private final String[] headerValues = new String[7];
    private Locator locator;
    private BerichtType type;
    private ValidatorHandler validator;
    private UnmarshallerHandler unmarshaller;
    private TypeProbe probe;
    private final boolean judgeLongValues;
    private final long budgetMs;
    private final long deadline;
    /** The held text of the element at depth {@link #heldDepth} (-1: none), and its type's facets. */
    private final StringBuilder held = new StringBuilder();
    private int heldDepth = -1;
    private TextFacets.Facets heldFacets;
    /** While true, the validator's errors are dropped: the value was judged here instead. */
    private boolean suppress;
    /** While set, the validator judges this stand-in; its messages quote the real value instead ([stand-in, value, raw]). */
    private String[] standIn;
    /** While set, the value of a Bsn element whose errors are being reported: quoted masked, never as it is. */
    private String bsnValue;
    static final String BSN_TYPE = "LDT_BurgerServicenummer";

    ValidatingHandler(Schemas schemas, int maxErrors) {
        this(schemas, maxErrors, 0, true);
    }

    /** {@code budgetMs}: 0 for none; {@code judgeLongValues} false only to compare with the validator's own verdict. */
    ValidatingHandler(Schemas schemas, int maxErrors, long budgetMs, boolean judgeLongValues) {
        this.schemas = schemas;
        this.maxErrors = maxErrors;
        this.budgetMs = budgetMs;
        this.deadline = budgetMs > 0 ? System.nanoTime() + budgetMs * 1_000_000 : Long.MAX_VALUE;
        this.judgeLongValues = judgeLongValues;
    }

    private void checkBudget() throws OverBudget {
        if (System.nanoTime() > deadline) throw new OverBudget(budgetMs);
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
                if (suppress) return;
                String message = clipQuotes(String.valueOf(e.getMessage()));
                if (standIn != null) {
                    String real = message.startsWith("cvc-type.3.1.3") ? standIn[2] : standIn[1];
                    message = message.replace("'" + standIn[0] + "'", "'" + quote(real) + "'");
                }
                addError(e.getLineNumber(), e.getColumnNumber(), message);
            }
        };
    }

    private void addError(int line, int column, String message) throws SAXException {
        if (bsnValue != null) {
            String masked = "'" + Bsn.mask(bsnValue) + "'";
            message = message.replace("'" + quote(bsnValue) + "'", masked).replace("'" + bsnValue + "'", masked);
        }
        errors.add(new XsdError(line, column, currentPath(), message));
        if (errors.size() >= maxErrors) throw new TooManyErrors();
    }

    /** An error at the current position, worded as the validator words it. */
    private void addError(String message) throws SAXException {
        addError(locator == null ? -1 : locator.getLineNumber(), locator == null ? -1 : locator.getColumnNumber(), message);
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'([^']*)'");

    /** The validator's message with every value it quotes cut as {@link #quote} cuts it: a huge value, a short report. */
    static String clipQuotes(String message) {
        return QUOTED.matcher(message).replaceAll(m -> java.util.regex.Matcher.quoteReplacement("'" + quote(m.group(1)) + "'"));
    }

    /** A value as an error message quotes it: at most {@link #QUOTE} characters, and how long it was. */
    static String quote(String value) {
        if (value.length() <= QUOTE) return value;
        return value.substring(0, QUOTE) + "...(" + value.length() + " characters)";
    }

    private String currentPath() {
        if (depth == 0) return "/";
        StringBuilder result = new StringBuilder();
        for (int d = 0; d < depth; d++) {
            result.append('/').append(names[d]);
            if (indexes[d] > 1) result.append('[').append(indexes[d]).append(']');
        }
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
        checkBudget();
        if (validator == null) startRoot(uri, localName);
        releaseHeld();
        // Same-name siblings are numbered from the second one on: Prestatie, Prestatie[2], ...
        int index = depth == 0 ? 1 : childCounts.get(depth - 1).merge(localName, 1, Integer::sum);
        push(localName, index);
        text.setLength(0);
        probe.clear();
        validator.startElement(uri, localName, qName, atts);
        TextFacets.Facets facets = probe.facets(type, localName);
        if (facets != null && (facets.maxLength() >= 0 || !facets.patterns().isEmpty())) {
            heldDepth = depth;
            heldFacets = facets;
            held.setLength(0);
        }
    }

    /** Hands held text to the validator as it came (an element inside a simple-typed one: the XSD will say so). */
    private void releaseHeld() throws SAXException {
        if (heldDepth < 0) return;
        heldDepth = -1;
        forward(held);
        held.setLength(0);
    }

    private void forward(CharSequence chars) throws SAXException {
        if (chars.isEmpty()) return;
        char[] buffer = chars.toString().toCharArray();
        validator.characters(buffer, 0, buffer.length);
    }

    /**
     * At the end tag of an element whose text was held: a value within its length goes to the validator as it
     * is; a longer one is judged here, as the validator would judge it.
     */
    private void endHeld(String uri, String localName, String qName) throws SAXException {
        TextFacets.Facets f = heldFacets;
        heldDepth = -1;
        String raw = held.toString();
        held.setLength(0);
        // client data: an error about a Bsn quotes its value masked (also a malformed one, such as ten digits)
        bsnValue = BSN_TYPE.equals(f.typeName()) ? raw : null;
        try {
            judge(f, raw, uri, localName, qName);
        } finally {
            bsnValue = null;
        }
    }

    private void judge(TextFacets.Facets f, String raw, String uri, String localName, String qName) throws SAXException {
        String value = f.string() ? raw : collapse(raw);
        // the JDK's validator counts UTF-16 units, so a character outside the BMP counts twice, here too
        int length = value.length();
        if (!judgeLongValues || (f.maxLength() >= 0 ? length <= f.maxLength() : value.length() <= LONG)) {
            forward(raw);
            validator.endElement(uri, localName, qName);
            return;
        }
        for (XsdRegex pattern : f.patterns()) {
            if (!pattern.matches(value)) {
                reject(uri, localName, qName, raw, "cvc-pattern-valid: Value '" + quote(raw)
                        + "' is not facet-valid with respect to pattern '" + pattern.source() + "' for type '"
                        + f.typeName() + "'.");
                return;
            }
        }
        String shortValue = null;
        if (f.maxLength() >= 0) {
            reject(uri, localName, qName, raw, "cvc-maxLength-valid: Value '" + quote(value) + "' with length = '"
                    + length + "' is not facet-valid with respect to maxLength '" + f.maxLength() + "' for type '"
                    + f.typeName() + "'.");
            return;
        } else if (f.string()) {
            // a type without maxLength (LDT_Commentaar): the patterns held; a text of one letter has the same verdict
            shortValue = "x";
        } else if ("time".equals(f.builtin()) && value.matches("[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]+")) {
            // only a long fraction makes a long time; its digits after the first non-zero one change nothing
            shortValue = value.substring(0, 9) + (value.substring(9).chars().allMatch(c -> c == '0') ? "0" : "1");
        }
        if (shortValue == null) {
            // no value of the date and time types is this long
            reject(uri, localName, qName, raw, "cvc-datatype-valid.1.2.1: '" + quote(value)
                    + "' is not a valid value for '" + f.builtin() + "'.");
            return;
        }
        probe.substitute(raw);
        forward(shortValue);
        this.standIn = new String[] {shortValue, value, raw};
        try {
            validator.endElement(uri, localName, qName);
        } finally {
            this.standIn = null;
        }
    }

    /** The validator's two errors for an invalid value: the facet's, then the element's. */
    private void reject(String uri, String localName, String qName, String raw, String facetError) throws SAXException {
        addError(facetError);
        addError("cvc-type.3.1.3: The value '" + quote(raw) + "' of element '" + qName + "' is not valid.");
        suppress = true;
        try {
            validator.endElement(uri, localName, qName);
        } finally {
            suppress = false;
        }
    }

    /** XSD whitespace collapse: runs of space, tab, CR and LF to one space, none at either end. */
    static String collapse(String raw) {
        StringBuilder out = new StringBuilder(Math.min(raw.length(), 1024));
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private void startRoot(String uri, String localName) throws SAXException {
        type = BerichtType.byNamespace(uri).orElse(null);
        if (type == null || !"Bericht".equals(localName)) {
            throw new NotIwmo("the root element is {" + uri + "}" + localName
                    + "; an iWmo 3.2 message has root element Bericht in namespace "
                    + BerichtType.NAMESPACE_PREFIX + "wmoNNN/schema");
        }
        unmarshaller = schemas.unmarshaller(type).getUnmarshallerHandler();
        validator = schemas.validatorHandler(type);
        validator.setErrorHandler(validationErrors());
        probe = new TypeProbe(validator, unmarshaller, schemas.facets());
        validator.setContentHandler(probe);
        validator.setDocumentLocator(locator);
        validator.startDocument();
        for (String[] mapping : pendingPrefixes) validator.startPrefixMapping(mapping[0], mapping[1]);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        checkBudget();
        captureHeaderValue(localName);
        if (heldDepth == depth) endHeld(uri, localName, qName);
        else validator.endElement(uri, localName, qName);
        heldDepth = -1;
        depth--;
        if (depth == 1) inHeader = false;
        text.setLength(0);
    }

    private void push(String localName, int index) {
        if (depth == names.length) {
            names = java.util.Arrays.copyOf(names, depth * 2);
            indexes = java.util.Arrays.copyOf(indexes, depth * 2);
        }
        names[depth] = localName;
        indexes[depth] = index;
        if (childCounts.size() == depth) childCounts.add(new HashMap<>());
        else childCounts.get(depth).clear();
        depth++;
        if (depth == 2) inHeader = "Header".equals(localName);
    }

    /**
     * Remembers the Header's leaf values by their place below /Bericht/Header (any sibling number): the first of
     * each. Only inside the Header is anything compared.
     */
    private void captureHeaderValue(String localName) {
        if (!inHeader) return;
        int slot = -1;
        if (depth == 3) {
            slot = switch (localName) {
                case "BerichtCode" -> 0;
                case "Afzender" -> 1;
                case "Ontvanger" -> 2;
                default -> -1;
            };
        } else if (depth == 4 && "BerichtIdentificatie".equals(names[2])) {
            slot = "Identificatie".equals(localName) ? 3 : "Dagtekening".equals(localName) ? 4 : -1;
        } else if (depth == 4 && "XsdVersie".equals(names[2])) {
            slot = "BasisschemaXsdVersie".equals(localName) ? 5 : "BerichtXsdVersie".equals(localName) ? 6 : -1;
        }
        if (slot >= 0 && headerValues[slot] == null) headerValues[slot] = text.toString();
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        checkBudget();
        if (inHeader && depth >= 3 && depth <= 4 && text.length() < 256) text.append(ch, start, length);
        if (heldDepth == depth) held.append(ch, start, length);
        else validator.characters(ch, start, length);
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
