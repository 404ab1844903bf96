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
    private final BackOff backOff;

    /** ggk: null for the bare-file transport. */
    public Send(Outbox outbox, GgkOutbound ggk, BackOff backOff) {
        this.outbox = outbox;
        this.ggk = ggk;
        this.backOff = backOff;
    }

    /**
     * Writes every outgoing file of {@code result}, in order, and hands the result on. The message is recorded
     * and its answers stored already: an outbox that cannot be written (or a store that cannot mark them written)
     * is waited for, and each file is written once it works again; the outbox writes a file whole, once, and
     * counts one it finds with the same bytes as written.
     */
    public ProcessingResult write(ProcessingResult result) {
        for (Outgoing u : result.outgoing()) {
            for (int attempt = 1; ; attempt++) {
                try {
                    if (ggk != null && u.storeId() != null && u.berichtType().startsWith("WMO")) {
                        ggk.envelope(u.storeId(), u.partij(), u.bestandsnaam(), u.berichtType(), u.inhoud()).ifPresent(outbox::write);
                    } else {
                        outbox.write(new OutgoingFile(u.partij(), u.bestandsnaam(), u.inhoud(), u.storeId()));
                    }
                    backOff.recovered();
                    break;
                } catch (RuntimeException e) {
                    backOff.waitOrThrow(e, "writing " + u.partij() + "/" + u.bestandsnaam() + " to the outbox", attempt);
                }
            }
        }
        return result;
    }
}
