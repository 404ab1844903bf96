package nl.iwmohub.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.iwmohub.store.BerichtStore;
import nl.iwmohub.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes outgoing files to {@code <outbox>/<AGB-or-gemeente code>/}, after the transaction that stored them.
 * A file appears whole or not at all: it is written under a hidden temporary name and then renamed; then
 * it is marked written in the store. A file of that name with the same bytes counts as written already
 * (the hub stopped between rename and mark); another file is never overwritten.
 */
public final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private final Path folder;
    private final Database database;
    private final BerichtStore berichten;
    private final Clock clock;

    public Outbox(Path folder, Database database, BerichtStore berichten, Clock clock) {
        this.folder = folder;
        this.database = database;
        this.berichten = berichten;
        this.clock = clock;
    }

    /** A file written whole under its staged name, to be renamed once the group that marked it written commits. */
    public record Staged(Path file, String fileName, byte[] bytes, String party) {}

    /** Writes {@code file} into the folder of its party and then marks it written in the store. */
    public Path write(OutgoingFile file) {
        try {
            Path dir = Files.createDirectories(folder.resolve(safeName(file.party())));
            Path target = dir.resolve(file.fileName());
            if (!holds(target, file.bytes())) {
                Path temp = dir.resolve("." + file.fileName() + ".tmp");
                Files.write(temp, file.bytes());
                target = place(temp, dir, file.fileName(), file.party());
            }
            if (file.storeId() != null) markWritten(file.storeId());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the outbox " + folder, e);
        }
    }

    /**
     * Inside a group (issue 14): writes the stored file whole under a staged name that no reader takes (hidden,
     * ending in .staged; the aanbieder's software and GgkSender take only visible .xml names) and marks it written
     * in the group's transaction, so that "written" costs no transaction of its own. {@link #finish} gives it its
     * name once the group committed; {@link #recover} finishes or removes what a stop left staged.
     */
    public Staged stage(OutgoingFile file) {
        if (file.storeId() == null) throw new IllegalArgumentException("only a stored file is staged");
        try {
            Path dir = Files.createDirectories(folder.resolve(safeName(file.party())));
            Path staged = dir.resolve(STAGED_PREFIX + file.storeId() + "-" + file.fileName() + STAGED_SUFFIX);
            Files.write(staged, file.bytes());
            markWritten(file.storeId());
            return new Staged(staged, file.fileName(), file.bytes(), file.party());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the outbox " + folder, e);
        }
    }

    /** After the commit: the staged file under its own name (or counted as written when that file has its bytes). */
    public Path finish(Staged staged) {
        try {
            Path dir = staged.file().getParent();
            Path target = dir.resolve(staged.fileName());
            if (holds(target, staged.bytes())) {
                Files.deleteIfExists(staged.file());
                return target;
            }
            return place(staged.file(), dir, staged.fileName(), staged.party());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the outbox " + folder, e);
        }
    }

    /** A file of that name with these bytes: the hub stopped after writing it, before it could say so. */
    private static boolean holds(Path target, byte[] bytes) throws IOException {
        return Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes);
    }

    /** Gives a file written whole its name in dir, or name-1, name-2 ... when another file has it. */
    private Path place(Path written, Path dir, String fileName, String party) throws IOException {
        Path target = Files.move(written, uniqueTarget(dir, fileName), StandardCopyOption.ATOMIC_MOVE);
        LOG.info("wrote {} for {}", folder.relativize(target), party);
        return target;
    }

    /** In the transaction of this thread's group, or in one of its own outside a group. */
    private void markWritten(long storeId) {
        database.inTransaction(c -> {
            berichten.markWritten(c, storeId, clock.instant());
            return null;
        });
    }

    /** After a rollback: the staged file goes; its message is not in the store. */
    public void discard(Staged staged) {
        try {
            Files.deleteIfExists(staged.file());
        } catch (IOException e) {
            LOG.warn("cannot remove the staged outbox file {}; it is removed at the next start", staged.file());
        }
    }

    /**
     * At start-up, before the lanes: a staged file whose message the store has as written was committed by a group
     * whose renames a stop interrupted, and gets its name now; any other staged file belongs to a group that was
     * rolled back or never committed, and goes (its message is processed again).
     */
    public int recover() throws IOException {
        if (!Files.isDirectory(folder)) return 0;
        List<Path> stagedFiles;
        try (Stream<Path> walk = Files.walk(folder, 2)) {
            stagedFiles = walk.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(STAGED_PREFIX) && n.endsWith(STAGED_SUFFIX) && Files.isRegularFile(p);
            }).toList();
        }
        int finished = 0;
        for (Path p : stagedFiles) {
            String n = p.getFileName().toString();
            String rest = n.substring(STAGED_PREFIX.length(), n.length() - STAGED_SUFFIX.length());
            int dash = rest.indexOf('-');
            Long id = null;
            try {
                if (dash > 0) id = Long.parseLong(rest.substring(0, dash));
            } catch (NumberFormatException e) {
                id = null;
            }
            String fileName = dash > 0 ? rest.substring(dash + 1) : rest;
            long storeId = id == null ? -1 : id;
            boolean written = id != null && database.inTransaction(c -> berichten.isWritten(c, storeId));
            if (written) {
                finish(new Staged(p, fileName, Files.readAllBytes(p), p.getParent().getFileName().toString()));
                finished++;
            } else {
                LOG.warn("removing the staged outbox file {}: its message was not committed and is processed again", p);
                Files.delete(p);
            }
        }
        if (finished > 0) LOG.info("{} outgoing file(s) committed before a stop got their names now", finished);
        return finished;
    }

    private static final String STAGED_PREFIX = ".staged-";
    private static final String STAGED_SUFFIX = ".staged";

    /** Whether this thread stores inside a group, whose files are staged until it commits. */
    public boolean grouped() {
        return database.grouped();
    }

    /** A file name made of letters, digits, '.', '_' and '-' only. */
    public static String safeName(String name) {
        String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }

    /** {@code name} in {@code dir}, or name-1, name-2 ... (before the extension) when it exists already. */
    public static Path uniqueTarget(Path dir, String name) {
        Path target = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; Files.exists(target); n++) target = dir.resolve(base + "-" + n + ext);
        return target;
    }
}
