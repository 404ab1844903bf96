package nl.iwmohub.rules.kern.declaratie;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.iwmohub.domain.EerderePrestatie;
import nl.iwmohub.domain.ToewijzingVersie;

/**
 * What the store holds that the rules of one WMO323 consult, read by its handler in batches before they run:
 * the current toewijzingen it names, which of its clients have a toewijzing for this aanbieder, whether its
 * DeclaratieNummer was used, the aanbieder's latest DeclaratiePeriode at this gemeente, the earlier prestaties
 * with its ReferentieNummers or VorigReferentieNummers, the credits on those, and the granted prestaties on its
 * toewijzingen. Immutable.
 */
public record DeclaratieSnapshot(Map<Long, ToewijzingVersie> toewijzingen, Set<String> clientenVanAanbieder,
                                 boolean declaratieNummerGebruikt, Optional<LocalDate> laatstePeriode,
                                 List<EerderePrestatie> metReferentie, List<EerderePrestatie> creditsOpVorige,
                                 List<EerderePrestatie> toegekendOpToewijzingen) {
    public DeclaratieSnapshot {
        toewijzingen = Map.copyOf(toewijzingen);
        clientenVanAanbieder = Set.copyOf(clientenVanAanbieder);
        metReferentie = List.copyOf(metReferentie);
        creditsOpVorige = List.copyOf(creditsOpVorige);
        toegekendOpToewijzingen = List.copyOf(toegekendOpToewijzingen);
    }
}
