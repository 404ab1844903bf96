package nl.iwmohub.xsd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.read.BerichtReader;
import nl.iwmohub.read.ReadResult;
import nl.iwmohub.read.Schemas;
import nl.iwmohub.read.XsdError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message type has a valid example that our XSDs accept, and invalid examples (wrong order, missing
 * mandatory element, bad code, bad pattern, ...) that they reject at the expected line and element.
 */
class XsdExamplesTest {
    private static final Path VALID = Path.of("test-messages/xsd/valid");
    private static final Path INVALID = Path.of("test-messages/xsd/invalid");
    private static final BerichtReader READER = new BerichtReader(new Schemas(), 200L * 1024 * 1024, 100);

    @ParameterizedTest
    @EnumSource(BerichtType.class)
    void validExampleOfEveryMessageTypePasses(BerichtType type) throws Exception {
        Path file = VALID.resolve(type + ".xml");
        ReadResult result = READER.read(file.toString(), Files.readAllBytes(file));
        if (result instanceof ReadResult.XsdInvalid x) {
            throw new AssertionError(file + " is invalid: " + x.errors());
        }
        ReadResult.Readable readable = assertInstanceOf(ReadResult.Readable.class, result, String.valueOf(result));
        assertEquals(type, readable.bericht().type());
    }

    static Stream<Arguments> invalidExamples() throws Exception {
        List<String> lines = Files.readAllLines(INVALID.resolve("expected.tsv"), StandardCharsets.UTF_8);
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t"))
                .map(c -> Arguments.of(c[0], Integer.parseInt(c[1].trim()), c[2].trim()));
    }

    @ParameterizedTest(name = "{0} fails at line {1}, element {2}")
    @MethodSource("invalidExamples")
    void invalidExampleFailsAtTheExpectedPlace(String file, int line, String element) throws Exception {
        ReadResult result = READER.read(file, Files.readAllBytes(INVALID.resolve(file)));
        ReadResult.XsdInvalid invalid = assertInstanceOf(ReadResult.XsdInvalid.class, result, String.valueOf(result));
        XsdError first = invalid.errors().get(0);
        assertEquals(line, first.line(), "line of the first error: " + invalid.errors());
        assertTrue(first.element().contains(element) || first.message().contains(element),
                "the first error names " + element + ": " + first);
    }

    @Test
    void everyMessageTypeHasInvalidExamples() throws Exception {
        List<String> names = invalidExamples().map(a -> (String) a.get()[0]).toList();
        for (BerichtType type : BerichtType.values()) {
            assertFalse(names.stream().noneMatch(n -> n.startsWith(type + "-")), "no invalid example for " + type);
        }
    }
}
