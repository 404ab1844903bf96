package nl.iwmohub.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.iwmohub.app.HubRuntime;
import nl.iwmohub.app.Settings;
import nl.iwmohub.verdict.ProcessingResult;

/**
 * A hub on a fresh database (H2 in the folder db, or a fresh PostgreSQL schema: {@link TestDatabase}) and fresh
 * folders under a temporary directory, with a fixed today.
 */
public final class TestHub implements AutoCloseable {
    public final Path root;
    public final TestDatabase database;
    public final HubRuntime runtime;

    public TestHub(Path root, String today, Map<String, String> extra) throws Exception {
        this.root = root;
        this.database = TestDatabase.fresh(root.resolve("db"));
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("iwmo.db", database.location());
        settings.put("iwmo.inbox", root.resolve("inbox").toString());
        settings.put("iwmo.work", root.resolve("work").toString());
        settings.put("iwmo.outbox", root.resolve("outbox").toString());
        settings.put("iwmo.archive", root.resolve("archive").toString());
        settings.put("iwmo.rejected", root.resolve("rejected").toString());
        settings.put("iwmo.inbox.enabled", "false");
        settings.put("iwmo.today", today);
        settings.putAll(extra);
        HubRuntime started = new HubRuntime(Settings.load(Map.of(), settings));
        try {
            started.start();
        } catch (Exception | Error e) {
            started.close();
            throw e;
        }
        runtime = started;
    }

    public TestHub(Path root, String today) throws Exception {
        this(root, today, Map.of());
    }

    public ProcessingResult process(Path file) throws Exception {
        return runtime.process(file);
    }

    public ProcessingResult process(String name, String xml) throws Exception {
        return runtime.process(name, xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The bytes of an outgoing file, by its outbox-relative name as in the result (partij/bestandsnaam). */
    public byte[] outgoing(String relative) throws Exception {
        return Files.readAllBytes(root.resolve("outbox").resolve(relative));
    }

    @Override
    public void close() {
        runtime.close();
    }
}
