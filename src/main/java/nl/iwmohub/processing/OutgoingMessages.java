package nl.iwmohub.processing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.iwmohub.outbox.Op192;
import nl.iwmohub.processing.Hub;
import nl.iwmohub.read.BerichtReader;
import nl.iwmohub.store.BerichtStore;
import nl.iwmohub.verdict.Outgoing;

/**
 * Stores the messages the hub sends, in the transaction of the message they answer. The outbox writes
 * them after the commit and marks them written; one that is stored but not written (the hub stopped in
 * between) is written when its input arrives again, so every stored outcome gets its message exactly once.
 */
final class OutgoingMessages {
    private OutgoingMessages() {}

    /** {@code answersSha256}: of the received message; a message sent with the same bytes is stored as a copy. */
    static List<Outgoing> store(Connection c, Hub hub, long answers, String answersSha256, String identificatie,
                                LocalDate dagtekening, List<Outgoing> outgoing) throws SQLException {
        List<Outgoing> stored = new ArrayList<>();
        for (Outgoing u : outgoing) {
            // OP192: what the hub sends is stored and written as UTF-8 without BOM, CR LF, XML 1.0
            if (u.berichtType().startsWith("WMO")) u = u.withInhoud(Op192.normalise(u.inhoud()));
            String sha256 = BerichtReader.sha256(u.inhoud());
            BerichtStore.BerichtRecord record = new BerichtStore.BerichtRecord("UIT", u.berichtType(), null, u.partij(),
                    identificatie, dagtekening, u.bestandsnaam(), sha256, u.inhoud(), hub.now(), "SENT", answers);
            // a WMO301 delivered unchanged: its bytes are in the store once, as received
            long id = sha256.equals(answersSha256) ? hub.berichten().insertCopy(c, record, answers)
                    : hub.berichten().insert(c, record);
            stored.add(u.stored(id));
        }
        return stored;
    }
}
