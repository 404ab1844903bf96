package nl.iwmohub.retour;

import java.util.List;
import nl.iwmohub.bericht.LogText;
import nl.iwmohub.bericht.Privacy;

/**
 * The foutmelding: a plain-text notice for the sender of a message the hub could not process as a message
 * (XSD-invalid, IV028 controleniveau 1) or that has no retour message of its own (a rejected WMO301 from the
 * back office). Dutch first, English second; the file name masked, the errors mask a Bsn where they quote one.
 */
public final class ErrorNotice {
    private ErrorNotice() {}

    public static String text(String fileName, String berichtType, String identificatie, String verzender,
                              String summaryNl, String summaryEn, List<String> lines) {
        StringBuilder s = new StringBuilder();
        s.append("FOUTMELDING / ERROR NOTICE - iwmo-hub\n");
        s.append("Bestand / file: ").append(LogText.escape(Privacy.fileName(fileName))).append('\n');
        s.append("Bericht / message: ").append(orUnknown(berichtType))
                .append(", Identificatie ").append(orUnknown(identificatie))
                .append(", verzender / sender ").append(orUnknown(verzender)).append('\n');
        s.append(summaryNl).append('\n');
        s.append(summaryEn).append('\n');
        s.append("Fouten / errors (").append(lines.size()).append("):\n");
        for (int i = 0; i < lines.size(); i++) {
            s.append("  ").append(i + 1).append(". ").append(LogText.escape(lines.get(i))).append('\n');
        }
        return s.toString();
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "(onbekend / unknown)" : value;
    }
}
