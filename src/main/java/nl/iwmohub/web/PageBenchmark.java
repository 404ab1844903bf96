package nl.iwmohub.web;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.iwmohub.store.Database;

/**
 * Fills a fresh store with synthetic declaraties (aanbieders x months, prestaties in declaraties of 100, one in
 * ten rejected with a finding) straight through JDBC, with the summaries of store.Totalen written per declaratie as the
 * processing writes them, serves it, and prints the time of every page and export.
 */
public final class PageBenchmark {
    private PageBenchmark() {}

    public static void run(Path dir, int prestaties, int aanbieders, int rounds, boolean fill, PrintStream out) throws Exception {
        Files.createDirectories(dir);
        try (Database db = new Database(Database.jdbcUrl(dir.toString()), "", "")) {
            long t0 = System.nanoTime();
            if (fill) {
                fill(db, prestaties, aanbieders);
                out.printf("filled %d prestaties (%d aanbieders x 12 months, declaraties of 100) in %.1f s%n", prestaties, aanbieders,
                        (System.nanoTime() - t0) / 1e9);
            } else {
                prestaties = db.inTransaction(c -> {
                    try (java.sql.ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM prestatie")) {
                        r.next();
                        return (int) r.getLong(1);
                    }
                });
                out.printf("reusing the store in %s: %d prestaties%n", dir, prestaties);
            }
            Path users = dir.resolve("benchmark-users");
            Users.add(users, "bench", Role.BEHEER, "bench-wachtwoord");
            Map<String, String> settings = Map.of("iwmo.http.host", "127.0.0.1", "iwmo.http.port", "0", "iwmo.http.users", users.toString(),
                    "iwmo.http.tls.keystore", "", "iwmo.http.tls.password", "", "iwmo.http.page-size", "50", "iwmo.today", "2026-12-31");
            try (WebServer server = Workbench.start(settings::get, db)) {
                HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
                String base = "http://127.0.0.1:" + server.port();
                HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("naam=bench&wachtwoord=bench-wachtwoord")).build(), HttpResponse.BodyHandlers.ofString());
                String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
                String a = String.format("A%07d", 3);
                List<String> paths = List.of("/", "/?aanbieder=" + a, "/declaraties", "/declaraties?pagina=100", "/declaraties?aanbieder=" + a,
                        "/declaraties?retourcode=8021", "/declaraties?periode=2026-06&uitkomst=afgewezen", "/declaraties/" + Math.max(1, prestaties / 200),
                        "/prestaties", "/prestaties?aanbieder=" + a + "&periode=2026-03", "/prestaties?retourcode=8021", "/prestaties?pagina=1000",
                        "/berichten", "/berichten?q=DE-0005", "/productie", "/productie?aanbieder=" + a, "/productie.csv?per=jaar", "/?taal=en", "/toewijzingen/100000123", "/signalen",
                        "/declaraties.csv?aanbieder=" + a, "/prestaties.csv?aanbieder=" + a + "&periode=2026-03", "/declaraties.json?periode=2026-06",
                        "/prestaties.csv");
                // the whole answer, and (for a streamed export) the time until its first bytes arrive
                out.printf("%-55s %8s %8s %8s %10s %10s%n", "page", "p50 ms", "p95 ms", "max ms", "first ms", "bytes");
                for (String p : paths) {
                    int n = p.equals("/prestaties.csv") ? 1 : rounds;
                    long[] ms = new long[n];
                    long first = 0;
                    long bytes = 0;
                    int status = 0;
                    for (int i = 0; i < n; i++) {
                        long s = System.nanoTime();
                        HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base + p)).header("Cookie", cookie).build(),
                                HttpResponse.BodyHandlers.ofInputStream());
                        byte[] buf = new byte[64 * 1024];
                        long got = 0;
                        try (java.io.InputStream in = r.body()) {
                            int k = in.read(buf);
                            first = Math.max(first, (System.nanoTime() - s) / 1_000_000);
                            while (k >= 0) {
                                got += k;
                                k = in.read(buf);
                            }
                        }
                        ms[i] = (System.nanoTime() - s) / 1_000_000;
                        status = r.statusCode();
                        bytes = got;
                        if (i == 0 && ms[0] > 3000 && n > 1) {
                            ms = new long[] {ms[0]}; // a slow page is timed once
                            n = 1;
                            break;
                        }
                    }
                    Arrays.sort(ms);
                    out.printf("%-55s %8d %8d %8d %10d %10d%s%n", p, ms[n / 2], ms[Math.min(n - 1, (int) Math.ceil(n * 0.95) - 1)], ms[n - 1], first,
                            bytes, (status == 200 ? "" : " HTTP " + status) + (n == 1 && rounds > 1 ? " (timed once)" : ""));
                }
            }
        }
    }

    private static void fill(Database db, int prestaties, int aanbieders) {
        int perDeclaratie = 100;
        int declaraties = Math.max(1, prestaties / perDeclaratie);
        db.inTransaction(c -> {
            try (PreparedStatement b = c.prepareStatement("INSERT INTO bericht (id, richting, bericht_type, afzender, ontvanger, identificatie,"
                    + " dagtekening, bestandsnaam, sha256, inhoud, ontvangen_op, uitkomst, antwoord_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement d = c.prepareStatement("INSERT INTO declaratie (id, bericht_id, gemeente, aanbieder, declaratie_nummer, periode_begin,"
                         + " periode_eind, declaratie_dagtekening, totaal_ingediend, totaal_toegekend, afgewezen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)");
                 PreparedStatement p = c.prepareStatement("INSERT INTO prestatie (id, declaratie_id, aanbieder, bsn, referentie_nummer, toewijzing_nummer,"
                         + " productcategorie, productcode, begindatum, einddatum, geleverd_volume, eenheid, product_tarief, ingediend_bedrag, debet_credit,"
                         + " toegekend, gemeente, verwerkt) VALUES (?, ?, ?, ?, ?, ?, '02', '02A03', ?, ?, 1, '82', 26576, 26576, 'D', ?, '0109', TRUE)");
                 PreparedStatement f = c.prepareStatement("INSERT INTO bevinding (bericht_id, regel, retourcode, controleniveau, berichtklasse, element,"
                         + " toelichting, toelichting_nl, toewijzing, tarief, referentie_nummer) VALUES (?, 'TR314', '8021', 'KERN', ?, ?, ?, ?, ?, ?, ?)")) {
                long pid = 0;
                nl.iwmohub.store.Totalen totalen = new nl.iwmohub.store.Totalen();
                List<Long> batch = new ArrayList<>();
                for (int i = 1; i <= declaraties; i++) {
                    String aanbieder = String.format("A%07d", i % aanbieders);
                    LocalDate begin = LocalDate.of(2026, 1 + (i / aanbieders) % 12, 1);
                    long berichtIn = 2L * i - 1, berichtUit = 2L * i;
                    for (long id : new long[] {berichtIn, berichtUit}) {
                        boolean in = id == berichtIn;
                        b.setLong(1, id);
                        b.setString(2, in ? "IN" : "UIT");
                        b.setString(3, in ? "WMO323" : "WMO325");
                        b.setString(4, in ? aanbieder.substring(0, 8) : "0109");
                        b.setString(5, in ? "0109" : aanbieder.substring(0, 8));
                        b.setString(6, String.format("DE-%07d", i));
                        b.setDate(7, Date.valueOf(begin.plusMonths(1)));
                        b.setString(8, "bench-" + id + ".xml");
                        b.setString(9, String.format("%064d", id));
                        b.setBytes(10, "<Bericht/>".getBytes());
                        b.setTimestamp(11, Timestamp.from(Instant.parse("2026-11-15T12:00:00Z")));
                        b.setString(12, in ? "PARTLY_REJECTED" : "SENT");
                        if (in) b.setNull(13, java.sql.Types.BIGINT);
                        else b.setLong(13, berichtIn);
                        b.addBatch();
                    }
                    batch.add(berichtIn);
                    long granted = 0;
                    List<Object[]> rows = new ArrayList<>();
                    for (int k = 0; k < perDeclaratie; k++) {
                        pid++;
                        boolean ok = pid % 10 != 0;
                        if (ok) granted += 26576;
                        rows.add(new Object[] {pid, ok});
                    }
                    d.setLong(1, i);
                    d.setLong(2, berichtIn);
                    d.setString(3, "0109");
                    d.setString(4, aanbieder.substring(0, 8));
                    d.setString(5, String.format("D%07d", i));
                    d.setDate(6, Date.valueOf(begin));
                    d.setDate(7, Date.valueOf(begin.plusMonths(1).minusDays(1)));
                    d.setDate(8, Date.valueOf(begin.plusMonths(1)));
                    d.setLong(9, 26576L * perDeclaratie);
                    d.setLong(10, granted);
                    d.addBatch();
                    int k = 0;
                    for (Object[] row : rows) {
                        long id = (Long) row[0];
                        boolean ok = (Boolean) row[1];
                        String ref = "R" + id;
                        p.setLong(1, id);
                        p.setLong(2, i);
                        p.setString(3, aanbieder.substring(0, 8));
                        p.setString(4, String.format("9%08d", id % 100_000_000));
                        p.setString(5, ref);
                        p.setLong(6, 100_000_000L + id % 1000);
                        p.setDate(7, Date.valueOf(begin));
                        p.setDate(8, Date.valueOf(begin.plusMonths(1).minusDays(1)));
                        p.setBoolean(9, ok);
                        p.addBatch();
                        if (!ok) {
                            String path = "/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie[" + (k + 1) + "]";
                            f.setLong(1, berichtIn);
                            f.setString(2, path);
                            f.setString(3, path + "/ProductReferentie/ReferentieNummer");
                            f.setString(4, "ReferentieNummer " + ref + " was already sent by this aanbieder");
                            f.setString(5, "ReferentieNummer " + ref + " is al eerder door deze aanbieder aangeleverd");
                            f.setString(6, "toewijzing " + (100_000_000L + id % 1000));
                            f.setString(7, "0109 02/02A03: 26576 eurocent per eenheid 82");
                            f.setString(8, ref);
                            f.addBatch();
                        }
                        k++;
                    }
                    if (i % 50 == 0 || i == declaraties) {
                        b.executeBatch();
                        d.executeBatch();
                        p.executeBatch();
                        f.executeBatch();
                        // the summaries, written as the processing writes them after a declaratie and its findings
                        for (long id : batch) totalen.record(c, id);
                        batch.clear();
                        c.commit();
                    }
                }
            }
            return null;
        });
    }
}
