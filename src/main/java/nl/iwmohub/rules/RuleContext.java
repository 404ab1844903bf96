package nl.iwmohub.rules;

import java.time.LocalDate;
import nl.iwmohub.ingest.OntvangenBericht;

/** What a rule may consult: the message, today's date (fixed in batch mode and tests) and earlier messages. */
public record RuleContext(OntvangenBericht bericht, LocalDate today, History history) {

    /** The part of the store that message-crossing rules read. */
    public interface History {
        /** TR056: has this sender used this Identificatie for this message type before? */
        boolean identificatieUsed(String berichtType, String verzender, String identificatie);
    }
}
