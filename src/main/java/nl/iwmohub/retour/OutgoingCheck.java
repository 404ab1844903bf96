package nl.iwmohub.retour;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.ingest.Schemas;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The hub never sends a message that breaks the standard: every message it builds is validated against the
 * project's XSD before it is stored or written. A violation is an internal error: the transaction rolls back,
 * the input is kept, nothing is sent.
 */
public final class OutgoingCheck {
    private final Schemas schemas;

    public OutgoingCheck(Schemas schemas) {
        this.schemas = schemas;
    }

    public void check(BerichtType type, byte[] xml) {
        Validator validator = schemas.schema(type).newValidator();
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override public void warning(SAXParseException e) {}
            @Override public void error(SAXParseException e) { errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage()); }
            @Override public void fatalError(SAXParseException e) { error(e); }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            errors.add(String.valueOf(e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("internal error: the outgoing " + type + " is not valid under the XSD: " + errors);
        }
    }
}
