package nl.iwmohub.route;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lane key of a file: its gemeente-aanbieder pair, from the Afzender and Ontvanger at the start of the
 * file, without parsing (the file is read properly later, in its lane). A file whose start does not name
 * both has its own name as key. Only a regular file is opened: a FIFO or device would block the one inbox
 * consumer on its open or read.
 */
public final class LaneKey {
    private static final Pattern AFZENDER = Pattern.compile("<(?:\\w+:)?Afzender>\\s*([0-9]+)\\s*<");
    private static final Pattern ONTVANGER = Pattern.compile("<(?:\\w+:)?Ontvanger>\\s*([0-9]+)\\s*<");
    // a StUF-GGk envelope carries its payload in base64: its pair is in stuurgegevens (zender, ontvanger)
    private static final Pattern ZENDER = Pattern.compile("<(?:\\w+:)?zender>\\s*<(?:\\w+:)?organisatie>\\s*([0-9]+)\\s*<");
    private static final Pattern ONTVANGER_ORGANISATIE = Pattern.compile("<(?:\\w+:)?ontvanger>\\s*<(?:\\w+:)?organisatie>\\s*([0-9]+)\\s*<");
    private static final int HEAD = 8192;

    private LaneKey() {}

    /** The pair, lower code first ("0109-12345678"), or the file's name. */
    public static String of(Path file) {
        String name = file.getFileName().toString();
        try {
            // never through a link, never a FIFO or device (its open would block the one inbox consumer)
            if (!Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()) return name;
        } catch (IOException e) {
            return name;
        }
        byte[] head = new byte[HEAD];
        int n;
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            n = in.readNBytes(head, 0, HEAD);
        } catch (IOException e) {
            return name;
        }
        String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        Matcher a = AFZENDER.matcher(text);
        Matcher o = ONTVANGER.matcher(text);
        if (!a.find() || !o.find()) {
            a = ZENDER.matcher(text);
            o = ONTVANGER_ORGANISATIE.matcher(text);
            if (!a.find() || !o.find()) return name;
        }
        String x = a.group(1);
        String y = o.group(1);
        return x.compareTo(y) < 0 ? x + "-" + y : y + "-" + x;
    }

    /** The lane of a key among {@code count} lanes; always the same lane for the same key and count. */
    public static int lane(String key, int count) {
        return Math.floorMod(key.hashCode(), count);
    }
}
