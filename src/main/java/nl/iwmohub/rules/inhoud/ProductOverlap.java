package nl.iwmohub.rules.inhoud;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * The one reading of "een Product mag alleen vaker voorkomen indien de zorgperiodes elkaar niet overlappen", shared
 * by TR302 (WMO301 ToegewezenProduct), TR386 (WMO315 AangevraagdProduct) and TR410 (WMO317 NieuwProduct), with
 * the notes the standard gives them:
 * <ul>
 * <li>A zorgperiode runs from its start up to and including its end (open without one); two periods overlap when
 * they share at least one day. A period whose end lies before its start is left to CS003 and not compared.</li>
 * <li>Two products of one categorie (not 11-14) conflict when both have the same Code, or when at least one has no
 * Code (a product without Code stands for its whole categorie); different Codes of one categorie may overlap.</li>
 * <li>A product without Product (no categorie, as with a Budget) conflicts with every product whose categorie is
 * not 11-14 and with every other product without Product.</li>
 * <li>A product of categorie 11, 12, 13 or 14 never conflicts, also not with the same Code.</li>
 * </ul>
 * Also TR361 (WMO317 OngewijzigdProduct and TeWijzigenProduct, rules.kern.verzoek). Cost O(n log n): per group a
 * sort and prefix maxima, no comparison of all pairs.
 */
public final class ProductOverlap {
    private static final Set<String> MAG_STAPELEN = Set.of("11", "12", "13", "14");

    /** One product: categorie and code may be null; eind null is an open end. */
    public record Item(String categorie, String code, LocalDate start, LocalDate eind) {
        public Item {
            categorie = blankToNull(categorie);
            code = blankToNull(code);
        }

        /** The zorgperiode of a product line: its begin up to and including its end. */
        static Item of(ProductLines.Item line) {
            var product = line.product();
            return new Item(product == null ? null : product.getCategorie(), product == null ? null : product.getCode(),
                    line.begin(), line.end());
        }

        LocalDate end() {
            return eind == null ? LocalDate.MAX : eind;
        }

        public String describe() {
            String product = categorie == null ? "no Product" : "Categorie " + categorie + (code == null ? "" : ", Code " + code);
            return product + ", " + start + " to " + (eind == null ? "open" : eind);
        }
    }

    private ProductOverlap() {}

    /**
     * For every item the index of one item it conflicts with and overlaps, or -1. A null item does not count
     * (a withdrawn toewijzing, for TR302) and gets -1.
     */
    public static int[] partners(List<Item> items) {
        int[] partner = new int[items.size()];
        Arrays.fill(partner, -1);
        List<Integer> zonderProduct = new ArrayList<>();
        List<Integer> nietStapelbaar = new ArrayList<>(); // every product with a categorie not 11-14
        Map<String, List<Integer>> perCode = new HashMap<>(); // categorie + code
        Map<String, List<Integer>> zonderCode = new HashMap<>(); // per categorie
        Map<String, List<Integer>> perCategorie = new HashMap<>(); // with or without code, per categorie
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item == null || item.start() == null || item.end().isBefore(item.start())) continue;
            if (item.categorie() == null) {
                zonderProduct.add(i);
            } else if (!MAG_STAPELEN.contains(item.categorie())) {
                nietStapelbaar.add(i);
                perCategorie.computeIfAbsent(item.categorie(), c -> new ArrayList<>()).add(i);
                if (item.code() == null) zonderCode.computeIfAbsent(item.categorie(), c -> new ArrayList<>()).add(i);
                else perCode.computeIfAbsent(item.categorie() + "\u0000" + item.code(), c -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : perCode.values()) mark(items, group, group, partner);
        for (Map.Entry<String, List<Integer>> e : zonderCode.entrySet()) {
            List<Integer> categorie = perCategorie.get(e.getKey());
            mark(items, e.getValue(), categorie, partner);
            mark(items, categorie, e.getValue(), partner);
        }
        if (!zonderProduct.isEmpty()) {
            List<Integer> alle = new ArrayList<>(nietStapelbaar);
            alle.addAll(zonderProduct);
            mark(items, zonderProduct, alle, partner);
            mark(items, nietStapelbaar, zonderProduct, partner);
        }
        return partner;
    }

    /** For each query that overlaps a target other than itself, remembers one such target (the first found). */
    private static void mark(List<Item> items, List<Integer> queries, List<Integer> targets, int[] partner) {
        if (queries.isEmpty() || targets.isEmpty()) return;
        Integer[] sorted = targets.toArray(new Integer[0]);
        Arrays.sort(sorted, Comparator.comparing(i -> items.get(i).start()));
        int n = sorted.length;
        LocalDate[] starts = new LocalDate[n];
        // per prefix [0..k]: the latest end with its item, and the latest end of another item than that one
        LocalDate[] end1 = new LocalDate[n];
        int[] id1 = new int[n];
        LocalDate[] end2 = new LocalDate[n];
        int[] id2 = new int[n];
        for (int k = 0; k < n; k++) {
            Item t = items.get(sorted[k]);
            starts[k] = t.start();
            LocalDate e1 = k == 0 ? null : end1[k - 1];
            int i1 = k == 0 ? -1 : id1[k - 1];
            LocalDate e2 = k == 0 ? null : end2[k - 1];
            int i2 = k == 0 ? -1 : id2[k - 1];
            if (e1 == null || t.end().isAfter(e1)) {
                e2 = e1;
                i2 = i1;
                e1 = t.end();
                i1 = sorted[k];
            } else if (e2 == null || t.end().isAfter(e2)) {
                e2 = t.end();
                i2 = sorted[k];
            }
            end1[k] = e1;
            id1[k] = i1;
            end2[k] = e2;
            id2[k] = i2;
        }
        for (int q : queries) {
            Item item = items.get(q);
            int k = upperBound(starts, item.end()) - 1; // the last target starting on or before the query's end
            if (k < 0) continue;
            LocalDate best = id1[k] == q ? end2[k] : end1[k];
            int bestId = id1[k] == q ? id2[k] : id1[k];
            if (best != null && !best.isBefore(item.start()) && partner[q] < 0) partner[q] = bestId;
        }
    }

    private static int upperBound(LocalDate[] starts, LocalDate value) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid].isAfter(value)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * TR386 and TR410: every product line of the given class that overlaps a line it may not overlap is named on
     * its berichtklasse, with that berichtklasse as element.
     */
    static void checkLines(InhoudRule rule, RuleContext context, Set<String> classes, String klasseNaam,
                           List<Finding> findings) {
        List<ProductLines.Item> lines = ProductLines.items(context.bericht(), classes);
        List<Item> items = new ArrayList<>(lines.size());
        for (ProductLines.Item line : lines) items.add(Item.of(line));
        int[] partners = partners(items);
        for (int i = 0; i < partners.length; i++) {
            if (partners[i] < 0) continue;
            String klasse = lines.get(i).path();
            findings.add(rule.finding(klasse, klasse, "the zorgperiode (" + items.get(i).describe() + ")"
                    + " overlaps that of another " + klasseNaam + " for the same product"));
        }
    }
}
