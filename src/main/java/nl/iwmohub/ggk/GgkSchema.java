package nl.iwmohub.ggk;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Our XSD of the StUF-GGk envelope (xsd/stuf-ggk/ggk0210.xsd with the StUF parts it imports, packaged in the
 * jar) and the JAXB context of its generated model. Both thread-safe; validators are made per use.
 */
public final class GgkSchema {
    public static final String XSD = "xsd/stuf-ggk/ggk0210.xsd";
    private static final int MAX_ERRORS = 20;
    private final Schema schema;
    private final JAXBContext context;

    public GgkSchema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            URL url = GgkSchema.class.getClassLoader().getResource(XSD);
            if (url == null) throw new IllegalStateException("XSD missing from the classpath: " + XSD);
            schema = factory.newSchema(url);
            context = JAXBContext.newInstance("nl.iwmohub.model.ggk0210:nl.iwmohub.model.stuf0301",
                    GgkSchema.class.getClassLoader());
        } catch (SAXException | JAXBException e) {
            throw new IllegalStateException("cannot load the StUF-GGk XSD: " + e.getMessage(), e);
        }
    }

    public JAXBContext context() {
        return context;
    }

    /** Every error of {@code xml} against the envelope XSD (line, column, message); empty: valid. */
    public List<String> validate(byte[] xml) {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot configure the envelope validator", e);
        }
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) throws SAXException {
                errors.add("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage());
                if (errors.size() >= MAX_ERRORS) throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                error(e);
                throw e;
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            if (errors.isEmpty()) errors.add(String.valueOf(e.getMessage()));
        } catch (IOException e) {
            errors.add(String.valueOf(e.getMessage()));
        }
        return errors;
    }
}
