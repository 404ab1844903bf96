package nl.iwmohub.route;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import nl.iwmohub.bericht.LogText;
import nl.iwmohub.outbox.Outbox;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the inbox route may take: only a regular file (never through a symbolic link), with a name that is not
 * hidden, does not end in {@code .tmp} (the names a writer uses until its file is complete, then renames) and fits
 * the work folder's names. Before each poll the inbox is listed without following links or opening anything
 * (so a FIFO or device never blocks the consumer); a link, a special file, a sub-folder or a name too long is
 * moved into the rejected folder (the entry itself: a link is moved, not its target) with a report beside it,
 * and a hidden or .tmp name is reported once and left for its writer.
 */
public final class InboxGate implements GenericFileFilter<File>, PollingConsumerPollStrategy {
    private static final Logger LOG = LoggerFactory.getLogger(InboxGate.class);
    /** NAME_MAX of the usual file systems, in bytes. */
    private static final int NAME_MAX = 255;
    /** The longest prefix a work name gets: lane9999-<19 digits>_ */
    static final int WORK_PREFIX = "lane9999-0000000000000000000_".length();
    private final Path inbox;
    private final Path rejected;
    // names reported once and still there (only the inbox consumer's poll thread uses these)
    private Set<String> reported = new HashSet<>();

    public InboxGate(Path inbox, Path rejected) {
        this.inbox = inbox;
        this.rejected = rejected;
    }

    /** A name a writer uses while its file is incomplete; never taken. */
    static boolean inProgress(String name) {
        return name.startsWith(".") || name.endsWith(".tmp");
    }

    /** Whether the name fits a work name (and the rejected folder's report beside it). */
    static boolean fits(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length + WORK_PREFIX <= NAME_MAX;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        Path p = file.getFile().toPath();
        String name = p.getFileName().toString();
        if (inProgress(name) || !fits(name)) return false;
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        Set<String> seen = new HashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    continue;   // gone meanwhile
                }
                String refused = a.isSymbolicLink() ? "a symbolic link; the hub never follows links, so the link itself was moved here and its target was not read"
                        : a.isDirectory() ? "a folder; the inbox takes files only, so the folder was moved here unread"
                        : a.isOther() ? "not a regular file (a FIFO, device or socket); it was moved here unopened"
                        : inProgress(name) ? null
                        : !fits(name) ? "its name is too long for the hub's work folder (" + name.getBytes(StandardCharsets.UTF_8).length
                                + " bytes); the file was moved here unread, under a shorter name"
                        : null;
                if (refused != null) {
                    moveAside(entry, name, refused, seen);
                } else if (inProgress(name)) {
                    seen.add(name);
                    if (!reported.contains(name)) {
                        LOG.info("{} in the inbox has a hidden or .tmp name: it is never taken (a writer renames a complete file)",
                                LogText.escape(name));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot list the inbox {}: {}", inbox, LogText.escape(e.toString()));
        }
        reported = seen;
        return true;
    }

    private void moveAside(Path entry, String name, String reason, Set<String> seen) {
        try {
            Files.createDirectories(rejected);
            String kept = fits(name) ? name : shortened(name);
            Path target = Outbox.uniqueTarget(rejected, kept);
            Path report = target.resolveSibling(target.getFileName() + ".report.txt");
            Path temp = target.resolveSibling("." + report.getFileName() + ".tmp");
            Files.writeString(temp, "File: " + LogText.escape(name) + "\nOutcome: QUARANTINED\nReason: " + reason + "\n",
                    StandardCharsets.UTF_8);
            Files.move(temp, report, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.move(entry, target, StandardCopyOption.ATOMIC_MOVE, LinkOption.NOFOLLOW_LINKS);
            LOG.warn("refused {} in the inbox: {}; moved to {}", LogText.escape(name), reason, LogText.escape(target.toString()));
        } catch (IOException | RuntimeException e) {
            seen.add(name);
            if (!reported.contains(name)) {
                LOG.warn("refused {} in the inbox: {}; but it cannot be moved to {} ({}), so it is left where it is and not taken",
                        LogText.escape(name), reason, rejected, LogText.escape(e.toString()));
            }
        }
    }

    /** A name that fits: the start of the original (whole characters) and a hash of all of it. */
    static String shortened(String name) {
        StringBuilder start = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (start.toString().getBytes(StandardCharsets.UTF_8).length + Character.toString(c).getBytes(StandardCharsets.UTF_8).length > 150) break;
            start.appendCodePoint(c);
            i += Character.charCount(c);
        }
        byte[] hash;
        try {
            hash = java.security.MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return start + "~" + HexFormat.of().formatHex(hash, 0, 4);
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {}

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        LOG.warn("the inbox could not be read; it is tried again at the next poll: {}", LogText.escape(String.valueOf(cause)));
        return false;
    }
}
