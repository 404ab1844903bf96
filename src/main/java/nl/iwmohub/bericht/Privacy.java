package nl.iwmohub.bericht;

import java.util.regex.Pattern;
import nl.iwmohub.bericht.Bsn;

/**
 * Masking of BSNs in text meant for operators and logs. BSNs are masked at the source, where client data is known
 * to be: the rules mask the Bsn they name, the reader masks a Bsn element's value that an XSD error echoes, and a
 * file name (which a sender may make of a BSN) is masked with {@link #fileName}. Behind that, the log layout masks
 * {@link #maskPossibleBsns nine-digit numbers that pass the elfproef}, so a BSN logged by mistake is still masked
 * while ToewijzingNummers, amounts and ids mostly stay readable.
 */
public final class Privacy {
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{9}(?![0-9])");

    private Privacy() {}

    /** Every nine-digit number on its own masked (the workbench's lists of names and parties). */
    public static String maskBsns(String text) {
        if (text == null) return null;
        return NINE_DIGITS.matcher(text).replaceAll(m -> Bsn.mask(m.group()));
    }

    /** A file name as operators and senders see it: every nine-digit number in it masked. */
    public static String fileName(String name) {
        return maskBsns(name);
    }

    /** Nine-digit numbers that pass the elfproef masked: the safety net of the log layout. */
    public static String maskPossibleBsns(String text) {
        if (text == null) return null;
        return NINE_DIGITS.matcher(text).replaceAll(m -> Bsn.passesElfproef(m.group()) ? Bsn.mask(m.group())
                : java.util.regex.Matcher.quoteReplacement(m.group()));
    }
}
