package nl.iwmohub.route;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Collectors;
import nl.iwmohub.bericht.LogText;
import nl.iwmohub.bericht.Privacy;
import nl.iwmohub.outbox.Outbox;
import nl.iwmohub.verdict.ProcessingResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last step of a lane route: settles the work file once its message is processed, under the name it
 * arrived as: into the archive, or into the rejected folder with a readable report beside it. Nothing is
 * deleted and nothing is overwritten. A file that cannot be moved stays in the work folder; the lane does not
 * take it again, the next start does.
 */
public final class Settle {
    private static final Logger LOG = LoggerFactory.getLogger(Settle.class);
    private final Path archive;
    private final Path rejected;
    private final BackOff backOff;
    private final java.util.concurrent.atomic.AtomicLong quarantined = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong internalErrors = new java.util.concurrent.atomic.AtomicLong();

    public Settle(Path archive, Path rejected, BackOff backOff) {
        this.archive = archive;
        this.rejected = rejected;
        this.backOff = backOff;
    }

    /**
     * Settles {@code workFile} by the result of its processing. Its message is processed and answered: a folder
     * that cannot be written now is waited for (the lane waits with it), so that the file is not processed again.
     */
    public void settle(String workFile, ProcessingResult result) {
        Path file = Path.of(workFile);
        String name = Lanes.arrivedAs(file);
        for (int attempt = 1; ; attempt++) {
            try {
                if (result.quarantined()) {
                    Path target = moveWithReport(file, name, report(result));
                    quarantined.incrementAndGet();
                    LOG.warn("{} moved to {}: {}", result.fileName(), target, result.reason());
                } else {
                    Path target = moveInto(file, name, archive);
                    LOG.info("{} ({} {}) {}; archived as {}", result.fileName(), result.berichtType(),
                            result.identificatie(), result.outcome(), target.getFileName());
                }
                backOff.recovered();
                return;
            } catch (IOException | RuntimeException e) {
                try {
                    backOff.waitOrThrow(e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e,
                            "settling " + name, attempt);
                } catch (RuntimeException notNow) {
                    stays(file, name, e);
                    return;
                }
            }
        }
    }

    /**
     * Moves a work file that could not be processed because of an internal error into the rejected folder, with
     * an INTERNAL_ERROR report, instead of taking it again and again.
     */
    public void failed(String workFile, Throwable cause) {
        Path file = Path.of(workFile);
        String name = Lanes.arrivedAs(file);
        try {
            if (!Files.exists(file)) return;
            Path target = moveWithReport(file, name, "File: " + LogText.escape(Privacy.fileName(name)) + "\nOutcome: INTERNAL_ERROR\n"
                    + "Reason: the hub failed while processing this file; it was not answered. Give this report to the"
                    + " hub's operators.\nError: " + LogText.escape(Privacy.maskPossibleBsns(String.valueOf(cause))) + "\n");
            internalErrors.incrementAndGet();
            LOG.error("internal error on {}; moved to {}", name, target, cause);
        } catch (IOException | RuntimeException e) {
            stays(file, name, e);
        }
    }

    /** Files moved to the rejected folder as quarantined (or XSD-invalid) since the start. */
    public long quarantinedSinceStart() {
        return quarantined.get();
    }

    /** Files moved to the rejected folder with an INTERNAL_ERROR report since the start. */
    public long internalErrorsSinceStart() {
        return internalErrors.get();
    }

    private static void stays(Path file, String name, Exception e) {
        LOG.error("cannot process {}; it stays in {} and is tried again at the next start", name, file.getParent(), e);
    }

    /**
     * Into the rejected folder: the report first (written whole under a hidden name, then renamed), then the
     * file, so that a file in rejected/ always has its complete report beside it.
     */
    private Path moveWithReport(Path file, String name, String report) throws IOException {
        Files.createDirectories(rejected);
        Path target = Outbox.uniqueTarget(rejected, name);
        Path reportFile = target.resolveSibling(target.getFileName() + ".report.txt");
        Path temp = target.resolveSibling("." + reportFile.getFileName() + ".tmp");
        Files.writeString(temp, report, StandardCharsets.UTF_8);
        Files.move(temp, reportFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path moveInto(Path file, String name, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = Outbox.uniqueTarget(folder, name);
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The readable report next to a rejected file: what is wrong and where. BSNs masked. */
    public static String report(ProcessingResult r) {
        StringBuilder s = new StringBuilder();
        s.append("File: ").append(LogText.escape(Privacy.fileName(r.fileName()))).append('\n');
        s.append("Outcome: ").append(r.outcome()).append('\n');
        if (r.berichtType() != null) s.append("Message: ").append(r.berichtType()).append(", Identificatie ")
                .append(r.identificatie()).append(", sender ").append(r.verzender()).append('\n');
        s.append("Reason: ").append(LogText.escape(r.reason())).append('\n');
        if (!r.details().isEmpty()) {
            s.append("Details:\n").append(r.details().stream().map(d -> "  - " + LogText.escape(d))
                    .collect(Collectors.joining("\n"))).append('\n');
        }
        if (!r.outgoing().isEmpty()) {
            s.append("Sent to the sender: ").append(r.outgoing().stream().map(u -> u.partij() + "/" + u.bestandsnaam())
                    .collect(Collectors.joining(", "))).append('\n');
        }
        return s.toString();
    }
}
