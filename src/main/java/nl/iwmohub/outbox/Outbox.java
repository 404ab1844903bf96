package nl.iwmohub.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
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

    /** Writes {@code file} into the folder of its party and then marks it written in the store. */
    public Path write(OutgoingFile file) {
        try {
            Path dir = Files.createDirectories(folder.resolve(safeName(file.party())));
            Path target = dir.resolve(file.fileName());
            if (!(Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.bytes()))) {
                target = uniqueTarget(dir, file.fileName());
                Path temp = dir.resolve("." + target.getFileName() + ".tmp");
                Files.write(temp, file.bytes());
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                LOG.info("wrote {} for {}", folder.relativize(target), file.party());
            }
            if (file.storeId() != null) {
                database.inTransaction(c -> {
                    berichten.markWritten(c, file.storeId(), clock.instant());
                    return null;
                });
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the outbox " + folder, e);
        }
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
