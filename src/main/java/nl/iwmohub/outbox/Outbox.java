package nl.iwmohub.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import nl.iwmohub.core.ProcessingResult;
import nl.iwmohub.core.Uitgaand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes outgoing files to {@code <outbox>/<AGB-or-gemeente code>/}. A file appears whole or not at all:
 * it is written under a hidden temporary name and then renamed. An existing file is never overwritten.
 */
public final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private final Path folder;

    public Outbox(Path folder) {
        this.folder = folder;
    }

    /** Route step: writes every outgoing file of the result, after its message's transaction committed. */
    public ProcessingResult write(ProcessingResult result) {
        for (Uitgaand u : result.outgoing()) write(u);
        return result;
    }

    public Path write(Uitgaand u) {
        try {
            Path dir = Files.createDirectories(folder.resolve(safeName(u.partij())));
            Path target = Files.uniqueTarget(dir, u.bestandsnaam());
            Path temp = dir.resolve("." + target.getFileName() + ".tmp");
            Files.write(temp, u.inhoud());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("wrote {} for {}", folder.relativize(target), u.partij());
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

    /** File helpers shared by the outbox and the inbox's archive and quarantine. */
    public static final class Files {
        private Files() {}

        static Path createDirectories(Path dir) throws IOException {
            return java.nio.file.Files.createDirectories(dir);
        }

        static void write(Path path, byte[] bytes) throws IOException {
            java.nio.file.Files.write(path, bytes);
        }

        static void move(Path from, Path to, StandardCopyOption option) throws IOException {
            java.nio.file.Files.move(from, to, option);
        }

        /** {@code name}, or name-1, name-2 ... (before the extension) when it exists already. */
        public static Path uniqueTarget(Path dir, String name) {
            Path target = dir.resolve(name);
            int dot = name.lastIndexOf('.');
            String base = dot > 0 ? name.substring(0, dot) : name;
            String ext = dot > 0 ? name.substring(dot) : "";
            for (int n = 1; java.nio.file.Files.exists(target); n++) target = dir.resolve(base + "-" + n + ext);
            return target;
        }
    }
}
