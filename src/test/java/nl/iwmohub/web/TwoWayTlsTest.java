package nl.iwmohub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.iwmohub.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a trust store (iwmo.http.tls.truststore) the server speaks two-way TLS: no trusted client certificate, no answer. */
class TwoWayTlsTest {
    private static final String PASSWORD = "geheim-wachtwoord";

    @TempDir
    Path temp;

    private void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }

    private Path pair(String name) throws Exception {
        Path store = temp.resolve(name + ".p12");
        keytool("-genkeypair", "-alias", name, "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=" + name, "-ext",
                "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD);
        return store;
    }

    private Path trusting(Path keystore, String alias, String name) throws Exception {
        Path cert = temp.resolve(name + ".cer"), trust = temp.resolve(name + "-trust.p12");
        keytool("-exportcert", "-alias", alias, "-keystore", keystore.toString(), "-storepass", PASSWORD, "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", alias, "-file", cert.toString(), "-storetype", "PKCS12", "-keystore", trust.toString(),
                "-storepass", PASSWORD);
        return trust;
    }

    private static KeyStore load(Path p) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        return ks;
    }

    private static HttpClient client(Path trust, Path identity) throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(load(trust));
        KeyManagerFactory kmf = null;
        if (identity != null) {
            kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(load(identity), PASSWORD.toCharArray());
        }
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ctx).build();
    }

    @Test
    void onlyAClientWithATrustedCertificateIsAnswered() throws Exception {
        Path server = pair("server"), ggk = pair("ggk"), stranger = pair("stranger");
        Path serverTrust = trusting(ggk, "ggk", "ggk"), clientTrust = trusting(server, "server", "server");
        Path users = temp.resolve("users");
        Users.add(users, "anna", Role.AUDITOR, "anna-wachtwoord");
        Map<String, String> settings = Map.of("iwmo.http.host", "127.0.0.1", "iwmo.http.port", "0", "iwmo.http.users", users.toString(),
                "iwmo.http.tls.keystore", server.toString(), "iwmo.http.tls.password", PASSWORD, "iwmo.http.page-size", "50",
                "iwmo.http.tls.truststore", serverTrust.toString(), "iwmo.http.tls.truststore.password", PASSWORD);
        try (Database db = new Database(Database.jdbcUrl(temp.resolve("db").toString()), "", "");
             WebServer web = Workbench.start(settings::get, db)) {
            URI login = URI.create("https://localhost:" + web.port() + "/login");
            HttpResponse<String> ok = client(clientTrust, ggk).send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode());
            assertThrows(IOException.class, () -> client(clientTrust, stranger).send(HttpRequest.newBuilder(login).build(),
                    HttpResponse.BodyHandlers.ofString()), "a certificate the trust store does not hold");
            assertThrows(IOException.class, () -> client(clientTrust, null).send(HttpRequest.newBuilder(login).build(),
                    HttpResponse.BodyHandlers.ofString()), "no certificate");
        }
    }
}
