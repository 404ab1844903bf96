package nl.iwmohub.outbox;

/**
 * One file the hub sends: the AGB or gemeente code whose outbox folder receives it, its name, its bytes, and
 * the id under which the store keeps it (null: not stored, nothing to mark).
 */
public record OutgoingFile(String party, String fileName, byte[] bytes, Long storeId) {}
