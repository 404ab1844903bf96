package nl.iwmohub.ggk;

import java.util.Map;

/**
 * What a received Fo01's code means, read by its source (zender/organisatie): the IB's, RINIS's and VECOZO's
 * codes of the 2018 VNG list (revisie 3), the one the envelope specification belongs to (README §8.2). The
 * BIDN list of November 2025 reuses IB numbers with other meanings (IB007, IB009, ...; §8.3): where the two
 * differ both are named, because the code alone does not say which list its sender follows. The omschrijving
 * the sender wrote is always kept beside this.
 */
public final class Fo01Codes {
    private static final Map<String, String> VNG_2018 = Map.ofEntries(
            Map.entry("StUF055", "message body does not conform to the schema"),
            Map.entry("IB002", "sending organisation not authorised to use the GGk"),
            Map.entry("IB007", "message larger than the 25 MB maximum"),
            Map.entry("IB009", "(cross)referentienummer is not a valid UUID v4"),
            Map.entry("IB101", "no valid CPA for this organisation and berichttype"),
            Map.entry("IB102", "no routing for this organisation and berichttype"),
            Map.entry("IB103", "berichttype temporarily blocked (freeze): send again after it ends"),
            Map.entry("IB210", "receiving organisation unknown to the GGk"),
            Map.entry("IB213", "sending organisation unknown to the GGk"),
            Map.entry("IB234", "combination of functie and organisatie not allowed"),
            Map.entry("IB240", "combination of berichtcode and functie not allowed"),
            Map.entry("IB798", "StUF version differs from the configured version"),
            Map.entry("RIN001", "the StUF envelope fails the XSD"),
            Map.entry("BRS02", "submitting party lacks the role or grondslag for this berichttype"),
            Map.entry("BRS03", "submitter has no toestemmingsverklaring from the sender"),
            Map.entry("BRS04", "addressee not connected to VECOZO, or the AGB code is wrong"),
            Map.entry("BRS05", "addressee lacks the Wmo/Jeugdwet grondslag for this berichttype"),
            Map.entry("BRS06", "addressee has no toestemmingsverklaring for receiving via another party"),
            Map.entry("CC02", "payload does not conform to the iStandaarden XSD"),
            Map.entry("CC03", "file larger than 25 MB"),
            Map.entry("CC04", "referentienummer or crossRefnummer missing or not UUID v4"),
            Map.entry("CC06", "applicatie, applicatieVersie or applicatieSubversie not filled"),
            Map.entry("CC08", "referentienummer not unique within the sender's flow"),
            Map.entry("CC11", "a retour for this declaratie was delivered already (one 325 per 323)"));
    private static final Map<String, String> BIDN_2025 = Map.ofEntries(
            Map.entry("IB001", "message does not conform to the XSD"),
            Map.entry("IB002", "sending organisation not authorised to use the GGk"),
            Map.entry("IB003", "larger than 25 MB"),
            Map.entry("IB004", "function not supported"),
            Map.entry("IB005", "gemeentecode unknown to the GGk"),
            Map.entry("IB006", "sending system not authorised for this berichtcode, entiteittype and functie"),
            Map.entry("IB007", "combination of functie and organisatie not allowed"),
            Map.entry("IB008", "submitting party lacks the right role or grondslag"),
            Map.entry("IB009", "no toestemmingsverklaring from the sender"),
            Map.entry("IB010", "addressee not connected to VECOZO, or AGB wrong"),
            Map.entry("IB011", "addressee lacks the right role"),
            Map.entry("IB012", "payload larger than 25 MB"),
            Map.entry("IB013", "virus found; file removed"),
            Map.entry("IB014", "payload does not conform to the XSD"),
            Map.entry("IB016", "referentienummer not unique"),
            Map.entry("IB019", "declaratie-antwoord already submitted"),
            Map.entry("IB020", "declaratie-antwoord already submitted"),
            Map.entry("IB021", "AlsAntwoordOp not filled"),
            Map.entry("IB022", "AlsAntwoordOp not filled"),
            Map.entry("IB023", "function not active: send again later"));

    private Fo01Codes() {}

    /** The meaning of {@code code} from {@code source}, in English, naming the list it comes from. */
    public static String meaning(String source, String code) {
        if (code == null) return "no code";
        String keten = source == null ? "" : source.trim().toUpperCase(java.util.Locale.ROOT);
        boolean ketenParty = keten.equals("IB") || keten.equals("BIDN") || keten.equals("RINIS") || keten.equals("VECOZO")
                || keten.isEmpty();
        String vng = VNG_2018.get(code);
        String bidn = ketenParty ? BIDN_2025.get(code) : null;
        if (!ketenParty && code.equals("StUF055")) return vng + " (from " + source + ")";
        if (vng != null && bidn != null && !vng.equals(bidn)) {
            return vng + " (VNG list 2018); in the BIDN list of November 2025: " + bidn;
        }
        if (vng != null) return vng + " (VNG list 2018)";
        if (bidn != null) return bidn + " (BIDN list November 2025)";
        return "a code of neither list; see the omschrijving";
    }

    /** Whether the sender asks to send the same content again later (a freeze, an inactive function). */
    public static boolean retryLater(String code) {
        return "IB103".equals(code) || "IB023".equals(code);
    }
}
