package nl.iwmohub.route;

import java.util.ArrayList;
import java.util.List;
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
     * counts one it finds with the same bytes as written. Inside a group ({@link LaneGroup}) nothing is committed
     * yet: each stored file is staged and marked written in the group's transaction, a file not stored is kept,
     * and {@link #afterCommit} writes them.
     */
    public ProcessingResult write(ProcessingResult result) {
        boolean grouped = outbox.grouped();
        for (Outgoing u : result.outgoing()) {
            if (grouped) {
                OutgoingFile file = file(u);
                if (file == null) continue;
                // a fault here fails the group, which is rolled back and processed again one file at a time
                if (file.storeId() != null) pending.get().staged.add(outbox.stage(file));
                else pending.get().later.add(file);
                continue;
            }
            waitedFor(u.partij() + "/" + u.bestandsnaam(), () -> {
                OutgoingFile file = file(u);
                if (file != null) outbox.write(file);
            });
        }
        return result;
    }

    /** A step after the commit: a fault of the environment is waited for in place and the step tried again. */
    private void waitedFor(String what, Runnable step) {
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                backOff.recovered();
                return;
            } catch (RuntimeException e) {
                backOff.waitOrThrow(e, "writing " + what + " to the outbox", attempt);
            }
        }
    }

    /** The file to write for an outgoing message: in its envelope with the GGk transport; null: not sent (too large). */
    private OutgoingFile file(Outgoing u) {
        if (ggk != null && u.storeId() != null && u.berichtType().startsWith("WMO")) {
            return ggk.envelope(u.storeId(), u.partij(), u.bestandsnaam(), u.berichtType(), u.inhoud()).orElse(null);
        }
        return new OutgoingFile(u.partij(), u.bestandsnaam(), u.inhoud(), u.storeId());
    }

    /**
     * After the group committed: the staged files get their names and the files not stored are written, in the
     * order of the group. Committed already, so a fault of the environment is waited for in place.
     */
    public void afterCommit() {
        Pending p = pending.get();
        pending.remove();
        for (Outbox.Staged staged : p.staged) waitedFor(staged.party() + "/" + staged.fileName(), () -> outbox.finish(staged));
        for (OutgoingFile file : p.later) waitedFor(file.party() + "/" + file.fileName(), () -> outbox.write(file));
    }

    /** After the group was rolled back: what it staged goes; its messages are processed again. */
    public void afterRollback() {
        Pending p = pending.get();
        pending.remove();
        p.staged.forEach(outbox::discard);
    }

    /** What the group on this thread staged or keeps for after its commit. */
    private static final class Pending {
        final List<Outbox.Staged> staged = new ArrayList<>();
        final List<OutgoingFile> later = new ArrayList<>();
    }

    private final ThreadLocal<Pending> pending = ThreadLocal.withInitial(Pending::new);
}
