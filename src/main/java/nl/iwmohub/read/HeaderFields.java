package nl.iwmohub.read;

/**
 * Header values as read from the raw text, before and regardless of XSD validity: they say who must get
 * the error notice of an invalid message. Any of them may be null.
 */
public record HeaderFields(String berichtCode, String afzender, String ontvanger, String identificatie,
                           String dagtekening, String basisschemaXsdVersie, String berichtXsdVersie) {
    public static final HeaderFields NONE = new HeaderFields(null, null, null, null, null, null, null);
}
