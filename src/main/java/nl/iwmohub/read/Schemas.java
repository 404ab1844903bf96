package nl.iwmohub.read;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.net.URL;
import java.util.EnumMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import nl.iwmohub.bericht.BerichtType;
import org.xml.sax.SAXException;

/**
 * The project's XSDs (packaged from xsd/) and the generated JAXB model, loaded once per message type.
 * Schema and JAXBContext are thread-safe; validators and unmarshallers are made per use.
 */
public final class Schemas {
    private final Map<BerichtType, Schema> schemas = new EnumMap<>(BerichtType.class);
    private final Map<BerichtType, JAXBContext> contexts = new EnumMap<>(BerichtType.class);
    private final TextFacets facets = new TextFacets();

    public Schemas() {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            // Only our own schema files may be read: imports resolve relative to the packaged xsd/ folder.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            for (BerichtType type : BerichtType.values()) {
                URL url = Schemas.class.getClassLoader().getResource(type.xsdResource());
                if (url == null) throw new IllegalStateException("XSD missing from the classpath: " + type.xsdResource());
                schemas.put(type, factory.newSchema(url));
            }
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load the iWmo XSDs: " + e.getMessage(), e);
        }
    }

    public Schema schema(BerichtType type) {
        return schemas.get(type);
    }

    TextFacets facets() {
        return facets;
    }

    public synchronized JAXBContext context(BerichtType type) {
        return contexts.computeIfAbsent(type, t -> {
            try {
                return JAXBContext.newInstance("nl.iwmohub.model." + t.prefix(), Schemas.class.getClassLoader());
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot create the JAXB context for " + t, e);
            }
        });
    }
}
