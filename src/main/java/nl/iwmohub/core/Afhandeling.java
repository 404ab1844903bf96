package nl.iwmohub.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.ingest.OntvangenBericht;
import nl.iwmohub.rules.contract.Judgement;
import nl.iwmohub.verdict.Finding;

/**
 * The part of processing that is one message type's own, run inside the transaction of its message after the
 * phases on the whole message passed: it reads the snapshot its rules need from the store, runs the type's phases
 * of the registry through the message's {@link Judgement}, and writes the state the message changes.
 */
public interface Afhandeling {

    /** What the handling found and what it adds to the outgoing messages besides the retour. */
    record Resultaat(List<Finding> findings, long totaalToegekend, List<Uitgaand> extraOutgoing, String note,
                     List<String> details) {
        public Resultaat(List<Finding> findings, long totaalToegekend, List<Uitgaand> extraOutgoing, String note) {
            this(findings, totaalToegekend, extraOutgoing, note, List.of());
        }
    }

    Resultaat handle(Connection connection, OntvangenBericht bericht, long berichtId, LocalDate today,
                     Judgement judgement) throws SQLException;
}
