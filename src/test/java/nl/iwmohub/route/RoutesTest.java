package nl.iwmohub.route;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The ingest route dispatches on {@link Kind}, written once in Java: hub.yaml names every kind in exactly one
 * branch, in the order of the enum, and no name that is not a kind (a misspelt one would never match).
 */
class RoutesTest {
    @Test
    void theIngestRouteHasOneBranchPerKind() throws Exception {
        String yaml = Files.readString(Path.of("routes/hub.yaml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\\$\\{body\\.kind\\.name} == '([^']*)'").matcher(yaml);
        List<String> branches = new ArrayList<>();
        while (m.find()) branches.add(m.group(1));
        assertEquals(Arrays.stream(Kind.values()).map(Kind::name).toList(), branches);
    }
}
