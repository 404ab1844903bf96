package nl.iwmohub.verdict;

/**
 * A file the hub sends: a retour message, a delivered toewijzing or an error notice. {@code partij} is the
 * AGB or gemeente code whose outbox folder receives it.
 */
public record Outgoing(String partij, String bestandsnaam, String berichtType, byte[] inhoud, Long storeId) {
    public Outgoing(String partij, String bestandsnaam, String berichtType, byte[] inhoud) {
        this(partij, bestandsnaam, berichtType, inhoud, null);
    }

    public Outgoing withInhoud(byte[] other) {
        return new Outgoing(partij, bestandsnaam, berichtType, other, storeId);
    }

    public Outgoing stored(long id) {
        return new Outgoing(partij, bestandsnaam, berichtType, inhoud, id);
    }
}
