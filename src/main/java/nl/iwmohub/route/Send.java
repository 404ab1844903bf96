package nl.iwmohub.route;

import nl.iwmohub.outbox.Outbox;
import nl.iwmohub.outbox.OutgoingFile;
import nl.iwmohub.verdict.Outgoing;
import nl.iwmohub.verdict.ProcessingResult;

/**
 * The last step of the ingest route: writes the outgoing files of a processed message through the outbox,
 * after the transaction that stored them. The outbox knows files and bytes; this step knows the result.
 */
public final class Send {
    private final Outbox outbox;

    public Send(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Writes every outgoing file of {@code result}, in order, and hands the result on. */
    public ProcessingResult write(ProcessingResult result) {
        for (Outgoing u : result.outgoing()) {
            outbox.write(new OutgoingFile(u.partij(), u.bestandsnaam(), u.inhoud(), u.storeId()));
        }
        return result;
    }
}
