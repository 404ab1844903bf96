package nl.iwmohub.processing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.iwmohub.read.ReceivedBericht;
import nl.iwmohub.rules.contract.Judgement;
import nl.iwmohub.verdict.Finding;
import nl.iwmohub.verdict.Outgoing;

/**
 * The part of processing that is one message type's own, run inside the transaction of its message after the
 * phases on the whole message passed: it reads the snapshot its rules need from the store, runs the type's phases
 * of the registry through the message's {@link Judgement}, and writes the state the message changes.
 */
public interface Handler {

    /**
     * What the handling found and what it adds to the outgoing messages besides the retour; referenties maps the
     * berichtklasse of each prestatie to its ReferentieNummer, stored with the findings about it.
     */
    record Result(List<Finding> findings, long totaalToegekend, List<Outgoing> extraOutgoing, String note,
                     List<String> details, Map<String, String> referenties) {
        public Result(List<Finding> findings, long totaalToegekend, List<Outgoing> extraOutgoing, String note) {
            this(findings, totaalToegekend, extraOutgoing, note, List.of(), Map.of());
        }

        public Result(List<Finding> findings, long totaalToegekend, List<Outgoing> extraOutgoing, String note,
                      List<String> details) {
            this(findings, totaalToegekend, extraOutgoing, note, details, Map.of());
        }
    }

    Result handle(Connection connection, ReceivedBericht bericht, long berichtId, LocalDate today,
                     Judgement judgement) throws SQLException;

    /** Called in the same transaction once the message's findings are stored: for state derived from both. */
    default void stored(Connection connection, long berichtId) throws SQLException {}
}
