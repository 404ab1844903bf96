package nl.iwmohub.ggk;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import nl.iwmohub.model.ggk0210.BinaireInhoudBasisGgkberichten;
import nl.iwmohub.model.ggk0210.EnvelopHeenberichtGgkDi01;
import nl.iwmohub.model.ggk0210.EnvelopRetourberichtGgkDu01;
import nl.iwmohub.model.ggk0210.ParametersGgkberichten;
import nl.iwmohub.model.stuf0301.Berichtcode;
import nl.iwmohub.model.stuf0301.BerichtcodeDi01;
import nl.iwmohub.model.stuf0301.BerichtcodeDu01;
import nl.iwmohub.model.stuf0301.Fo01Bericht;
import nl.iwmohub.model.stuf0301.Foutbericht;
import nl.iwmohub.model.stuf0301.FoutdetailsXML;
import nl.iwmohub.model.stuf0301.Foutplek;
import nl.iwmohub.model.stuf0301.StuurgegevensDi01EnvelopHeenbericht;
import nl.iwmohub.model.stuf0301.StuurgegevensDu01EnvelopRetourbericht;
import nl.iwmohub.model.stuf0301.Systeem;
import nl.iwmohub.model.stuf0301.SysteemGgkberichten;
import nl.iwmohub.read.SecureXml;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Builds the envelopes the hub sends through the generated model: a Di01 or Du01 around a payload (its bytes
 * base64-encoded on one line, unchanged) and an Fo01 about a received envelope. Every envelope is checked
 * against our XSD before it leaves this class, and the spec's stricter rules for what a sender fills (no empty
 * organisatie or functie, README structure.md §9) are checked here in code. UTF-8 without BOM.
 */
public final class EnvelopeWriter {
    private final GgkSchema schema;

    public EnvelopeWriter(GgkSchema schema) {
        this.schema = schema;
    }

    /** A Di01 (crossRefnummer null) or Du01 (crossRefnummer given) carrying {@code payload}. */
    public byte[] wrap(Envelope e, byte[] payload) {
        require(e.zenderOrganisatie(), "zender/organisatie");
        require(e.ontvangerOrganisatie(), "ontvanger/organisatie");
        require(e.functie(), "functie");
        ParametersGgkberichten p = new ParametersGgkberichten();
        p.setApplicatieVersie(e.applicatieVersie());
        p.setApplicatieSubversie(e.applicatieSubversie());
        p.setFunctieVersie(e.functieVersie());
        p.setFunctieSubversie(e.functieSubversie());
        BinaireInhoudBasisGgkberichten bericht = new BinaireInhoudBasisGgkberichten();
        bericht.setXmlBestand(payload);
        p.setBericht(bericht);
        Object root;
        if ("Di01".equals(e.berichtcode())) {
            StuurgegevensDi01EnvelopHeenbericht s = new StuurgegevensDi01EnvelopHeenbericht();
            s.setBerichtcode(BerichtcodeDi01.DI_01);
            s.setZender(systeem(e.zenderOrganisatie(), e.zenderApplicatie()));
            s.setOntvanger(systeem(e.ontvangerOrganisatie(), e.ontvangerApplicatie()));
            s.setReferentienummer(e.referentienummer());
            s.setTijdstipBericht(e.tijdstipBericht());
            s.setFunctie(e.functie());
            EnvelopHeenberichtGgkDi01 di01 = new EnvelopHeenberichtGgkDi01();
            di01.setStuurgegevens(s);
            di01.setParameters(p);
            root = di01;
        } else if ("Du01".equals(e.berichtcode())) {
            StuurgegevensDu01EnvelopRetourbericht s = new StuurgegevensDu01EnvelopRetourbericht();
            s.setBerichtcode(BerichtcodeDu01.DU_01);
            s.setZender(systeem(e.zenderOrganisatie(), e.zenderApplicatie()));
            s.setOntvanger(systeem(e.ontvangerOrganisatie(), e.ontvangerApplicatie()));
            s.setReferentienummer(e.referentienummer());
            s.setTijdstipBericht(e.tijdstipBericht());
            s.setCrossRefnummer(e.crossRefnummer());
            s.setFunctie(e.functie());
            EnvelopRetourberichtGgkDu01 du01 = new EnvelopRetourberichtGgkDu01();
            du01.setStuurgegevens(s);
            du01.setParameters(p);
            root = du01;
        } else {
            throw new IllegalArgumentException("a payload travels in a Di01 or Du01, not in a " + e.berichtcode());
        }
        return checked(marshal(root));
    }

    /**
     * An Fo01 with the routing data and body of {@code e}; {@code original}, the envelope it is about, is copied
     * into detailsXML as XML (not base64, no declaration) when given and well-formed.
     */
    public byte[] fo01(Envelope e, byte[] original) {
        Fo01Bericht.Stuurgegevens s = new Fo01Bericht.Stuurgegevens();
        s.setBerichtcode(Berichtcode.FO_01);
        Systeem zender = new Systeem();
        zender.setOrganisatie(e.zenderOrganisatie());
        zender.setApplicatie(e.zenderApplicatie());
        s.setZender(zender);
        Systeem ontvanger = new Systeem();
        ontvanger.setOrganisatie(e.ontvangerOrganisatie());
        ontvanger.setApplicatie(e.ontvangerApplicatie());
        s.setOntvanger(ontvanger);
        s.setReferentienummer(e.referentienummer());
        s.setTijdstipBericht(e.tijdstipBericht());
        s.setCrossRefnummer(e.crossRefnummer());
        Foutbericht body = new Foutbericht();
        body.setCode(e.foutcode());
        body.setPlek(Foutplek.fromValue(e.foutplek()));
        body.setOmschrijving(e.foutomschrijving());
        body.setDetails(e.foutdetails());
        Element copy = original == null ? null : element(original);
        if (copy != null) {
            FoutdetailsXML details = new FoutdetailsXML();
            details.getAny().add(copy);
            body.setDetailsXML(details);
        }
        Fo01Bericht fo01 = new Fo01Bericht();
        fo01.setStuurgegevens(s);
        fo01.setBody(body);
        return checked(marshal(fo01));
    }

    private static SysteemGgkberichten systeem(String organisatie, String applicatie) {
        SysteemGgkberichten s = new SysteemGgkberichten();
        s.setOrganisatie(organisatie);
        s.setApplicatie(applicatie);
        return s;
    }

    private static Element element(byte[] xml) {
        try {
            return SecureXml.threadDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (SAXException | IOException e) {
            return null;
        }
    }

    private byte[] marshal(Object root) {
        try {
            Marshaller m = schema.context().createMarshaller();
            m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.marshal(root, out);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write the envelope", e);
        }
    }

    /** A StUF message of the model (a Bv03, an Fo03), written and checked against the XSD. */
    public byte[] marshalChecked(Object root) {
        return checked(marshal(root));
    }

    /** The hub never sends an envelope that fails the XSD. */
    private byte[] checked(byte[] xml) {
        List<String> errors = schema.validate(xml);
        if (!errors.isEmpty()) throw new IllegalStateException("the hub built an invalid envelope: " + errors);
        return xml;
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("an outgoing envelope needs " + field);
    }
}
