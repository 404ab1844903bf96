package nl.iwmohub.rules.kern.toewijzing;

import java.util.List;
import java.util.Set;
import nl.iwmohub.catalogus.Catalogus;
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.domain.ToewijzingVersie;
import nl.iwmohub.domain.Verzoek;

/**
 * The subject of the ToegewezenProduct rules of a WMO301: one product at its path, the versions of its toewijzing
 * the hub recorded before (oldest first), the granted debets on it that were not credited, the contract
 * catalogue (the gemeente's product code list), and its ReferentieAanbieder (null if empty) with the verzoek of
 * the aanbieder the hub recorded under it (null if none, TR379).
 */
public record ToegewezenProductContext(String klasse, ToegewezenProduct product, List<ToewijzingVersie> eerder,
                                       Set<String> openDebets, Catalogus catalogus, String referentieAanbieder,
                                       Verzoek verzoek) {
    public ToegewezenProductContext {
        eerder = List.copyOf(eerder);
        openDebets = Set.copyOf(openDebets);
    }

    /** The current version before this message, as an auditor reads it; null for a new toewijzing. */
    public String actueel() {
        return eerder.isEmpty() ? null : eerder.get(eerder.size() - 1).describe();
    }
}
