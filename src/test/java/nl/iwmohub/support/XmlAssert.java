package nl.iwmohub.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Set;
import org.w3c.dom.Node;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.ElementSelectors;

/**
 * XMLUnit comparison of messages: whitespace and namespace prefixes do not matter, everything else does. The
 * identifiers the hub generates (IdentificatieRetour, a WMO325's own Identificatie) are numbered alike on every run
 * of the same inputs on a fresh store, so {@link #assertSameContent} compares them too; {@link #assertSimilar} leaves
 * them out, for a test that compares with a scenario's expected message after processing other inputs than it.
 */
public final class XmlAssert {
    private static final Set<String> GENERATED = Set.of("IdentificatieRetour");

    private XmlAssert() {}

    public static void assertSimilar(Object expected, Object actual, String what) {
        compare(expected, actual, what, true);
    }

    /** As {@link #assertSimilar} but comparing every element, generated identifiers too. */
    public static void assertSameContent(Object expected, Object actual, String what) {
        compare(expected, actual, what, false);
    }

    private static void compare(Object expected, Object actual, String what, boolean skipGenerated) {
        Diff diff = DiffBuilder.compare(Input.from(expected)).withTest(Input.from(actual))
                .ignoreWhitespace().ignoreComments().checkForSimilar()
                .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byName))
                .withNodeFilter(node -> !skipGenerated || compared(node))
                .build();
        if (diff.hasDifferences()) {
            StringBuilder s = new StringBuilder(what + " differs from the expected message:\n");
            diff.getDifferences().forEach(d -> s.append("  ").append(d).append('\n'));
            fail(s.toString());
        }
    }

    private static boolean compared(Node node) {
        if (node.getNodeType() != Node.ELEMENT_NODE) return true;
        String name = node.getLocalName();
        if (GENERATED.contains(name)) return false;
        // WMO325: the answer's own BerichtIdentificatie/Identificatie is generated; its Dagtekening is today.
        Node parent = node.getParentNode();
        return !("Identificatie".equals(name) && parent != null && "BerichtIdentificatie".equals(parent.getLocalName())
                && parent.getParentNode() != null && parent.getParentNode().getNamespaceURI() != null
                && parent.getParentNode().getNamespaceURI().contains("/wmo325/"));
    }
}
