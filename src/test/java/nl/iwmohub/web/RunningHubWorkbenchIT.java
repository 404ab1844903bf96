package nl.iwmohub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running hub (`run`, a process of its own) serves the workbench over TLS while it processes its inbox: what
 * it has just processed is on the pages, the session cookie is Secure, and plain HTTP is not answered.
 */
class RunningHubWorkbenchIT {
    @TempDir
    Path temp;

    @Test
    void theRunningHubServesTheWorkbenchOverTlsWhileItProcesses() throws Exception {
        Path keystore = temp.resolve("workbench.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "workbench", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "geheim-wachtwoord",
                "-keypass", "geheim-wachtwoord").redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertEquals(0, keytool.waitFor());
        Path users = temp.resolve("users");
        Users.add(users, "anna", Role.AUDITOR, "anna-wachtwoord");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = temp.resolve("hub.log");
        Process hub = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "nl.iwmohub.app.IwmoHub", "run",
                "--iwmo.inbox=" + temp.resolve("inbox"), "--iwmo.work=" + temp.resolve("work"), "--iwmo.outbox=" + temp.resolve("outbox"),
                "--iwmo.archive=" + temp.resolve("archive"), "--iwmo.rejected=" + temp.resolve("rejected"), "--iwmo.db=" + temp.resolve("db"),
                "--iwmo.today=2026-11-15", "--iwmo.inbox.poll-delay=50", "--iwmo.inbox.min-age=0",
                "--iwmo.http.enabled=true", "--iwmo.http.port=" + port, "--iwmo.http.users=" + users,
                "--iwmo.http.tls.keystore=" + keystore, "--iwmo.http.tls.password=geheim-wachtwoord"))
                .directory(new File(System.getProperty("user.dir"))).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            waitFor(() -> Files.exists(log) && Files.readString(log).contains("workbench on https://127.0.0.1:" + port), 60, log);
            Path in = Scenarios.DIR.resolve("20-declaraties-month-by-month/in");
            List<Path> files;
            try (Stream<Path> list = Files.list(in)) {
                files = list.sorted().toList();
            }
            Files.createDirectories(temp.resolve("inbox"));
            for (Path f : files) {
                // one at a time, as the scenario's order matters; written under a dot-name, then renamed
                Path part = temp.resolve("inbox").resolve("." + f.getFileName() + ".part");
                Files.copy(f, part);
                Files.move(part, temp.resolve("inbox").resolve(f.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                waitFor(() -> count(temp.resolve("archive")) + count(temp.resolve("rejected")) > files.indexOf(f), 60, log);
            }

            HttpClient https = HttpClient.newBuilder().sslContext(trusting(keystore)).followRedirects(HttpClient.Redirect.NEVER).build();
            String base = "https://localhost:" + port;
            String auth = "Basic " + Base64.getEncoder().encodeToString("anna:anna-wachtwoord".getBytes(StandardCharsets.UTF_8));
            JsonNode berichten = new ObjectMapper().readTree(https.send(HttpRequest.newBuilder(URI.create(base + "/berichten.json?richting=IN"))
                    .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertEquals(files.size(), berichten.size(), "every input the hub took is on the workbench");
            JsonNode declaraties = new ObjectMapper().readTree(https.send(HttpRequest.newBuilder(URI.create(base + "/declaraties.json"))
                    .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertTrue(declaraties.size() >= 5, declaraties.toString());
            HttpResponse<String> login = https.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("naam=anna&wachtwoord=anna-wachtwoord")).build(), HttpResponse.BodyHandlers.ofString());
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(cookie.contains("Secure") && cookie.toLowerCase().contains("httponly"), cookie);
            HttpResponse<String> overview = https.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Cookie", cookie.split(";")[0]).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, overview.statusCode());
            assertTrue(overview.body().contains("id=\"grafiek\""), overview.body());

            HttpClient plain = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();
            assertThrows(java.io.IOException.class, () -> plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .timeout(java.time.Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()));
        } finally {
            hub.destroy();
            if (!hub.waitFor(30, TimeUnit.SECONDS)) hub.destroyForcibly();
        }
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Condition c, int seconds, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (c.holds()) return;
            Thread.sleep(50);
        }
        throw new AssertionError("not within " + seconds + " s; hub log:\n" + (Files.exists(log) ? Files.readString(log) : ""));
    }

    private static long count(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".xml")).count();
        }
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, "geheim-wachtwoord".toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
