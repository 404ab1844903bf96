package nl.iwmohub.web;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.PfxOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import nl.iwmohub.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's HTTP server: Vert.x (as brought by camel-platform-http-vertx) with a Vert.x Web router. Login
 * form and session cookie for browsers, HTTP Basic for scripts on .csv and .json paths; security headers on
 * every answer; every page read-only over the store, except the access log it writes.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    static final String COOKIE = "iwmo_sessie";
    static final String TAAL_COOKIE = "iwmo_taal";
    private static final Duration IDLE = Duration.ofMinutes(30);
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    /** truststore: with TLS, a PKCS#12 trust store of the client certificates required (two-way TLS); empty: none. */
    public record Config(String host, int port, Users users, String keystore, String keystorePassword, int pageSize,
                         java.util.function.Supplier<java.time.LocalDate> today, Werkdagen werkdagen, String truststore,
                         String truststorePassword) {
        public Config(String host, int port, Users users, String keystore, String keystorePassword, int pageSize,
                      java.util.function.Supplier<java.time.LocalDate> today, Werkdagen werkdagen) {
            this(host, port, users, keystore, keystorePassword, pageSize, today, werkdagen, "", "");
        }
    }

    record Session(Users.User user, Instant created, long[] lastSeen) {}

    private final Config config;
    private final Database database;
    private final Vertx vertx;
    private final Router router;
    private final HttpServer server;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Pages pages;
    private final boolean tls;

    public WebServer(Config config, Database database) {
        this(config, database, null);
    }

    /** {@code mount}: adds another package's unauthenticated endpoint (the GGk's SOAP calls) before the workbench's routes. */
    public WebServer(Config config, Database database, java.util.function.Consumer<Router> mount) {
        this.config = config;
        this.database = database;
        this.tls = config.keystore() != null && !config.keystore().isBlank();
        this.pages = new Pages(database, config.pageSize(), config.today(), config.werkdagen());
        this.vertx = Vertx.vertx();
        this.router = Router.router(vertx);
        router.route().handler(ctx -> {
            headers(ctx.response());
            ctx.next();
        });
        if (mount != null) mount.accept(router);
        router.route().handler(BodyHandler.create(false).setBodyLimit(16 * 1024));
        router.route().blockingHandler(this::handle, false);
        HttpServerOptions options = new HttpServerOptions().setHost(config.host()).setPort(config.port());
        if (tls) options.setSsl(true).setKeyCertOptions(new PfxOptions().setPath(config.keystore()).setPassword(config.keystorePassword()));
        // two-way TLS (Digikoppeling: PKIoverheid certificates): only clients whose certificate the trust store holds
        if (tls && config.truststore() != null && !config.truststore().isBlank()) {
            options.setTrustOptions(new PfxOptions().setPath(config.truststore()).setPassword(config.truststorePassword()))
                    .setClientAuth(io.vertx.core.http.ClientAuth.REQUIRED);
        }
        try {
            this.server = vertx.createHttpServer(options).requestHandler(router).listen()
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            vertx.close();
            throw new IllegalStateException("the workbench cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        LOG.info("workbench on http{}://{}:{}/ ({} user(s))", tls ? "s" : "", config.host(), port(), config.users().size());
    }

    public int port() {
        return server.actualPort();
    }

    /** What an unauthenticated path answers (see {@link #serveOpen}). */
    public record OpenAnswer(int status, String contentType, String body) {}

    /**
     * Serves GET {@code path} without login, before the workbench's own paths: for the health endpoint (app.HubHealth),
     * which shows no personal data. The answer is made on a worker thread (it may ask the store).
     */
    public void serveOpen(String path, java.util.function.Supplier<OpenAnswer> answer) {
        router.get(path).order(-1).blockingHandler(ctx -> {
            OpenAnswer a = answer.get();
            headers(ctx.response());
            ctx.response().setStatusCode(a.status()).putHeader("Content-Type", a.contentType()).end(a.body());
        }, false);
    }

    static void headers(HttpServerResponse r) {
        r.putHeader("Content-Security-Policy", CSP);
        r.putHeader("X-Frame-Options", "DENY");
        r.putHeader("X-Content-Type-Options", "nosniff");
        r.putHeader("Referrer-Policy", "no-referrer");
        r.putHeader("Cache-Control", "no-store");
        r.putHeader("Pragma", "no-cache");
    }

    private void handle(RoutingContext ctx) {
        String path = ctx.request().path();
        String method = ctx.request().method().name();
        Taal taal = Taal.NL;
        try {
            taal = taal(ctx);
            if (path.equals("/static/style.css")) {
                staticFile(ctx, "web/style.css", "text/css; charset=utf-8");
                return;
            }
            if (path.equals("/login")) {
                if (method.equals("POST")) login(ctx, taal);
                else html(ctx, 200, Pages.loginPage(taal, null));
                return;
            }
            Users.User user = user(ctx, path);
            if (user == null) {
                if (path.endsWith(".csv") || path.endsWith(".json")) {
                    ctx.response().putHeader("WWW-Authenticate", "Basic realm=\"iwmo-hub\", charset=\"UTF-8\"");
                    ctx.response().setStatusCode(401).putHeader("Content-Type", "text/plain; charset=utf-8").end("login required\n");
                } else {
                    ctx.response().setStatusCode(303).putHeader("Location", "/login").end();
                }
                return;
            }
            if (path.equals("/logout") && method.equals("POST")) {
                Cookie c = ctx.request().getCookie(COOKIE);
                if (c != null) sessions.remove(c.getValue());
                ctx.response().addCookie(cookie("").setMaxAge(0));
                ctx.response().setStatusCode(303).putHeader("Location", "/login").end();
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ctx.response().setStatusCode(405).end();
                return;
            }
            pages.serve(new Request(ctx, user, this, taal));
        } catch (IllegalArgumentException e) {
            html(ctx, 400, Html.page(taal, taal.t("Ongeldige vraag"), null, "<p class=\"error\">" + Html.esc(e.getMessage()) + "</p>"));
        } catch (Exception e) {
            LOG.error("workbench page {} failed", path, e);
            if (!ctx.response().headWritten()) {
                html(ctx, 500, Html.page(taal, taal.t("Fout"), null, "<p class=\"error\">" + Html.esc(taal.t("De pagina kon niet worden gemaakt.")) + "</p>"));
            }
            else ctx.response().reset();
        }
    }

    /** The interface language: ?taal=en|nl chooses it and is remembered in a cookie; Dutch by default. */
    private Taal taal(RoutingContext ctx) {
        String asked = ctx.request().getParam("taal");
        if (asked != null) {
            Taal t = Taal.of(asked);
            ctx.response().addCookie(Cookie.cookie(TAAL_COOKIE, t.code).setPath("/").setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT).setSecure(tls).setMaxAge(365L * 24 * 3600));
            return t;
        }
        Cookie c = ctx.request().getCookie(TAAL_COOKIE);
        try {
            return c == null ? Taal.NL : Taal.of(c.getValue());
        } catch (IllegalArgumentException e) {
            return Taal.NL;
        }
    }

    private Users.User user(RoutingContext ctx, String path) {
        Cookie c = ctx.request().getCookie(COOKIE);
        if (c != null) {
            Session s = sessions.get(c.getValue());
            if (s != null) {
                long now = System.currentTimeMillis();
                if (now - s.lastSeen()[0] < IDLE.toMillis()) {
                    s.lastSeen()[0] = now;
                    return s.user();
                }
                sessions.remove(c.getValue());
            }
        }
        String auth = ctx.request().getHeader("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6) && (path.endsWith(".csv") || path.endsWith(".json"))) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) return null;
            return check(ctx, decoded.substring(0, colon), decoded.substring(colon + 1)).orElse(null);
        }
        return null;
    }

    /** Checks a name and password; a failure is logged and slowed down, more for each failure of that name. */
    private Optional<Users.User> check(RoutingContext ctx, String name, String password) {
        Optional<Users.User> user = config.users().authenticate(name, password);
        String key = name == null ? "" : name;
        if (user.isPresent()) {
            failures.remove(key);
            return user;
        }
        int n = failures.merge(key, 1, Integer::sum);
        LOG.warn("workbench: failed login for '{}' from {} ({} in a row)", key.replaceAll("[^A-Za-z0-9._@-]", "?"),
                ctx.request().remoteAddress(), n);
        try {
            Thread.sleep(Math.min(8000L, 1000L << Math.min(n - 1, 3)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private void login(RoutingContext ctx, Taal taal) {
        String name = ctx.request().getFormAttribute("naam");
        String password = ctx.request().getFormAttribute("wachtwoord");
        Optional<Users.User> user = check(ctx, name, password);
        if (user.isEmpty()) {
            html(ctx, 401, Pages.loginPage(taal, taal.t("Onbekende naam of verkeerd wachtwoord.")));
            return;
        }
        byte[] token = new byte[32];
        random.nextBytes(token);
        String id = HexFormat.of().formatHex(token);
        long now = System.currentTimeMillis();
        sessions.values().removeIf(x -> now - x.lastSeen()[0] >= IDLE.toMillis());
        sessions.put(id, new Session(user.get(), Instant.now(), new long[] {System.currentTimeMillis()}));
        LOG.info("workbench: {} logged in ({})", user.get().name(), user.get().role().key());
        ctx.response().addCookie(cookie(id));
        ctx.response().setStatusCode(303).putHeader("Location", "/").end();
    }

    private Cookie cookie(String value) {
        return Cookie.cookie(COOKIE, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT).setSecure(tls);
    }

    private static void staticFile(RoutingContext ctx, String resource, String type) throws IOException {
        try (InputStream in = WebServer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                ctx.response().setStatusCode(404).end();
                return;
            }
            ctx.response().putHeader("Cache-Control", "max-age=3600").putHeader("Content-Type", type).end(Buffer.buffer(in.readAllBytes()));
        }
    }

    static void html(RoutingContext ctx, int status, String body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8").end(body);
    }

    /** Records a view or export that showed a BSN or a raw message. */
    void logAccess(Users.User user, String wat, String page, Long berichtId, String bsn) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO toegang (gebruiker, rol, tijdstip, wat, pagina, bericht_id, bsn)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, user.name());
                s.setString(2, user.role().key());
                s.setTimestamp(3, Timestamp.from(Instant.now()));
                s.setString(4, wat);
                s.setString(5, page.length() > 1000 ? page.substring(0, 1000) : page);
                s.setObject(6, berichtId, java.sql.Types.BIGINT);
                s.setString(7, bsn);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** One request as the pages see it. */
    static final class Request {
        final RoutingContext ctx;
        final Users.User user;
        final WebServer server;
        final Taal taal;

        Request(RoutingContext ctx, Users.User user, WebServer server, Taal taal) {
            this.ctx = ctx;
            this.user = user;
            this.server = server;
            this.taal = taal;
        }

        /** An interface text in the request's language. */
        String t(String nl) {
            return taal.t(nl);
        }

        String path() {
            return ctx.request().path();
        }

        String pathAndQuery() {
            return ctx.request().uri();
        }

        Map<String, String> params() {
            // ';' is an ordinary character here (netty would split on it), so that ?sep=; works as written
            Map<String, String> m = new LinkedHashMap<>();
            new io.netty.handler.codec.http.QueryStringDecoder(ctx.request().uri(), StandardCharsets.UTF_8, true, 1024, true)
                    .parameters().forEach((k, v) -> m.put(k, v.get(0)));
            m.remove("taal"); // the interface language, not a filter
            return m;
        }

        void log(String wat, Long berichtId, String bsn) {
            server.logAccess(user, wat, pathAndQuery(), berichtId, bsn);
        }

        void html(int status, String body) {
            WebServer.html(ctx, status, body);
        }

        /** A streamed body: chunked, written as the rows come, waiting while the client is slower. */
        OutputStream stream(String contentType, String fileName) {
            HttpServerResponse r = ctx.response();
            r.setChunked(true).putHeader("Content-Type", contentType);
            if (fileName != null) r.putHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
            return new OutputStream() {
                private final byte[] buf = new byte[32 * 1024];
                private int n;
                private boolean closed;

                @Override
                public void write(int b) {
                    if (n == buf.length) flush();
                    buf[n++] = (byte) b;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    while (len > 0) {
                        if (n == buf.length) flush();
                        int k = Math.min(len, buf.length - n);
                        System.arraycopy(b, off, buf, n, k);
                        n += k;
                        off += k;
                        len -= k;
                    }
                }

                @Override
                public void flush() {
                    if (n == 0) return;
                    byte[] copy = java.util.Arrays.copyOf(buf, n);
                    n = 0;
                    r.write(Buffer.buffer(copy));
                    while (r.writeQueueFull() && !r.closed()) {
                        try {
                            Thread.sleep(2);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }

                @Override
                public void close() {
                    if (closed) return;
                    closed = true;
                    flush();
                    if (!r.ended()) r.end();
                }
            };
        }
    }

    @Override
    public void close() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("workbench server did not close cleanly: {}", e.toString());
        }
        vertx.close();
    }
}
