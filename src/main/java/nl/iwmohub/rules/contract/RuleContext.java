package nl.iwmohub.rules.contract;

import java.time.LocalDate;
import nl.iwmohub.read.ReceivedBericht;

/**
 * The subject of the rules on the whole message: the message, today's date (fixed in batch mode and tests) and
 * what the Header rules need of the store, read before they run: whether the sender used this Identificatie
 * for this message type before (TR056).
 */
public record RuleContext(ReceivedBericht bericht, LocalDate today, boolean identificatieGebruikt) {

    /** Outside processing (the check command, the outgoing check): nothing was read from the store. */
    public static RuleContext withoutHistory(ReceivedBericht bericht, LocalDate today) {
        return new RuleContext(bericht, today, false);
    }
}
