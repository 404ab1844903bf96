package nl.iwmohub.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar runs from any folder: its routes and the shipped catalogues come from inside it. */
class JarAnywhereIT {
    @TempDir
    Path temp;

    @Test
    void theJarProcessesTheFoundationFlowFromAnEmptyFolder() throws Exception {
        Path jar = Path.of("target/iwmo-hub.jar").toAbsolutePath();
        Path in = Path.of("test-messages/scenarios/01-foundation-flow/in").toAbsolutePath();
        Path log = temp.resolve("process.log");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "process", "--today", "2026-11-15", "--out", "out", in.toString()))
                .directory(temp.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "process ended");
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("contract catalogue catalogi: ") && out.contains("0109"), "the shipped catalogues: " + out);
        assertTrue(out.contains("3 of 3 prestatie(s) granted, total 179216 eurocent"), "the declaratie checked against its tariffs: " + out);
        assertTrue(Files.exists(temp.resolve("out/report.json")));
    }
}
