package nl.iwmohub.bericht;

/**
 * Text from outside (file names, values quoted in reasons) made safe to log or report: control characters become
 * visible escapes ({@code \n}, {@code \r}, {@code \t}, {@code \u0085}), so a file name with a line break cannot
 * write a line of its own into the log or a report.
 */
public final class LogText {
    private LogText() {}

    public static String escape(String text) {
        if (text == null) return null;
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04x", (int) c) : null;
            };
            if (replacement != null && out == null) out = new StringBuilder(text.length() + 16).append(text, 0, i);
            if (out != null) {
                if (replacement != null) out.append(replacement);
                else out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
