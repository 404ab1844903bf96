package nl.iwmohub.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import nl.iwmohub.store.Database;

/** Starts the workbench from the hub's settings (iwmo.http.*) over an open store. */
public final class Workbench {
    private Workbench() {}

    /** settings: the value of a setting by name. */
    public static WebServer start(Function<String, String> settings, Database database) throws IOException {
        return start(settings, database, null);
    }

    /** With {@code mount}: see {@link WebServer#WebServer(WebServer.Config, Database, java.util.function.Consumer)}. */
    public static WebServer start(Function<String, String> settings, Database database,
                                  java.util.function.Consumer<io.vertx.ext.web.Router> mount) throws IOException {
        Path usersFile = Path.of(settings.apply("iwmo.http.users"));
        Users users = Users.load(usersFile);
        if (users.size() == 0) {
            org.slf4j.LoggerFactory.getLogger(Workbench.class).warn("workbench: no users in {}; add one with: iwmo-hub user add NAME --role ROLE",
                    usersFile.toAbsolutePath());
        }
        return new WebServer(new WebServer.Config(settings.apply("iwmo.http.host"), Integer.parseInt(settings.apply("iwmo.http.port")),
                users, settings.apply("iwmo.http.tls.keystore"), settings.apply("iwmo.http.tls.password"),
                Integer.parseInt(settings.apply("iwmo.http.page-size")), today(optional(settings, "iwmo.today", "")),
                werkdagen(optional(settings, "iwmo.werkdagen.goede-vrijdag", "true"), optional(settings, "iwmo.werkdagen.vrij", "")),
                optional(settings, "iwmo.http.tls.truststore", ""), optional(settings, "iwmo.http.tls.truststore.password", "")), database, mount);
    }

    private static String optional(Function<String, String> settings, String key, String otherwise) {
        try {
            String v = settings.apply(key);
            return v == null ? otherwise : v.trim();
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }

    private static java.util.function.Supplier<java.time.LocalDate> today(String setting) {
        if (setting.isEmpty()) return java.time.LocalDate::now;
        java.time.LocalDate fixed = java.time.LocalDate.parse(setting);
        return () -> fixed;
    }

    static Werkdagen werkdagen(String goedeVrijdag, String vrij) {
        java.util.Set<java.time.LocalDate> extra = new java.util.HashSet<>();
        for (String d : vrij.split(",")) {
            if (!d.isBlank()) extra.add(java.time.LocalDate.parse(d.trim()));
        }
        return new Werkdagen(Boolean.parseBoolean(goedeVrijdag), extra);
    }
}
