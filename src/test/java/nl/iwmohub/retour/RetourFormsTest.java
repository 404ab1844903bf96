package nl.iwmohub.retour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.read.BerichtReader;
import nl.iwmohub.read.ReadResult;
import nl.iwmohub.read.ReceivedBericht;
import nl.iwmohub.read.Schemas;
import nl.iwmohub.support.XmlAssert;
import nl.iwmohub.verdict.Beoordeling;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;
import org.junit.jupiter.api.Test;

/**
 * The forms of IV028 and IV087 for faults below the Header (controleniveau 3/4), which the later rules
 * produce: the builders get findings and must return the messages the standard describes. The expected
 * messages in test-messages/retour-forms were written by hand from IV028 and IV087.
 */
class RetourFormsTest {
    private static final Schemas SCHEMAS = new Schemas();
    private static final Path FORMS = Path.of("test-messages/retour-forms");
    private static final RetourIdentity ID = new RetourIdentity("R00000000001", LocalDate.of(2026, 11, 15));
    private static final String PRESTATIES = "/Bericht/Declaratie/Clienten/Client/Prestaties/";

    private static ReceivedBericht read(String type) throws Exception {
        Path file = Path.of("test-messages/xsd/valid", type + ".xml");
        return ((ReadResult.Readable) new BerichtReader(SCHEMAS, 1 << 26, 100).read(type, Files.readAllBytes(file))).bericht();
    }

    private static Finding finding(String berichtklasse, String code) {
        return new Finding("TEST", code, Controleniveau.BERICHTOVERSTIJGEND, berichtklasse, berichtklasse, "test");
    }

    private static void assertForm(BerichtType type, byte[] actual, String expectedFile) throws Exception {
        new MessageCheck(new BerichtReader(SCHEMAS, 1 << 26, 100), nl.iwmohub.rules.Registry.standard(),
                java.time.Clock.systemDefaultZone()).checkOutgoing(type, actual);
        XmlAssert.assertSameContent(FORMS.resolve(expectedFile).toFile(), actual, expectedFile);
    }

    @Test
    void startProductFaultReturnsTheClientWholeWithCodesPerBerichtklasse() throws Exception {
        Beoordeling b = Beoordeling.of(List.of(finding("/Bericht/Client/StartProducten/StartProduct[2]", "9063")));
        assertEquals(Beoordeling.Vorm.KLASSE_AFKEUR, b.vorm());
        assertForm(BerichtType.WMO306, new RetourBuilder("1.0.0").build(read("WMO305"), b, ID), "WMO306-startproduct-fault.xml");
    }

    @Test
    void clientFaultMarksItsProductsNotAssessed() throws Exception {
        Beoordeling b = Beoordeling.of(List.of(finding("/Bericht/Client", "9019")));
        assertForm(BerichtType.WMO306, new RetourBuilder("1.0.0").build(read("WMO305"), b, ID), "WMO306-client-fault.xml");
    }

    @Test
    void rejectedPrestatieIsReturnedAloneWithItsClient() throws Exception {
        Beoordeling b = Beoordeling.of(List.of(finding(PRESTATIES + "Prestatie[2]", "9321")));
        byte[] xml = new DeclaratieAntwoordBuilder("1.0.0").build(read("WMO323"), b, ID, 162296 - 82680);
        assertForm(BerichtType.WMO325, xml, "WMO325-prestatie-fault.xml");
    }

    @Test
    void clientFaultReturnsAllItsPrestatiesNotAssessed() throws Exception {
        Beoordeling b = Beoordeling.of(List.of(finding("/Bericht/Declaratie/Clienten/Client[2]", "8187")));
        byte[] xml = new DeclaratieAntwoordBuilder("1.0.0").build(read("WMO323"), b, ID, 162296 - 59400);
        assertForm(BerichtType.WMO325, xml, "WMO325-client-fault.xml");
    }

    @Test
    void declaratieFaultGrantsNothingAndReturnsNoClients() throws Exception {
        Beoordeling b = Beoordeling.of(List.of(finding("/Bericht/Declaratie", "9333")));
        byte[] xml = new DeclaratieAntwoordBuilder("1.0.0").build(read("WMO323"), b, ID, 162296);
        assertForm(BerichtType.WMO325, xml, "WMO325-declaratie-fault.xml");
    }
}
