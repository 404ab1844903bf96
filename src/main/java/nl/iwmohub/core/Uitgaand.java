package nl.iwmohub.core;

/**
 * A file the hub sends: a retour message, a delivered toewijzing or an error notice. {@code partij} is the
 * AGB or gemeente code whose outbox folder receives it.
 */
public record Uitgaand(String partij, String bestandsnaam, String berichtType, byte[] inhoud, Long storeId) {
    public Uitgaand(String partij, String bestandsnaam, String berichtType, byte[] inhoud) {
        this(partij, bestandsnaam, berichtType, inhoud, null);
    }

    public Uitgaand stored(long id) {
        return new Uitgaand(partij, bestandsnaam, berichtType, inhoud, id);
    }
}
