package nl.iwmohub.bericht;

import java.util.regex.Pattern;
import nl.iwmohub.bericht.Bsn;

/** Masks anything that may be a BSN (nine digits on their own) in text meant for operators and logs. */
public final class Privacy {
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{9}(?![0-9])");

    private Privacy() {}

    public static String maskBsns(String text) {
        if (text == null) return null;
        return NINE_DIGITS.matcher(text).replaceAll(m -> Bsn.mask(m.group()));
    }
}
