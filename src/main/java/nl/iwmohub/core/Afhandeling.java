package nl.iwmohub.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.ingest.OntvangenBericht;
import nl.iwmohub.rules.Finding;

/**
 * The message-specific part of processing one message type, run inside the transaction of its message
 * after the XSLT-level and Header rules passed: the level 3/4 checks below the Header, and the state changes.
 */
public interface Afhandeling {

    /** What the handling found and what it adds to the outgoing messages besides the retour. */
    record Resultaat(List<Finding> findings, long totaalToegekend, List<Uitgaand> extraOutgoing, String note,
                     List<String> details) {
        public Resultaat(List<Finding> findings, long totaalToegekend, List<Uitgaand> extraOutgoing, String note) {
            this(findings, totaalToegekend, extraOutgoing, note, List.of());
        }

        public static Resultaat of(List<Finding> findings) {
            return new Resultaat(findings, 0, List.of(), null);
        }
    }

    Resultaat handle(Connection connection, OntvangenBericht bericht, long berichtId, LocalDate today)
            throws SQLException;
}
