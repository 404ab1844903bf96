package nl.iwmohub.route;

import nl.iwmohub.ggk.GgkOutbound;
import nl.iwmohub.outbox.Outbox;
import nl.iwmohub.outbox.OutgoingFile;
import nl.iwmohub.verdict.Outgoing;
import nl.iwmohub.verdict.ProcessingResult;

/**
 * The last step of the ingest route: writes the outgoing files of a processed message through the outbox,
 * after the transaction that stored them. The outbox knows files and bytes; this step knows the result. With
 * the GGk transport ({@code ggk} not null) each iWmo message is written in its StUF-GGk envelope instead; an
 * Fo01 is an envelope already, and a text notice about a bare file stays a text file.
 */
public final class Send {
    private final Outbox outbox;
    private final GgkOutbound ggk;

    public Send(Outbox outbox) {
        this(outbox, null);
    }

    public Send(Outbox outbox, GgkOutbound ggk) {
        this.outbox = outbox;
        this.ggk = ggk;
    }

    /** Writes every outgoing file of {@code result}, in order, and hands the result on. */
    public ProcessingResult write(ProcessingResult result) {
        for (Outgoing u : result.outgoing()) {
            if (ggk != null && u.storeId() != null && u.berichtType().startsWith("WMO")) {
                ggk.envelope(u.storeId(), u.partij(), u.bestandsnaam(), u.berichtType(), u.inhoud()).ifPresent(outbox::write);
            } else {
                outbox.write(new OutgoingFile(u.partij(), u.bestandsnaam(), u.inhoud(), u.storeId()));
            }
        }
        return result;
    }
}
