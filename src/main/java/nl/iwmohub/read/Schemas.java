package nl.iwmohub.read;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import nl.iwmohub.bericht.BerichtType;
import org.xml.sax.SAXException;

/**
 * The project's XSDs (packaged from xsd/) and the generated JAXB model, each compiled on the first use of its
 * message type: a command that reads one WMO305 compiles the WMO305 schema (and the WMO306 of its answer), not
 * all fourteen (start-up, issue 14). That every XSD is on the classpath is checked at once.
 * Schema and JAXBContext are thread-safe; validators and unmarshallers are made per use.
 */
public final class Schemas {
    private final Map<BerichtType, Schema> schemas = new ConcurrentHashMap<>();
    private final Map<BerichtType, JAXBContext> contexts = new ConcurrentHashMap<>();
    private final TextFacets facets = new TextFacets();

    public Schemas() {
        for (BerichtType type : BerichtType.values()) url(type);
    }

    private static URL url(BerichtType type) {
        URL url = Schemas.class.getClassLoader().getResource(type.xsdResource());
        if (url == null) throw new IllegalStateException("XSD missing from the classpath: " + type.xsdResource());
        return url;
    }

    public Schema schema(BerichtType type) {
        Schema schema = schemas.get(type);
        return schema != null ? schema : compile(type);
    }

    /** One at a time: a SchemaFactory is not thread-safe, and a type is compiled once. */
    private synchronized Schema compile(BerichtType type) {
        Schema schema = schemas.get(type);
        if (schema != null) return schema;
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            // Only our own schema files may be read: imports resolve relative to the packaged xsd/ folder.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            schema = factory.newSchema(url(type));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load the iWmo XSD " + type.xsdResource() + ": " + e.getMessage(), e);
        }
        schemas.put(type, schema);
        return schema;
    }

    /**
     * A validator handler of this type's XSD for the calling thread, made once per thread and type: making one
     * costs more than a small message's validation (issue 14). Reused one document after the other; it resets itself
     * at each startDocument, also after a document that ended in an exception.
     */
    javax.xml.validation.ValidatorHandler validatorHandler(BerichtType type) {
        return threadValidators.get().computeIfAbsent(type, t -> schema(t).newValidatorHandler());
    }

    /** An unmarshaller of this type's JAXB context for the calling thread, made once per thread and type. */
    jakarta.xml.bind.Unmarshaller unmarshaller(BerichtType type) {
        return threadUnmarshallers.get().computeIfAbsent(type, t -> {
            try {
                return context(t).createUnmarshaller();
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot create the JAXB unmarshaller for " + t, e);
            }
        });
    }

    private final ThreadLocal<Map<BerichtType, javax.xml.validation.ValidatorHandler>> threadValidators =
            ThreadLocal.withInitial(() -> new java.util.EnumMap<>(BerichtType.class));
    private final ThreadLocal<Map<BerichtType, jakarta.xml.bind.Unmarshaller>> threadUnmarshallers =
            ThreadLocal.withInitial(() -> new java.util.EnumMap<>(BerichtType.class));

    TextFacets facets() {
        return facets;
    }

    public JAXBContext context(BerichtType type) {
        JAXBContext context = contexts.get(type);
        return context != null ? context : newContext(type);
    }

    private synchronized JAXBContext newContext(BerichtType type) {
        return contexts.computeIfAbsent(type, t -> {
            try {
                return JAXBContext.newInstance("nl.iwmohub.model." + t.prefix(), Schemas.class.getClassLoader());
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot create the JAXB context for " + t, e);
            }
        });
    }
}
