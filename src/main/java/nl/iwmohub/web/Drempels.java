package nl.iwmohub.web;

import java.util.Map;
import java.util.Set;

/**
 * The year-end thresholds of the contract of Coevorden (0109) and Borger-Odoorn (1681), seed 001: production is
 * accounted for at the contract tariff (l.2382-2390); an aanbieder with less than 125.000 Wmo turnover in the year
 * needs no accountant's statement (l.2392-2394); an aanbieder with less than 10.000 turnover in a calendar year
 * within one gemeente may have its contract terminated for that bouwsteen (art. 9.1, l.591-598). The other
 * contracts (Oss, regio Meierij) name no such thresholds, so their rows are not marked.
 *
 * Choices, as the contract leaves them open: the Wmo turnover of l.2392 is what this hub granted the aanbieder
 * under this contract (both gemeenten together; the hub cannot know other turnover); the 10.000 of art. 9.1 is
 * counted per gemeente and bouwsteen, because termination is per bouwsteen; a bouwsteen is the iWmo
 * ProductCategorie (02 zelfredzaamheid, 07 participatie; contracts.md §1).
 */
final class Drempels {
    private Drempels() {}

    static final Set<String> GEMEENTEN = Set.of("0109", "1681");
    static final long CONTROLEVERKLARING = 125_000_00L;
    static final long BEEINDIGING = 10_000_00L;
    static final Map<String, String> BOUWSTEEN = Map.of("02", "zelfredzaamheid", "07", "participatie");

    static boolean geldtVoor(String gemeente) {
        return GEMEENTEN.contains(gemeente);
    }
}
