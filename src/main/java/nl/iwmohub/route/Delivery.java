package nl.iwmohub.route;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
        return bytes != null ? bytes.length : Files.size(file);
    }

    /** Its bytes, read now. */
    public byte[] read() throws IOException {
        return bytes != null ? bytes : Files.readAllBytes(file);
    }
}
