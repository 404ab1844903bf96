package nl.iwmohub.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, read from its imports: every dependency between the hub's packages points one way (no
 * cycles), the rules never reach the store or JDBC, and Camel stays at the edge (no Exchange outside the one step
 * where Camel hands over a file, no ProducerTemplate outside the batch entry point).
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+?)\\.(?:[A-Z][\\w.]*|\\*);",
            Pattern.MULTILINE);
    private static final Map<Path, String> SOURCES = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) SOURCES.put(f, Files.readString(f));
        }
    }

    private static String packageOf(String source) {
        Matcher m = PACKAGE.matcher(source);
        return m.find() ? m.group(1) : "";
    }

    private static Set<String> imports(String source) {
        Set<String> result = new TreeSet<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) result.add(m.group(1));
        return result;
    }

    @Test
    void noPackageCycles() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String source : SOURCES.values()) {
            String pkg = packageOf(source);
            Set<String> out = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
            for (String imp : imports(source)) {
                if (imp.startsWith("nl.iwmohub.") && !imp.startsWith("nl.iwmohub.model.") && !imp.equals(pkg)) out.add(imp);
            }
        }
        List<List<String>> cycles = new Tarjan(graph).cycles();
        assertEquals(List.of(), cycles, "package cycles");
    }

    @Test
    void rulesNeverReachTheStore() {
        List<String> offenders = new ArrayList<>();
        SOURCES.forEach((file, source) -> {
            if (!packageOf(source).startsWith("nl.iwmohub.rules")) return;
            for (String imp : imports(source)) {
                if (imp.startsWith("nl.iwmohub.store") || imp.startsWith("java.sql") || imp.startsWith("javax.sql")
                        || imp.startsWith("org.apache.camel")) offenders.add(file + " imports " + imp);
            }
        });
        assertEquals(List.of(), offenders);
    }

    @Test
    void camelStaysAtTheEdge() {
        List<String> exchange = new ArrayList<>();
        List<String> template = new ArrayList<>();
        SOURCES.forEach((file, source) -> {
            if (source.contains("import org.apache.camel.Exchange;")) exchange.add(file.getFileName().toString());
            if (source.contains("import org.apache.camel.ProducerTemplate;")) template.add(file.getFileName().toString());
        });
        assertEquals(EXCHANGE_EDGE, new TreeSet<>(exchange), "classes that take a Camel Exchange");
        assertEquals(BATCH_ENTRY, new TreeSet<>(template), "classes that use a ProducerTemplate");
    }

    /** The batch entry point reads the result of its request from the exchange; no route bean takes one. */
    private static final Set<String> EXCHANGE_EDGE = new TreeSet<>(Set.of("HubRuntime.java"));
    private static final Set<String> BATCH_ENTRY = new TreeSet<>(Set.of("HubRuntime.java"));

    /** Strongly connected components of more than one package (Tarjan). */
    private static final class Tarjan {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final List<String> stack = new ArrayList<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<List<String>> cycles = new ArrayList<>();
        private int counter;

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        List<List<String>> cycles() {
            for (String v : graph.keySet()) if (!index.containsKey(v)) visit(v);
            return cycles;
        }

        private void visit(String v) {
            index.put(v, counter);
            low.put(v, counter++);
            stack.add(v);
            onStack.add(v);
            for (String w : graph.getOrDefault(v, Set.of())) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                List<String> component = new ArrayList<>();
                String w;
                do {
                    w = stack.remove(stack.size() - 1);
                    onStack.remove(w);
                    component.add(w);
                } while (!w.equals(v));
                if (component.size() > 1) cycles.add(new ArrayList<>(new TreeSet<>(component)));
            }
        }
    }
}
