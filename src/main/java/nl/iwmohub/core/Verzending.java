package nl.iwmohub.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.iwmohub.ingest.BerichtReader;
import nl.iwmohub.store.BerichtStore;

/**
 * Stores the messages the hub sends, in the transaction of the message they answer. The outbox writes
 * them after the commit and marks them written; one that is stored but not written (the hub stopped in
 * between) is written when its input arrives again, so every stored outcome gets its message exactly once.
 */
final class Verzending {
    private Verzending() {}

    static List<Uitgaand> store(Connection c, Hub hub, long answers, String identificatie, LocalDate dagtekening,
                                List<Uitgaand> outgoing) throws SQLException {
        List<Uitgaand> stored = new ArrayList<>();
        for (Uitgaand u : outgoing) {
            long id = hub.berichten().insert(c, new BerichtStore.BerichtRecord("UIT", u.berichtType(), null, u.partij(),
                    identificatie, dagtekening, u.bestandsnaam(), BerichtReader.sha256(u.inhoud()), u.inhoud(),
                    Instant.now(hub.clock()), "SENT", answers));
            stored.add(u.stored(id));
        }
        return stored;
    }
}
