package nl.iwmohub.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The language of the workbench's interface: Dutch (the default, with the standard's words) or English. Only the
 * interface is translated; the data (codes, the standard's element names, stored reasons) stays as stored, and the
 * reasons are shown in both languages anyway. English texts are in web/teksten-en.tsv (Dutch TAB English).
 */
enum Taal {
    NL("nl"), EN("en");

    private static final Map<String, String> EN_TEXTS = load();
    final String code;

    Taal(String code) {
        this.code = code;
    }

    /** The interface text in this language; a text without translation is shown as it is. */
    String t(String nl) {
        return this == NL ? nl : EN_TEXTS.getOrDefault(nl, nl);
    }

    static boolean translated(String nl) {
        return EN_TEXTS.containsKey(nl);
    }

    static Taal of(String code) {
        if (code == null) return null;
        return switch (code.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "nl" -> NL;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("taal is nl or en, not '" + code + "'");
        };
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = Taal.class.getClassLoader().getResourceAsStream("web/teksten-en.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                if (tab < 0) throw new IllegalStateException("web/teksten-en.tsv: no tab in '" + line + "'");
                m.put(line.substring(0, tab), line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
