package nl.iwmohub.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example messages of test-messages/, read as text so that a test can vary one value. */
public final class Messages {
    public static final Path ROOT = Path.of("test-messages");

    private Messages() {}

    public static String valid(String type) throws Exception {
        return Files.readString(ROOT.resolve("xsd/valid/" + type + ".xml"), StandardCharsets.UTF_8);
    }

    /** Replaces the text of the first element with this local name (any prefix). */
    public static String withValue(String xml, String localName, String value) {
        String replaced = xml.replaceFirst("(<(\\w+:)?" + localName + ">)[^<]*(</(\\w+:)?" + localName + ">)",
                "$1" + java.util.regex.Matcher.quoteReplacement(value) + "$3");
        if (replaced.equals(xml) && !xml.matches("(?s).*<(\\w+:)?" + localName + ">" + java.util.regex.Pattern.quote(value) + "<.*")) {
            throw new IllegalArgumentException("no element " + localName + " in the message");
        }
        return replaced;
    }
}
