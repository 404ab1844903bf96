package nl.iwmohub.ggk;

/** The names and limits of StUF-GGk ggk0210 (StUF-GGk 2.1 patch 04) that the hub's envelope code shares. */
public final class Ggk {
    public static final String GGK_NAMESPACE = "http://www.stufstandaarden.nl/koppelvlak/ggk0210";
    public static final String STUF_NAMESPACE = "http://www.egem.nl/StUF/StUF0301";
    /** The pre-2017 namespaces (2.1.02-2.1.03 and 2.0-2.1.01): recognised, never processed (structure.md §8). */
    public static final String LEGACY_NAMESPACE_0210 = "http://www.stufstandaarden.nl/sectormodel/ggk/0210";
    public static final String LEGACY_NAMESPACE_0310 = "http://www.egem.nl/StUF/sector/ggk/0310";
    public static final String DI01 = "envelopHeenbericht-ggk_Di01";
    public static final String DU01 = "envelopRetourbericht-ggk_Du01";
    public static final String FO01 = "Fo01Bericht";
    public static final String SOAP_ACTION_DI01 = GGK_NAMESPACE + "/ggk_Di01";
    public static final String SOAP_ACTION_DU01 = GGK_NAMESPACE + "/ggk_Du01";
    public static final String SOAP_ACTION_FO01 = STUF_NAMESPACE + "/Fo01";
    /** The whole envelope including its base64 content, at most (README §7.1: 25 MB taken as 25 000 000 bytes). */
    public static final long MAX_ENVELOPE_BYTES = 25_000_000L;
    /** ontvanger/applicatie is fixed (README §4.1 row 1.3.2). */
    public static final String GGK_APPLICATIE = "GGk";
    public static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    private Ggk() {}

    /** Di01 for a message that starts an exchange (WMO301, WMO319), Du01 for an answer (README §3.2). */
    public static String berichtcodeFor(String functie) {
        return switch (functie) {
            case "WMO301", "WMO319", "WMO305", "WMO307", "WMO315", "WMO317", "WMO323" -> "Di01";
            default -> "Du01";
        };
    }
}
