package nl.iwmohub.ggk;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Envelopes as the GGk delivers them to a gemeente, for the tests: a Di01 or Du01 around a payload, an Fo01. */
final class TestEnvelopes {
    private TestEnvelopes() {}

    static byte[] di01(String referentienummer, String functie, String zender, String ontvanger, byte[] payload) {
        return envelope("Di01", referentienummer, null, functie, zender, ontvanger, Base64.getEncoder().encodeToString(payload));
    }

    static byte[] du01(String referentienummer, String crossRefnummer, String functie, String zender, String ontvanger,
                       byte[] payload) {
        return envelope("Du01", referentienummer, crossRefnummer, functie, zender, ontvanger,
                Base64.getEncoder().encodeToString(payload));
    }

    static byte[] envelope(String code, String referentienummer, String crossRefnummer, String functie, String zender,
                           String ontvanger, String base64) {
        String root = code.equals("Di01") ? Ggk.DI01 : Ggk.DU01;
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
                + "<GGK:" + root + " xmlns:GGK=\"" + Ggk.GGK_NAMESPACE + "\" xmlns:StUF=\"" + Ggk.STUF_NAMESPACE + "\">"
                + "<GGK:stuurgegevens><StUF:berichtcode>" + code + "</StUF:berichtcode>"
                + "<StUF:zender><StUF:organisatie>" + zender + "</StUF:organisatie><StUF:applicatie>ZorgAdminPro</StUF:applicatie></StUF:zender>"
                + "<StUF:ontvanger><StUF:organisatie>" + ontvanger + "</StUF:organisatie><StUF:applicatie>GGk</StUF:applicatie></StUF:ontvanger>"
                + "<StUF:referentienummer>" + referentienummer + "</StUF:referentienummer>"
                + "<StUF:tijdstipBericht>20261115091512</StUF:tijdstipBericht>"
                + (crossRefnummer == null ? "" : "<StUF:crossRefnummer>" + crossRefnummer + "</StUF:crossRefnummer>")
                + "<StUF:functie>" + functie + "</StUF:functie></GGK:stuurgegevens>"
                + "<GGK:parameters><GGK:applicatieVersie>0007</GGK:applicatieVersie><GGK:applicatieSubversie>0003</GGK:applicatieSubversie>"
                + "<GGK:functieVersie>0003</GGK:functieVersie><GGK:functieSubversie>0002</GGK:functieSubversie>"
                + "<GGK:bericht><GGK:xmlBestand>" + base64 + "</GGK:xmlBestand></GGK:bericht></GGK:parameters></GGK:" + root + ">\r\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] fo01(String code, String zender, String crossRefnummer) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<StUF:Fo01Bericht xmlns:StUF=\"" + Ggk.STUF_NAMESPACE + "\">"
                + "<StUF:stuurgegevens><StUF:berichtcode>Fo01</StUF:berichtcode>"
                + "<StUF:zender><StUF:organisatie>" + zender + "</StUF:organisatie><StUF:applicatie>GGKWebservice</StUF:applicatie></StUF:zender>"
                + "<StUF:ontvanger><StUF:organisatie>0109</StUF:organisatie><StUF:applicatie>GGk</StUF:applicatie></StUF:ontvanger>"
                + "<StUF:referentienummer>" + java.util.UUID.randomUUID() + "</StUF:referentienummer>"
                + "<StUF:tijdstipBericht>20261115101207455</StUF:tijdstipBericht>"
                + "<StUF:crossRefnummer>" + crossRefnummer + "</StUF:crossRefnummer></StUF:stuurgegevens>"
                + "<StUF:body><StUF:code>" + code + "</StUF:code><StUF:plek>server</StUF:plek>"
                + "<StUF:omschrijving>Aangeboden berichttype tijdelijk geblokkeerd</StUF:omschrijving></StUF:body></StUF:Fo01Bericht>\r\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
