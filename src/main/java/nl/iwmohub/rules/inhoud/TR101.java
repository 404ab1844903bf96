package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR101 (0001): Binnen een bericht zijn dubbele regels niet toegestaan. Dat betekent dat voor iedere
 * berichtklasse de logische sleutel in combinatie met de logische sleutels van de bovenliggende berichtklassen
 * uniek moet zijn.
 *
 * <p>The key table {@link #KEYS} is taken from the CD/CS table in rules.md: for each message TR101 lists and each
 * berichtklasse, the elements whose "key" column reads {@code ja}. A composite key such as
 * {@code Product_Product/Categorie_ProductCategorie} becomes the element path {@code Product/Categorie}; the
 * WMO317 NieuwProduct row {@code Product | ja} (the whole CDT_Product) is covered by its two parts.
 *
 * <p>Reading of how a key is composed:
 * <ul>
 *   <li>The full key of a berichtklasse instance is the class (its path without indexes: Contact under
 *   Contactgegevens and Contact under a Relatie are different classes) + the full key of its nearest keyed
 *   parent class + the values of its own key elements, in table order. A missing optional key element (e.g.
 *   ToewijzingNummer or Product/Code in StartProduct) counts as the value "empty", so two instances that both
 *   leave it out and agree on the rest are duplicates.</li>
 *   <li>Values are compared as typed by the XSD (numbers as numbers, dates as dates, codes as strings).</li>
 *   <li>Only classes of the same name under the same parent path are compared; OngewijzigdProduct and
 *   TeWijzigenProduct with the same ToewijzingNummer are different classes and no duplicate for TR101.</li>
 *   <li>The first occurrence of a key is fine; the second and later ones are reported, each on its own
 *   berichtklasse, and the finding's element is that berichtklasse itself (the whole line is the duplicate).</li>
 *   <li>A duplicate parent does not hide its children: a child whose full key repeats (same parent key and same
 *   own key) is reported too, because its combined key is then not unique either.</li>
 *   <li>Classes with a key that occur once (Client in WMO301..317, Declaratie, Verzoek) cannot repeat but give
 *   their key to their children. Classes without key elements (Header) are not checked.</li>
 * </ul>
 * Cost: one hash-set insertion per class instance.
 */
public final class TR101 extends InhoudRule {

    /** A keyed berichtklasse: its path below /Bericht (without indexes) and its key elements (paths below it). */
    record KeyedClass(String path, List<String> key) {}

    /** From rules.md, "Conditions (CD), constraints (CS) and restrictions (RS) per message element", key = ja. */
    static final Map<BerichtType, List<KeyedClass>> KEYS = new EnumMap<>(Map.of(
            WMO301, List.of(
                    new KeyedClass("Client", List.of("Bsn")),
                    new KeyedClass("Client/Relaties/Relatie", List.of("Nummer")),
                    new KeyedClass("Client/Relaties/Relatie/Contact", List.of("Soort")),
                    new KeyedClass("Client/Contactgegevens/Contact", List.of("Soort")),
                    new KeyedClass("Client/ToegewezenProducten/ToegewezenProduct", List.of("ToewijzingNummer"))),
            WMO305, List.of(
                    new KeyedClass("Client", List.of("Bsn")),
                    new KeyedClass("Client/StartProducten/StartProduct",
                            List.of("ToewijzingNummer", "Product/Categorie", "Product/Code", "Begindatum"))),
            WMO307, List.of(
                    new KeyedClass("Client", List.of("Bsn")),
                    new KeyedClass("Client/StopProducten/StopProduct", List.of("ToewijzingNummer", "Product/Categorie",
                            "Product/Code", "Begindatum", "RedenBeeindiging", "Einddatum"))),
            WMO315, List.of(
                    new KeyedClass("Client", List.of("Bsn")),
                    new KeyedClass("Client/AangevraagdeProducten/AangevraagdProduct", List.of("ReferentieAanbieder"))),
            WMO317, List.of(
                    new KeyedClass("Client", List.of("Bsn")),
                    new KeyedClass("Client/Verzoek", List.of("ReferentieAanbieder")),
                    new KeyedClass("Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct", List.of("ToewijzingNummer")),
                    new KeyedClass("Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct", List.of("ToewijzingNummer")),
                    new KeyedClass("Client/Verzoek/NieuweProducten/NieuwProduct",
                            List.of("Product/Categorie", "Product/Code", "GewensteIngangsdatum"))),
            WMO323, List.of(
                    new KeyedClass("Declaratie", List.of("DeclaratieNummer")),
                    new KeyedClass("Declaratie/Clienten/Client", List.of("Bsn")),
                    new KeyedClass("Declaratie/Clienten/Client/Prestaties/Prestatie",
                            List.of("ProductReferentie/ReferentieNummer", "ProductReferentie/VorigReferentieNummer"))),
            WMO325, List.of(
                    new KeyedClass("DeclaratieAntwoord", List.of("DeclaratieNummer")),
                    new KeyedClass("DeclaratieAntwoord/Clienten/Client", List.of("Bsn")),
                    new KeyedClass("DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie",
                            List.of("ProductReferentie/ReferentieNummer", "ProductReferentie/VorigReferentieNummer")))));

    private static final Map<String, Method> GETTERS = new ConcurrentHashMap<>();
    private static final Object EMPTY = new Object() {
        @Override public String toString() { return "(empty)"; }
    };

    public TR101() {
        super("TR101", WMO301, WMO305, WMO307, WMO315, WMO317, WMO323, WMO325);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        List<KeyedClass> classes = KEYS.get(context.bericht().type());
        if (classes == null) return;
        Map<List<Object>, String> seen = new HashMap<>();
        walk(classes, null, context.bericht().root(), "/Bericht", List.of(), seen, findings);
    }

    /** Visits the keyed classes whose nearest keyed parent is {@code parent} (null: the root). */
    private void walk(List<KeyedClass> classes, KeyedClass parent, Object parentObject, String parentPath,
                      List<Object> parentKey, Map<List<Object>, String> seen, List<Finding> findings) {
        for (KeyedClass kc : classes) {
            if (parentOf(classes, kc) != parent) continue;
            String relative = parent == null ? kc.path() : kc.path().substring(parent.path().length() + 1);
            List<Instance> instances = new ArrayList<>();
            collect(parentObject, parentPath, relative.split("/"), 0, instances);
            for (Instance in : instances) {
                List<Object> key = new ArrayList<>(parentKey.size() + kc.key().size() + 1);
                key.addAll(parentKey);
                key.add(kc.path());
                for (String element : kc.key()) key.add(value(in.object(), element));
                String first = seen.putIfAbsent(key, in.path());
                if (first != null) {
                    String name = kc.path().substring(kc.path().lastIndexOf('/') + 1);
                    findings.add(finding(in.path(), in.path(), name + " repeats the logical key ("
                            + String.join(", ", kc.key()) + ", with the keys of its parent classes) of " + first));
                }
                walk(classes, kc, in.object(), in.path(), key, seen, findings);
            }
        }
    }

    /** The nearest keyed class whose path is a prefix of {@code kc}'s path, or null. */
    static KeyedClass parentOf(List<KeyedClass> classes, KeyedClass kc) {
        KeyedClass best = null;
        for (KeyedClass other : classes) {
            if (other != kc && kc.path().startsWith(other.path() + "/")
                    && (best == null || other.path().length() > best.path().length())) {
                best = other;
            }
        }
        return best;
    }

    private record Instance(String path, Object object) {}

    /** Follows the path segments from {@code object}; list-valued segments give one instance per member. */
    private static void collect(Object object, String path, String[] segments, int i, List<Instance> out) {
        if (object == null) return;
        if (i == segments.length) {
            out.add(new Instance(path, object));
            return;
        }
        Object child = get(object, segments[i]);
        String childPath = path + "/" + segments[i];
        if (child instanceof List<?> list) {
            for (int n = 0; n < list.size(); n++) collect(list.get(n), Paths.member(childPath, n), segments, i + 1, out);
        } else {
            collect(child, childPath, segments, i + 1, out);
        }
    }

    private static Object value(Object object, String element) {
        Object current = object;
        for (String segment : element.split("/")) {
            if (current == null) break;
            current = get(current, segment);
        }
        return current == null ? EMPTY : current;
    }

    private static Object get(Object object, String element) {
        Method getter = GETTERS.computeIfAbsent(object.getClass().getName() + "#" + element, k -> {
            try {
                return object.getClass().getMethod("get" + element);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("TR101 key table names " + element + ", which "
                        + object.getClass().getSimpleName() + " does not have", e);
            }
        });
        try {
            return getter.invoke(object);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + element + " of " + object.getClass().getSimpleName(), e);
        }
    }
}
