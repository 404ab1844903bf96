package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.wmo315.AangevraagdProduct;
import nl.iwmohub.rules.BaseRule;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.RuleContext;

/**
 * TR386 (0001), WMO315: "Een Product mag alleen vaker in een verzoek om toewijzing voorkomen indien de zorgperiodes
 * elkaar niet overlappen." With the notes: without a ProductCode the rule holds on the level of the
 * ProductCategorie; without a ProductCategorie (no Product) the request may overlap with no other product except
 * those of categorie 11, 12, 13 and 14; products of categorie 11, 12, 13 and 14 may always overlap, also on the
 * level of the categorie.
 * <p>
 * Readings (shared with TR410 through {@link Overlap}):
 * <ul>
 * <li>The zorgperiode of an AangevraagdProduct is ToewijzingIngangsdatum up to and including ToewijzingEinddatum;
 * without ToewijzingEinddatum it is open. Two periods overlap when they share at least one day.</li>
 * <li>Two products of the same categorie (not 11-14) conflict when both have the same Code, or when at least one
 * of them has no Code (a product without Code stands for its whole categorie). Different codes of one categorie
 * may overlap.</li>
 * <li>A product without Product conflicts with every product whose categorie is not 11-14 and with every other
 * product without Product.</li>
 * <li>A product of categorie 11-14 never conflicts, also not with the same code.</li>
 * <li>Every product that overlaps a product it conflicts with is named (both of each pair), on its berichtklasse
 * AangevraagdProduct, with that berichtklasse as element (the rule is about the product as a whole, not one of
 * its elements). A period whose end lies before its start is left to CS003 and not compared.</li>
 * </ul>
 * Cost is O(n log n): sorting per group and binary search, no comparison of all pairs.
 */
public final class TR386 extends BaseRule {
    private static final String PRODUCT = "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct";

    public TR386() {
        super("TR386", "0001", Controleniveau.XSLT, WMO315);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        List<AangevraagdProduct> products = context.bericht().root(nl.iwmohub.model.wmo315.Root.class).getClient()
                .getAangevraagdeProducten().getAangevraagdProduct();
        List<Overlap.Item> items = new ArrayList<>(products.size());
        for (AangevraagdProduct p : products) {
            items.add(new Overlap.Item(p.getProduct() == null ? null : p.getProduct().getCategorie(),
                    p.getProduct() == null ? null : p.getProduct().getCode(), p.getToewijzingIngangsdatum(),
                    p.getToewijzingEinddatum()));
        }
        boolean[] marked = Overlap.overlapping(items);
        for (int i = 0; i < marked.length; i++) {
            if (marked[i]) {
                String klasse = Paths.member(PRODUCT, i);
                findings.add(finding(klasse, klasse, "the zorgperiode " + Overlap.describe(items.get(i))
                        + " overlaps that of another AangevraagdProduct for the same product"));
            }
        }
    }

    /**
     * Which of a list of requested products overlap a product they may not overlap (TR386, TR410). Linear apart
     * from sorting.
     */
    static final class Overlap {
        private static final Set<String> MAG_STAPELEN = Set.of("11", "12", "13", "14");

        /** One requested product: categorie and code may be null; eind null is an open end. */
        record Item(String categorie, String code, LocalDate start, LocalDate eind) {
            LocalDate end() {
                return eind == null ? LocalDate.MAX : eind;
            }
        }

        private Overlap() {}

        static String describe(Item item) {
            String product = item.categorie() == null ? "(no product)"
                    : "categorie " + item.categorie() + (item.code() == null ? "" : " code " + item.code());
            return item.start() + " to " + (item.eind() == null ? "open end" : item.eind()) + " of " + product;
        }

