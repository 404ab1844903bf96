package nl.iwmohub.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A long value is judged by the reader itself, not by the validator's backtracking pattern matcher, with exactly the
 * validator's verdict: for every leaf element of the example messages and values around and beyond each length
 * limit (too long, whitespace only, line breaks, characters outside the BMP, long dates and times), the errors (line,
 * column, element, message) and the model are the same as when the validator sees the value itself.
 */
class LongTextTest {
    private static final Pattern LEAF = Pattern.compile("<((\\w+):(\\w+))>([^<]*)</\\1>");
    private final Schemas schemas = new Schemas();
    private final BerichtReader reader = new BerichtReader(schemas, 1L << 30, 100);

    private static List<String> values() {
        List<String> v = new ArrayList<>();
        for (int n : new int[] {4, 5, 8, 9, 12, 13, 200, 201, 257}) {
            v.add("a".repeat(n));
            v.add("1".repeat(n));
        }
        int n = 300;
        v.add(" ".repeat(n));
        v.add("a\n".repeat(n / 2));
        v.add("\t".repeat(n) + "b");
        v.add(".".repeat(n));
        v.add(" ".repeat(n) + "a" + " ".repeat(n));
        v.add("\uD83D\uDE00".repeat(200));
        v.add("\uD83D\uDE00".repeat(201));
        v.add(":".repeat(n));
        v.add("Z" + "1".repeat(n));
        v.add("14:35:00." + "0".repeat(n));
        v.add("14:35:00." + "0".repeat(n) + "7");
        v.add("24:00:00." + "0".repeat(n));
        v.add("24:00:00." + "0".repeat(n) + "1");
        v.add("25:00:00." + "0".repeat(n));
        v.add("2026-01-01" + "1".repeat(n));
        v.add(" ".repeat(n) + "2026-01-01 ");
        v.add(" ".repeat(n) + "14:35:00\n");
        v.add("414".repeat(100));
        v.add("0".repeat(n) + "3");
        return v;
    }

    @Test
    void everyLongValueGetsTheValidatorsOwnVerdict() throws Exception {
        int compared = 0;
        int judged = 0;
        for (String message : List.of("WMO301", "WMO323", "WMO315")) {
            String xml = Files.readString(Path.of("test-messages/xsd/valid/" + message + ".xml"));
            Map<String, Integer> leaves = new LinkedHashMap<>();
            Matcher m = LEAF.matcher(xml);
            while (m.find()) leaves.putIfAbsent(m.group(3), m.start(4));
            for (Map.Entry<String, Integer> leaf : leaves.entrySet()) {
                int start = leaf.getValue();
                int end = xml.indexOf('<', start);
                for (String value : values()) {
                    byte[] raw = (xml.substring(0, start) + value + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
                    ReadResult own = reader.read("x.xml", raw, null, true);
                    ReadResult validator = reader.read("x.xml", raw, null, false);
                    String what = message + " " + leaf.getKey() + " = " + ValidatingHandler.quote(value).replace("\n", "\\n");
                    assertEquals(describe(validator), describe(own), what);
                    compared++;
                    if (value.length() > 256 || own instanceof ReadResult.XsdInvalid x
                            && x.errors().stream().anyMatch(e -> e.message().contains("characters)"))) judged++;
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
        assertTrue(judged > 100, "judged here " + judged);
    }

    @Test
    void aLongValidCommentaarReachesTheModelWhole() throws Exception {
        String xml = Files.readString(Path.of("test-messages/xsd/valid/WMO301.xml"));
        String commentaar = "Lange toelichting. ".repeat(20_000);
        String changed = xml.replaceFirst("<wmo301:Commentaar>[^<]*<", "<wmo301:Commentaar>" + commentaar + "<");
        ReadResult r = reader.read("x.xml", changed.getBytes(StandardCharsets.UTF_8));
        assertTrue(r instanceof ReadResult.Readable, String.valueOf(r));
        assertTrue(describe(r).contains(commentaar.trim()), "the model holds the whole Commentaar");
    }

    @Test
    void theLinearMatcherAgreesOnThePatternsOfTheXsds() {
        XsdRegex naam = XsdRegex.compile(".*[^\\s].*");
        assertTrue(naam.matches(" a "));
        assertTrue(!naam.matches("a\nb") && !naam.matches("  ") && !naam.matches(""));
        XsdRegex commentaar = XsdRegex.compile("([.\\s]*\\S+[.\\s]*)+");
        assertTrue(commentaar.matches("a\n b .") && commentaar.matches("...") && !commentaar.matches(" \n\t"));
        XsdRegex voorletters = XsdRegex.compile("([a-zA-ZÀ-ỳ])+");
        assertTrue(voorletters.matches("ÉJ") && !voorletters.matches("J.") && !voorletters.matches(""));
        XsdRegex versie = XsdRegex.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");
        assertTrue(versie.matches("1.0.10") && !versie.matches("1.01.0"));
        assertTrue(XsdRegex.compile("[0-9]{9}").matches("123456789") && !XsdRegex.compile("[0-9]{9}").matches("12345678"));
        assertTrue(XsdRegex.compile("a{2,3}b?").matches("aaab") && !XsdRegex.compile("a{2,3}b?").matches("aaaa"));
        // ten million characters in well under a second's worth of steps: no backtracking
        assertTrue(commentaar.matches("x ".repeat(5_000_000)));
    }

    private String describe(ReadResult r) throws Exception {
        if (r instanceof ReadResult.XsdInvalid x) return "XSD_INVALID " + x.errors();
        if (r instanceof ReadResult.Quarantine q) return "QUARANTINE " + q.reason() + " " + q.details();
        ReceivedBericht b = ((ReadResult.Readable) r).bericht();
        Marshaller marshaller = schemas.context(b.type()).createMarshaller();
        StringWriter out = new StringWriter();
        marshaller.marshal(new jakarta.xml.bind.JAXBElement<>(new javax.xml.namespace.QName(b.type().namespace(), "Bericht"),
                Object.class, b.root()), out);
        return "READABLE " + out;
    }
}
