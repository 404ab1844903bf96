package nl.iwmohub.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The hub's settings: the defaults in the jar's application.properties, then ./application.properties if
 * present, then environment variables (IWMO_INBOX for iwmo.inbox), then --key=value options. Later wins.
 * The same properties are handed to Camel, so the routes' {{placeholders}} see the same values.
 */
public final class Settings {
    /**
     * The settings that exist: every key of the jar's application.properties (each setting has its default there),
     * and these, which have none. A key given that is neither is refused with the nearest known name.
     */
    private static final Set<String> WITHOUT_DEFAULT = Set.of("iwmo.inbox.enabled");

    /** How each setting's value is checked before anything starts (the rest are free text or checked where used). */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("iwmo.lanes", "positive"),
            Map.entry("iwmo.group.size", "positive"),
            Map.entry("iwmo.inbox.poll-delay", "positive"),
            Map.entry("iwmo.inbox.min-age", "whole"),
            Map.entry("iwmo.max-file-size", "positive"),
            Map.entry("iwmo.max-xsd-errors", "positive"),
            Map.entry("iwmo.message.budget", "whole"),
            Map.entry("iwmo.message.max-attempts", "positive"),
            Map.entry("iwmo.retry.delay", "positive"),
            Map.entry("iwmo.retry.max-delay", "positive"),
            Map.entry("iwmo.http.port", "whole"),
            Map.entry("iwmo.http.page-size", "positive"),
            Map.entry("camel.main.shutdown-timeout", "positive"),
            Map.entry("iwmo.inbox.enabled", "boolean"),
            Map.entry("iwmo.http.enabled", "boolean"),
            Map.entry("iwmo.werkdagen.goede-vrijdag", "boolean"),
            Map.entry("iwmo.today", "date"));

    private final Properties properties;

    private Settings(Properties properties) {
        this.properties = properties;
    }

    public static Settings load(Map<String, String> environment, Map<String, String> overrides) {
        Properties p = new Properties();
        try (InputStream in = Settings.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the default application.properties", e);
        }
        Path local = Path.of("application.properties");
        if (Files.isRegularFile(local)) {
            try (Reader in = Files.newBufferedReader(local, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + local.toAbsolutePath() + ": " + e.getMessage(), e);
            }
        }
        for (String key : p.stringPropertyNames()) {
            String env = environment.get(key.toUpperCase().replace('.', '_').replace('-', '_'));
            if (env != null) p.setProperty(key, env);
        }
        Set<String> known = new java.util.TreeSet<>(p.stringPropertyNames());
        known.addAll(WITHOUT_DEFAULT);
        Properties given = new Properties();
        if (Files.isRegularFile(local)) {
            try (Reader in = Files.newBufferedReader(local, StandardCharsets.UTF_8)) {
                given.load(in);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + local.toAbsolutePath() + ": " + e.getMessage(), e);
            }
        }
        given.putAll(overrides);
        for (String key : given.stringPropertyNames()) {
            if (key.startsWith("iwmo.") && !known.contains(key)) {
                throw new IllegalArgumentException("unknown setting " + key + "; did you mean " + nearest(key, known) + "?");
            }
        }
        overrides.forEach(p::setProperty);
        Settings settings = new Settings(p);
        settings.validate();
        return settings;
    }

    /** Every setting with a kind is checked, so that a bad value is refused naming it before anything starts. */
    private void validate() {
        KINDS.forEach((key, kind) -> {
            String value = properties.getProperty(key);
            if (value == null) return;
            String v = value.trim();
            boolean ok = switch (kind) {
                case "positive" -> v.matches("[0-9]{1,18}") && Long.parseLong(v) > 0;
                case "whole" -> v.matches("[0-9]{1,18}");
                case "boolean" -> v.equals("true") || v.equals("false");
                case "date" -> v.isEmpty() || isDate(v);
                default -> true;
            };
            if (!ok) {
                String wanted = switch (kind) {
                    case "positive" -> "a whole number above 0";
                    case "whole" -> "a whole number";
                    case "boolean" -> "true or false";
                    default -> "a date YYYY-MM-DD or empty";
                };
                throw new IllegalArgumentException("setting " + key + " must be " + wanted + ", not '" + v + "'");
            }
        });
    }

    private static boolean isDate(String v) {
        try {
            java.time.LocalDate.parse(v);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** The known key closest to {@code key} (edit distance). */
    static String nearest(String key, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(key, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    public String get(String key) {
        String value = properties.getProperty(key);
        if (value == null) throw new IllegalArgumentException("setting " + key + " is missing");
        return value.trim();
    }

    public Path path(String key) {
        return Path.of(get(key));
    }

    public long getLong(String key) {
        try {
            return Long.parseLong(get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a whole number, not '" + get(key) + "'");
        }
    }

    /** A comma-separated list; empty means none. */
    public Set<String> list(String key) {
        return Arrays.stream(get(key).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Settings with(String key, String value) {
        Properties copy = new Properties();
        copy.putAll(properties);
        copy.setProperty(key, value);
        return new Settings(copy);
    }

    public Properties asProperties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    /** The StUF-GGk settings (issue 12): iwmo.transport bestand|ggk, iwmo.ggk.applicatie 3-50 characters, versions 4 digits. */
    public void validateGgk() {
        nl.iwmohub.ggk.Transport.parse(get("iwmo.transport"));
        new nl.iwmohub.ggk.Application(get("iwmo.ggk.applicatie"), get("iwmo.ggk.applicatie-versie"),
                get("iwmo.ggk.applicatie-subversie"));
        String endpoint = get("iwmo.ggk.endpoint");
        if (!endpoint.isEmpty() && !endpoint.matches("https?://[^\\s]+")) {
            throw new IllegalArgumentException("iwmo.ggk.endpoint must be an http(s) URL, not '" + endpoint + "'");
        }
    }
}