        static boolean[] overlapping(List<Item> items) {
            boolean[] marked = new boolean[items.size()];
            List<Integer> zonderProduct = new ArrayList<>();
            List<Integer> stapelbaarNiet = new ArrayList<>(); // every product with a categorie not 11-14
            Map<String, List<Integer>> perCode = new HashMap<>(); // categorie + code
            Map<String, List<Integer>> zonderCode = new HashMap<>(); // per categorie
            Map<String, List<Integer>> metCode = new HashMap<>(); // per categorie
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                if (item.start() == null || item.end().isBefore(item.start())) continue;
                if (item.categorie() == null) {
                    zonderProduct.add(i);
                } else if (!MAG_STAPELEN.contains(item.categorie())) {
                    stapelbaarNiet.add(i);
                    if (item.code() == null) {
                        zonderCode.computeIfAbsent(item.categorie(), c -> new ArrayList<>()).add(i);
                    } else {
                        metCode.computeIfAbsent(item.categorie(), c -> new ArrayList<>()).add(i);
                        perCode.computeIfAbsent(item.categorie() + "\u0000" + item.code(), c -> new ArrayList<>())
                                .add(i);
                    }
                }
            }
            // the same code of one categorie
            for (List<Integer> group : perCode.values()) within(items, group, marked);
            // a product without code stands for its categorie: against the others without code and those with one
            for (Map.Entry<String, List<Integer>> e : zonderCode.entrySet()) {
                List<Integer> uncoded = e.getValue();
                within(items, uncoded, marked);
                List<Integer> coded = metCode.getOrDefault(e.getKey(), List.of());
                across(items, uncoded, coded, marked);
            }
            // no product: against each other and against every product not of categorie 11-14
            within(items, zonderProduct, marked);
            across(items, zonderProduct, stapelbaarNiet, marked);
            return marked;
        }

        /** Marks every member of {@code group} that overlaps another member. */
        private static void within(List<Item> items, List<Integer> group, boolean[] marked) {
            int n = group.size();
            if (n < 2) return;
            Integer[] order = group.toArray(new Integer[0]);
            Arrays.sort(order, Comparator.comparing(i -> items.get(i).start()));
            LocalDate maxEnd = null;
            for (int k = 0; k < n; k++) {
                Item item = items.get(order[k]);
                boolean overlapsEarlier = maxEnd != null && !maxEnd.isBefore(item.start());
                boolean overlapsLater = k + 1 < n && !items.get(order[k + 1]).start().isAfter(item.end());
                if (overlapsEarlier || overlapsLater) marked[order[k]] = true;
                if (maxEnd == null || item.end().isAfter(maxEnd)) maxEnd = item.end();
            }
        }

        /** Marks every member of {@code a} that overlaps a member of {@code b} and the other way round (disjoint). */
        private static void across(List<Item> items, List<Integer> a, List<Integer> b, boolean[] marked) {
            if (a.isEmpty() || b.isEmpty()) return;
            Sorted sa = new Sorted(items, a);
            Sorted sb = new Sorted(items, b);
            for (int i : a) if (sb.overlaps(items.get(i))) marked[i] = true;
            for (int i : b) if (sa.overlaps(items.get(i))) marked[i] = true;
        }

        /** A set of periods sorted by start with the running maximum of their ends, for overlap queries. */
        private static final class Sorted {
            private final LocalDate[] starts;
            private final LocalDate[] maxEnds;

            Sorted(List<Item> items, List<Integer> members) {
                Item[] sorted = members.stream().map(items::get).sorted(Comparator.comparing(Item::start))
                        .toArray(Item[]::new);
                starts = new LocalDate[sorted.length];
                maxEnds = new LocalDate[sorted.length];
                for (int k = 0; k < sorted.length; k++) {
                    starts[k] = sorted[k].start();
                    LocalDate end = sorted[k].end();
                    maxEnds[k] = k > 0 && maxEnds[k - 1].isAfter(end) ? maxEnds[k - 1] : end;
                }
            }

            /** Whether some period of the set shares a day with {@code item} (which is not in the set). */
            boolean overlaps(Item item) {
                // the number of periods starting on or before the item's end
                int lo = 0, hi = starts.length;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (starts[mid].isAfter(item.end())) hi = mid; else lo = mid + 1;
                }
                return lo > 0 && !maxEnds[lo - 1].isBefore(item.start());
            }
        }
    }
}
