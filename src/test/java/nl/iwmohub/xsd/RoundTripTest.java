package nl.iwmohub.xsd;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.read.BerichtReader;
import nl.iwmohub.read.ReadResult;
import nl.iwmohub.read.Schemas;
import nl.iwmohub.support.XmlAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generated model reads and writes every message type without loss: unmarshal, marshal, compare. */
class RoundTripTest {
    private static final Schemas SCHEMAS = new Schemas();

    @ParameterizedTest
    @EnumSource(BerichtType.class)
    void everyMessageTypeRoundTrips(BerichtType type) throws Exception {
        Path file = Path.of("test-messages/xsd/valid", type + ".xml");
        byte[] raw = Files.readAllBytes(file);
        ReadResult.Readable read = (ReadResult.Readable) new BerichtReader(SCHEMAS, 1 << 26, 100).read(file.toString(), raw);
        JAXBContext context = SCHEMAS.context(type);
        Marshaller marshaller = context.createMarshaller();
        marshaller.setSchema(SCHEMAS.schema(type));
        StringWriter out = new StringWriter();
        Class<?> factory = Class.forName("nl.iwmohub.model." + type.prefix() + ".ObjectFactory");
        Object element = factory.getMethod("createBericht", read.bericht().root().getClass())
                .invoke(factory.getConstructor().newInstance(), read.bericht().root());
        marshaller.marshal(element, out);
        XmlAssert.assertSameContent(raw, out.toString(), type + " after a round trip");
    }
}
