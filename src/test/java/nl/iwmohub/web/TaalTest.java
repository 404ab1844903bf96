package nl.iwmohub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every interface text the workbench's code asks for has its English translation. */
class TaalTest {
    @Test
    void everyLiteralInterfaceTextIsTranslated() throws Exception {
        Pattern call = Pattern.compile("\\bt\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
        List<String> missing = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/nl/iwmohub/web"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    seen++;
                    String nl = m.group(1).replace("\\\"", "\"");
                    if (!Taal.translated(nl)) missing.add(f.getFileName() + ": " + nl);
                }
            }
        }
        assertTrue(seen > 50, "found " + seen + " texts");
        assertEquals(List.of(), missing);
    }

    @Test
    void filtersAndTheHubsOwnColumnsAreTranslatedTheStandardsNamesAreNot() {
        for (List<String> columns : List.of(Reads.DECLARATIE_COLUMNS, Reads.PRESTATIE_COLUMNS, Reads.BERICHT_COLUMNS, Reads.OVERZICHT_COLUMNS,
                Productie.MAAND_COLUMNS, Productie.JAAR_COLUMNS, Productie.AANBIEDER_COLUMNS, Signalen.COLUMNS,
                Reads.VERZOEK_COLUMNS)) {
            for (String c : columns) {
                boolean standard = Character.isUpperCase(c.charAt(0)) || c.equals("id") || c.equals("bsn");
                assertEquals(!standard, Taal.translated(c), c);
            }
        }
        assertEquals("Production", Taal.EN.t("Productie"));
        assertEquals("Productie", Taal.NL.t("Productie"));
    }
}
