package nl.iwmohub.rules.kern.verzoek;

import java.util.List;
import nl.iwmohub.domain.ToewijzingVersie;
import nl.iwmohub.domain.Verzoek;

/**
 * The subject of the rules on one verzoek of an aanbieder: an AangevraagdProduct of a WMO315 or the Verzoek of a
 * WMO317, at its path, with what the handler read before: the verzoek recorded earlier with the same
 * ReferentieAanbieder of this aanbieder (null if none, TR347) and the client's open verzoeken at this aanbieder
 * (TR374). A WMO317 verzoek also carries its actuele toewijzingen and the numbers it names (TR349).
 */
public record VerzoekContext(String klasse, Verzoek verzoek, Verzoek eerder, List<Verzoek> open,
                             Wijziging wijziging) {
    public VerzoekContext {
        open = List.copyOf(open);
    }

    public VerzoekContext(String klasse, Verzoek verzoek, Verzoek eerder, List<Verzoek> open) {
        this(klasse, verzoek, eerder, open, null);
    }

    /**
     * For a WMO317: the current version of every toewijzing of the client at this aanbieder and gemeente (by
     * ToewijzingNummer), the date they are actueel on (the Dagtekening), and the ToewijzingNummers its
     * OngewijzigdProducten and TeWijzigenProducten name.
     */
    public record Wijziging(java.util.Map<Long, ToewijzingVersie> toewijzingen, java.time.LocalDate peildatum,
                            java.util.Set<Long> genoemd) {
        public Wijziging {
            toewijzingen = java.util.Map.copyOf(toewijzingen);
            genoemd = java.util.Set.copyOf(genoemd);
        }

        /** The actuele toewijzingen (TR349), in number order. */
        public java.util.List<ToewijzingVersie> actueel() {
            return toewijzingen.values().stream().filter(v -> Actueel.is(v.product(), peildatum))
                    .sorted(java.util.Comparator.comparingLong(v -> v.product().toewijzingNummer())).toList();
        }
    }

    String element(String relative) {
        return klasse + "/" + relative;
    }
}
