package nl.iwmohub.rules.kern.verzoek;

import java.util.List;
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
     * For a WMO317: the client's actuele toewijzingen at this aanbieder (by ToewijzingNummer, their current
     * version described for auditors) and the ToewijzingNummers its OngewijzigdProducten and TeWijzigenProducten name.
     */
    public record Wijziging(java.util.Map<Long, String> actueel, java.util.Set<Long> genoemd) {
        public Wijziging {
            actueel = java.util.Map.copyOf(actueel);
            genoemd = java.util.Set.copyOf(genoemd);
        }
    }

    String element(String relative) {
        return klasse + "/" + relative;
    }
}
