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
import nl.iwmohub.model.wmo301.ToegewezenProduct;
import nl.iwmohub.rules.BaseRule;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.RuleContext;

/**
 * TR302 (0001): Een Product mag alleen vaker in een toewijzingsbericht voorkomen indien de zorgperiodes elkaar niet
 * overlappen. WMO301. Readings:
 * <ul>
 * <li>The zorgperiode of a ToegewezenProduct is Ingangsdatum up to and including Einddatum; an empty Einddatum is
 * open-ended. Two periods overlap when they share at least one day.</li>
 * <li>"Same product": with a Code, the same Categorie and Code. Without a Code the rule works on category level: a
 * ToegewezenProduct with only Categorie c may not overlap any other ToegewezenProduct of category c, with or
 * without Code. Two products of one category with different Codes may overlap.</li>
 * <li>Without Product (so without Categorie, as with a Budget) the ToegewezenProduct may not overlap any other
 * ToegewezenProduct except those of category 11, 12, 13 and 14.</li>
 * <li>Products of category 11, 12, 13 and 14 may always overlap (also with the same Code and on category level).</li>
 * <li>Removed toewijzingen (Einddatum equal to Ingangsdatum and RedenWijziging 13 or 01) do not count. A
 * ToegewezenProduct whose Einddatum lies before its Ingangsdatum (a CS003 error) has no period and is skipped.</li>
 * </ul>
 * Every ToegewezenProduct that overlaps a forbidden other one is reported (so both of a pair); the finding names
 * the ToegewezenProduct itself. Cost O(n log n): per group a sort and prefix maxima, no pairwise comparison.
 */
public final class TR302 extends BaseRule {
    private static final String PATH = "/Bericht/Client/ToegewezenProducten/ToegewezenProduct";
    private static final Set<String> HULPMIDDELEN = Set.of("11", "12", "13", "14");

    public TR302() {
        super("TR302", "0001", Controleniveau.XSLT, WMO301);
    }

    private record Iv(int id, LocalDate start, LocalDate end) {}

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var client = ((nl.iwmohub.model.wmo301.Root) context.bericht().root()).getClient();
        if (client.getToegewezenProducten() == null) return;
        List<ToegewezenProduct> list = client.getToegewezenProducten().getToegewezenProduct();

        Map<String, List<Iv>> byCode = new HashMap<>();         // Categorie + Code
        Map<String, List<Iv>> categoryOnly = new HashMap<>();   // Categorie without Code
        Map<String, List<Iv>> byCategory = new HashMap<>();     // all with Categorie c
        List<Iv> noCategory = new ArrayList<>();
        List<Iv> all = new ArrayList<>();                       // every counted, non-hulpmiddel product
        for (int i = 0; i < list.size(); i++) {
            ToegewezenProduct tp = list.get(i);
            LocalDate start = tp.getIngangsdatum();
            LocalDate end = tp.getEinddatum() == null ? LocalDate.MAX : tp.getEinddatum();
            if (start == null || end.isBefore(start) || removed(tp)) continue;
            String categorie = tp.getProduct() == null ? null : blankToNull(tp.getProduct().getCategorie());
            String code = tp.getProduct() == null ? null : blankToNull(tp.getProduct().getCode());
            if (categorie != null && HULPMIDDELEN.contains(categorie)) continue;
            Iv iv = new Iv(i, start, end);
            all.add(iv);
            if (categorie == null) {
                noCategory.add(iv);
            } else {
                byCategory.computeIfAbsent(categorie, k -> new ArrayList<>()).add(iv);
                if (code == null) categoryOnly.computeIfAbsent(categorie, k -> new ArrayList<>()).add(iv);
                else byCode.computeIfAbsent(categorie + "\u0000" + code, k -> new ArrayList<>()).add(iv);
            }
        }

        int[] partner = new int[list.size()];
        Arrays.fill(partner, -1);
        for (List<Iv> group : byCode.values()) mark(group, group, partner);
        for (Map.Entry<String, List<Iv>> e : categoryOnly.entrySet()) {
            List<Iv> category = byCategory.get(e.getKey());
            mark(e.getValue(), category, partner);
            mark(category, e.getValue(), partner);
        }
        if (!noCategory.isEmpty()) {
            mark(noCategory, all, partner);
            mark(all, noCategory, partner);
        }
        for (int i = 0; i < list.size(); i++) {
            if (partner[i] < 0) continue;
            String path = Paths.member(PATH, i);
            findings.add(finding(path, path, "The period of this ToegewezenProduct (" + describe(list.get(i))
                    + ") overlaps that of " + Paths.member(PATH, partner[i]) + " (" + describe(list.get(partner[i]))
                    + "), which may not be stacked"));
        }
    }

    /** Marks every query that overlaps a target other than itself, remembering one such target. */
    private static void mark(List<Iv> queries, List<Iv> targets, int[] partner) {
        if (queries.isEmpty() || targets.isEmpty()) return;
        List<Iv> sorted = new ArrayList<>(targets);
        sorted.sort(Comparator.comparing(Iv::start));
        int n = sorted.size();
        LocalDate[] starts = new LocalDate[n];
        // per prefix [0..k]: the largest end and the largest end of another product than the first one
        LocalDate[] end1 = new LocalDate[n];
        int[] id1 = new int[n];
        LocalDate[] end2 = new LocalDate[n];
        int[] id2 = new int[n];
        for (int k = 0; k < n; k++) {
            Iv t = sorted.get(k);
            starts[k] = t.start();
            LocalDate e1 = k == 0 ? null : end1[k - 1];
            int i1 = k == 0 ? -1 : id1[k - 1];
            LocalDate e2 = k == 0 ? null : end2[k - 1];
            int i2 = k == 0 ? -1 : id2[k - 1];
            if (e1 == null || t.end().isAfter(e1)) {
                e2 = e1;
                i2 = i1;
                e1 = t.end();
                i1 = t.id();
            } else if (e2 == null || t.end().isAfter(e2)) {
                e2 = t.end();
                i2 = t.id();
            }
            end1[k] = e1;
            id1[k] = i1;
            end2[k] = e2;
            id2[k] = i2;
        }
        for (Iv q : queries) {
            int k = upperBound(starts, q.end()) - 1; // last target starting on or before q's end
            if (k < 0) continue;
            LocalDate best = id1[k] == q.id() ? end2[k] : end1[k];
            int bestId = id1[k] == q.id() ? id2[k] : id1[k];
            if (best != null && !best.isBefore(q.start())) {
                if (partner[q.id()] < 0) partner[q.id()] = bestId;
            }
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

    private static boolean removed(ToegewezenProduct tp) {
        return tp.getIngangsdatum().equals(tp.getEinddatum())
                && ("13".equals(tp.getRedenWijziging()) || "01".equals(tp.getRedenWijziging()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String describe(ToegewezenProduct tp) {
        String product = tp.getProduct() == null ? "no Product"
                : "Categorie " + tp.getProduct().getCategorie()
                        + (tp.getProduct().getCode() == null ? "" : ", Code " + tp.getProduct().getCode());
        return product + ", " + tp.getIngangsdatum() + " to " + (tp.getEinddatum() == null ? "open" : tp.getEinddatum());
    }
}
