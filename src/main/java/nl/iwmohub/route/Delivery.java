package nl.iwmohub.route;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.io.InputStream;

/**
 * A file handed to the ingest route: the name it arrived under, and where its bytes are (a file, read only
 * after its size is checked, or bytes given directly). A lane hands over its work file under the name the
 * file had in the inbox; the batch command hands over a file or bytes.
 */
public record Delivery(String name, Path file, byte[] bytes, int unfinishedAttempts) {

    public Delivery {
        if ((file == null) == (bytes == null)) throw new IllegalArgumentException("a file or bytes, not both");
    }

    public static Delivery of(String name, Path file) {
        return new Delivery(name, file, null, 0);
    }

    public static Delivery of(String name, byte[] bytes) {
        return new Delivery(name, null, bytes, 0);
    }

    /** A work file that its lane started this many times before without finishing (the hub stopped or died). */
    static Delivery unfinished(String name, Path file, int attempts) {
        return new Delivery(name, file, null, attempts);
    }

    /** Its size, without reading it. */
    public long length() throws IOException {
        return bytes != null ? bytes.length : attributes().size();
    }

    /** Whether its bytes can be read: given directly, or a regular file that is not a symbolic link. */
    public boolean regular() throws IOException {
        return bytes != null || attributes().isRegularFile();
    }

    /** Its bytes, read now; never through a symbolic link. */
    public byte[] read() throws IOException {
        if (bytes != null) return bytes;
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return in.readAllBytes();
        }
    }

    private BasicFileAttributes attributes() throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }
}
