package nl.iwmohub.verdict;

import java.util.List;
import nl.iwmohub.verdict.Finding;
import nl.iwmohub.verdict.Outcome;

/**
 * The outcome of one input: for the report, the outbox and the inbox's archive or quarantine.
 * {@code details} holds the readable reasons of a quarantine or the XSD errors (BSNs masked).
 */
public record ProcessingResult(String fileName, Outcome outcome, String berichtType, String identificatie,
                               String verzender, String reason, List<String> details, List<Finding> findings,
                               List<Outgoing> outgoing) {

    public boolean quarantined() {
        return outcome == Outcome.QUARANTINED || outcome == Outcome.XSD_INVALID;
    }
}
