package nl.iwmohub.ggk;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.iwmohub.read.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSOutput;
import org.w3c.dom.ls.LSSerializer;
import org.xml.sax.SAXException;

/**
 * SOAP 1.1 document/literal as the GGk's WSDL binds OntvangAsynchroon (README §5): the Body holds exactly one
 * root element (Di01, Du01 or Fo01), without a wrapper. Takes that element out of a request as a document of
 * its own, and puts one into an envelope or a Fault.
 */
public final class Soap {
    public static final String NAMESPACE = "http://schemas.xmlsoap.org/soap/envelope/";

    private Soap() {}

    /** The one element in the Body of a SOAP 1.1 envelope, as a standalone UTF-8 XML document. */
    public static byte[] bodyElement(byte[] soap) {
        Document d;
        try {
            d = SecureXml.threadDocumentBuilder().parse(new ByteArrayInputStream(soap));
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("the request is not well-formed XML: " + e.getMessage());
        }
        Element envelope = d.getDocumentElement();
        if (!NAMESPACE.equals(envelope.getNamespaceURI()) || !"Envelope".equals(envelope.getLocalName())) {
            throw new IllegalArgumentException("the request is not a SOAP 1.1 Envelope");
        }
        Element body = null;
        for (Node n = envelope.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NAMESPACE.equals(e.getNamespaceURI()) && "Body".equals(e.getLocalName())) body = e;
        }
        if (body == null) throw new IllegalArgumentException("the SOAP Envelope has no Body");
        Element only = null;
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (only != null) throw new IllegalArgumentException("the SOAP Body holds more than one element");
                only = e;
            }
        }
        if (only == null) throw new IllegalArgumentException("the SOAP Body is empty");
        Document own = SecureXml.threadDocumentBuilder().newDocument();
        own.appendChild(own.importNode(only, true));
        return serialise(own);
    }

    /** {@code xml} (a document with its declaration) as the one element of a SOAP Body. */
    public static byte[] envelope(byte[] xml) {
        return wrap("<soap:Body>" + withoutDeclaration(xml) + "</soap:Body>");
    }

    /** A SOAP 1.1 Fault (Client or Server) whose detail holds {@code detail} (an Fo03), when given. */
    public static byte[] fault(boolean client, String reason, byte[] detail) {
        return wrap("<soap:Body><soap:Fault><faultcode>soap:" + (client ? "Client" : "Server") + "</faultcode><faultstring>"
                + escape(reason) + "</faultstring>" + (detail == null ? "" : "<detail>" + withoutDeclaration(detail) + "</detail>")
                + "</soap:Fault></soap:Body>");
    }

    private static byte[] wrap(String body) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope xmlns:soap=\"" + NAMESPACE + "\">" + body
                + "</soap:Envelope>").getBytes(StandardCharsets.UTF_8);
    }

    private static String withoutDeclaration(byte[] xml) {
        String s = new String(xml, StandardCharsets.UTF_8);
        return s.startsWith("<?xml") ? s.substring(s.indexOf("?>") + 2) : s;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** DOM Level 3 serialisation: it declares every namespace the element uses (those of the SOAP Envelope too). */
    private static byte[] serialise(Document d) {
        try {
            DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
            LSSerializer serializer = ls.createLSSerializer();
            serializer.getDomConfig().setParameter("xml-declaration", true);
            LSOutput out = ls.createLSOutput();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.setByteStream(bytes);
            out.setEncoding("UTF-8");
            serializer.write(d, out);
            return bytes.toByteArray();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no DOM serialiser", e);
        }
    }
}
