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
        overrides.forEach(p::setProperty);
        return new Settings(p);
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
