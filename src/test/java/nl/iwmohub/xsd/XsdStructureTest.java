package nl.iwmohub.xsd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The project's XSDs have the structure of the published iWmo 3.2 XSDs: ../shared/bin/xsd-structure diff xsd. */
class XsdStructureTest {
    private static final Path TOOL = Path.of("..", "shared", "bin", "xsd-structure");

    @Test
    void xsdsHaveNoStructuralDifferenceFromTheSpecification() throws Exception {
        assertTrue(Files.isRegularFile(TOOL), "the specification's comparison tool is missing: " + TOOL.toAbsolutePath()
                + " (the shared/ folder belongs beside the project)");
        Process p = new ProcessBuilder("python3", TOOL.toString(), "diff", "xsd").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "xsd-structure diff xsd reported differences:\n" + output);
        assertTrue(output.contains("no differences from the specification"), output);
    }
}
