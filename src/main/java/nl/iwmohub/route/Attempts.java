package nl.iwmohub.route;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How often each work file was started without finishing: one small file per work file's sequence number in a
 * hidden folder beside the work folder ({@code data/.work-attempts}), written before processing starts and removed
 * when it ends. It survives a stop and a killed process, which is when it matters.
 */
final class Attempts {
    private final Path folder;
    private final int max;

    Attempts(Path folder, int max) {
        this.folder = folder;
        this.max = max;
    }

    /** Counts a start; returns how many earlier starts did not finish. */
    int start(long sequence) throws IOException {
        Files.createDirectories(folder);
        int before = unfinished(sequence);
        Files.writeString(folder.resolve(Long.toString(sequence)), Integer.toString(before + 1), StandardCharsets.US_ASCII);
        return before;
    }

    /** How many starts of this file did not finish. */
    int unfinished(long sequence) throws IOException {
        Path counter = folder.resolve(Long.toString(sequence));
        if (!Files.isRegularFile(counter)) return 0;
        try {
            return Integer.parseInt(Files.readString(counter, StandardCharsets.US_ASCII).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A start inside a group: marked apart, so that a killed group costs its files no count of their own. */
    void startInGroup(long sequence) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("g" + sequence), "", StandardCharsets.US_ASCII);
    }

    /** Whether a group holding this file was started and did not finish. */
    boolean groupUnfinished(long sequence) {
        return Files.isRegularFile(folder.resolve("g" + sequence));
    }

    boolean exhausted(int unfinished) {
        return unfinished >= max;
    }

    void finished(long sequence) {
        try {
            Files.deleteIfExists(folder.resolve(Long.toString(sequence)));
            Files.deleteIfExists(folder.resolve("g" + sequence));
        } catch (IOException e) {
            // a counter left behind is removed at the next start if its file is gone
        }
    }

    /** At start-up: the counters of files no longer in the work folder go. */
    void keepOnly(List<Long> sequences) throws IOException {
        if (!Files.isDirectory(folder)) return;
        Set<String> keep = new HashSet<>();
        for (long s : sequences) {
            keep.add(Long.toString(s));
            keep.add("g" + s);
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                if (!keep.contains(p.getFileName().toString())) Files.deleteIfExists(p);
            }
        }
    }
}
