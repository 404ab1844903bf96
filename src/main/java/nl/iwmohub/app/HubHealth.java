package nl.iwmohub.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.iwmohub.bericht.Privacy;
import nl.iwmohub.route.BackOff;
import nl.iwmohub.route.Settle;
import nl.iwmohub.store.Database;
import nl.iwmohub.web.WebServer;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running hub's health, the Camel way: three checks of group {@code iwmo} in the CamelContext's
 * HealthCheckRegistry (camel-health), beside Camel's own context, route and consumer checks (camel.health.* in
 * application.properties):
 * <ul>
 * <li>{@code iwmo-store}: the store answers and can be written (a write that changes nothing, rolled back);</li>
 * <li>{@code iwmo-folders}: inbox, work, outbox, archive and rejected folders are folders and writable (a hidden
 * probe file is made and removed in each but the inbox);</li>
 * <li>{@code iwmo-lanes}: lanes busy, waiting for their environment or stuck (one file in hand longer than
 * {@value #STUCK_AFTER_MS} ms); files waiting in inbox and work folder; attempts retried, files quarantined and
 * internal errors since the start.</li>
 * </ul>
 * All of them are answered as JSON at GET /health of the workbench's server (200 when every check is UP, else
 * 503), with counts and states only: no file names, no personal data. The state is evaluated every {@value
 * #INTERVAL_S} s and at each request; a change is written to the log as one line.
 */
final class HubHealth implements AutoCloseable {
    static final long STUCK_AFTER_MS = 5 * 60_000;
    static final int INTERVAL_S = 10;
    private static final Logger LOG = LoggerFactory.getLogger(HubHealth.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.Set<String> SAFE_TEXT = java.util.Set.of("route.id", "route.status", "check.id", "check.group",
            "check.kind");
    private final CamelContext camel;
    private final ScheduledExecutorService timer;
    private String lastState;

    HubHealth(CamelContext camel, Settings settings, Database database, BackOff backOff, Settle settle) {
        this.camel = camel;
        HealthCheckRegistry registry = HealthCheckRegistry.get(camel);
        if (registry == null) throw new IllegalStateException("no health check registry: camel-health is missing");
        registry.setExposureLevel("full");   // every check's result, not only the failing ones (camel.health.exposure-level)
        registry.register(new StoreCheck(database));
        registry.register(new FoldersCheck(settings));
        registry.register(new LanesCheck(settings, backOff, settle));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "iwmo-health");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::evaluate, 0, INTERVAL_S, TimeUnit.SECONDS);
    }

    /** The answer of GET /health. */
    WebServer.OpenAnswer answer() {
        Map<String, Object> state = evaluate();
        try {
            return new WebServer.OpenAnswer("UP".equals(state.get("status")) ? 200 : 503, "application/json",
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(state) + "\n");
        } catch (IOException e) {
            return new WebServer.OpenAnswer(500, "text/plain; charset=utf-8", "health: " + e.getMessage() + "\n");
        }
    }

    /** Runs every check; logs one line when the outcome differs from the last one. */
    synchronized Map<String, Object> evaluate() {
        Collection<HealthCheck.Result> results;
        try {
            results = HealthCheckHelper.invoke(camel);
        } catch (RuntimeException e) {
            results = List.of();
        }
        List<Map<String, Object>> checks = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        boolean up = !results.isEmpty();
        for (HealthCheck.Result r : results.stream()
                .sorted(java.util.Comparator.comparing((HealthCheck.Result x) -> x.getCheck().getId())).toList()) {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("id", r.getCheck().getId());
            check.put("group", r.getCheck().getGroup());
            check.put("status", r.getState().name());
            // Camel's own checks may quote an error (a file name, which may hold a BSN): only numbers, states and ids
            boolean ours = "iwmo".equals(r.getCheck().getGroup());
            r.getMessage().ifPresent(m -> check.put("message", ours ? m : Privacy.maskBsns(m.length() > 200 ? m.substring(0, 200) : m)));
            Map<String, Object> details = new TreeMap<>();
            r.getDetails().forEach((k, v) -> {
                if (v instanceof Number || v instanceof Boolean || (v instanceof String && (ours || SAFE_TEXT.contains(k)))) {
                    details.put(k, v);
                }
            });
            if (!details.isEmpty()) check.put("details", details);
            checks.add(check);
            if (r.getState() != HealthCheck.State.UP) {
                up = false;
                summary.append(summary.isEmpty() ? "" : "; ").append(r.getCheck().getId()).append(' ').append(r.getState())
                        .append(r.getMessage().map(m -> ": " + m).orElse(""));
            }
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", up ? "UP" : "DOWN");
        state.put("checks", checks);
        String line = up ? "UP (" + checks.size() + " checks)" : "DOWN: " + summary;
        if (!line.equals(lastState)) {
            if (up) LOG.info("health: {}", line);
            else LOG.warn("health: {}", line);
            lastState = line;
        }
        return state;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private abstract static class IwmoCheck extends AbstractHealthCheck {
        IwmoCheck(String id) {
            super("iwmo", id);
        }

        @Override
        public boolean isLiveness() {
            return false;   // readiness: the hub cannot do its work now; restarting it would not help
        }
    }

    private static final class StoreCheck extends IwmoCheck {
        private final Database database;

        StoreCheck(Database database) {
            super("iwmo-store");
            this.database = database;
        }

        @Override
        protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
            long t0 = System.nanoTime();
            try {
                database.requireWritable();
                builder.up().detail("ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                builder.down().message("the store cannot be reached or written");
            }
        }
    }

    private static final class FoldersCheck extends IwmoCheck {
        private final Map<String, Path> folders = new LinkedHashMap<>();

        FoldersCheck(Settings settings) {
            super("iwmo-folders");
            for (String key : List.of("inbox", "work", "outbox", "archive", "rejected")) folders.put(key, settings.path("iwmo." + key));
        }

        @Override
        protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
            List<String> failing = new ArrayList<>();
            folders.forEach((key, dir) -> {
                boolean ok = key.equals("inbox") ? Files.isDirectory(dir) && Files.isWritable(dir) : probe(dir);
                builder.detail(key, ok ? "writable" : "not writable");
                if (!ok) failing.add(key);
            });
            if (failing.isEmpty()) builder.up();
            else builder.down().message("not writable: " + String.join(", ", failing));
        }

        /**
         * A hidden file made and removed (the hub's own files are never named so, nor taken by its routes); a missing
         * folder is made, as the hub does when it first needs it.
         */
        private static boolean probe(Path dir) {
            try {
                Files.createDirectories(dir);
                Files.delete(Files.createTempFile(dir, ".iwmo-health-", ".tmp"));
                return true;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
    }

    private static final class LanesCheck extends IwmoCheck {
        private final int lanes;
        private final Path inbox;
        private final Path work;
        private final BackOff backOff;
        private final Settle settle;

        LanesCheck(Settings settings, BackOff backOff, Settle settle) {
            super("iwmo-lanes");
            this.lanes = (int) settings.getLong("iwmo.lanes");
            this.inbox = settings.path("iwmo.inbox");
            this.work = settings.path("iwmo.work");
            this.backOff = backOff;
            this.settle = settle;
        }

        @Override
        protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
            long now = System.currentTimeMillis();
            List<BackOff.InHand> inHand = backOff.inHand();
            long retrying = backOff.waiting();
            long stuck = inHand.stream().filter(h -> now - h.sinceMillis() > STUCK_AFTER_MS).count();
            long longest = inHand.stream().mapToLong(h -> now - h.sinceMillis()).max().orElse(0);
            builder.detail("lanes", lanes).detail("busy", inHand.size()).detail("retrying", retrying).detail("stuck", stuck)
                    .detail("longestInHandMs", longest).detail("waitingInInbox", count(inbox)).detail("waitingInWork", count(work))
                    .detail("retriedSinceStart", backOff.retried()).detail("quarantinedSinceStart", settle.quarantinedSinceStart())
                    .detail("internalErrorsSinceStart", settle.internalErrorsSinceStart());
            if (retrying > 0) builder.down().message(retrying + " lane(s) waiting for the environment (store or folders)");
            else if (stuck > 0) builder.down().message(stuck + " lane(s) with one file in hand for more than " + STUCK_AFTER_MS / 1000 + " s");
            else builder.up();
        }

        /** Regular, non-hidden entries of a folder; -1 when it cannot be listed. */
        private static long count(Path dir) {
            long n = 0;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) if (!p.getFileName().toString().startsWith(".")) n++;
                return n;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
    }
}
