package nl.iwmohub.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings through the command line: an unknown setting is an error naming the nearest known one, a bad value of
 * a setting Camel uses is refused naming the setting, both before a database is created or opened; process takes
 * --iwmo.* settings as the README says.
 */
class SettingsTest {
    @TempDir
    Path temp;

    private String run(int expectedExit, String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expectedExit, IwmoHub.run(args), String.join(" ", args));
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownSettingNamesTheNearestKnownOne() {
        Path db = temp.resolve("db");
        String err = run(2, "--iwmo.inbx=/tmp/x", "--iwmo.db=" + db);
        assertTrue(err.contains("unknown setting iwmo.inbx; did you mean iwmo.inbox?"), err);
        assertFalse(Files.exists(db), "no database was created");
        err = run(2, "process", "--iwmo.max-xsd-error=5", "--db", db.toString(), "--out", temp.resolve("out").toString(), "x.xml");
        assertTrue(err.contains("did you mean iwmo.max-xsd-errors?"), err);
        assertFalse(Files.exists(db), "no database was created");
    }

    @Test
    void aBadValueOfACamelBoundSettingIsRefusedNamingIt() {
        Path db = temp.resolve("db");
        String err = run(2, "--iwmo.inbox.poll-delay=abc", "--iwmo.db=" + db);
        assertTrue(err.contains("setting iwmo.inbox.poll-delay must be a whole number above 0, not 'abc'"), err);
        err = run(2, "process", "--iwmo.inbox.min-age=-1", "--db", db.toString(), "--out", temp.resolve("out").toString(), "x.xml");
        assertTrue(err.contains("setting iwmo.inbox.min-age must be a whole number, not '-1'"), err);
        err = run(2, "--iwmo.http.enabled=yes", "--iwmo.db=" + db);
        assertTrue(err.contains("setting iwmo.http.enabled must be true or false"), err);
        assertFalse(Files.exists(db), "nothing was opened");
    }

    @Test
    void processTakesSettings() throws Exception {
        Path out = temp.resolve("out");
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            run(0, "process", "--today", "2026-11-15", "--iwmo.max-xsd-errors=1", "--out", out.toString(),
                    "test-messages/scenarios/05-xsd-invalid/in/02-wmo323-bad-eenheid-and-bsn.xml");
        } finally {
            System.setOut(stdout);
        }
        String report = Files.readString(out.resolve("report.json"));
        assertTrue(report.contains("XSD_INVALID"), report);
        // one error collected: iwmo.max-xsd-errors=1 reached the reader
        assertEquals(1, report.split("\"rule\" : \"XSD\"").length - 1, report);
    }
}
