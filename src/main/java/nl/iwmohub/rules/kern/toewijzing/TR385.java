package nl.iwmohub.rules.kern.toewijzing;

import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.kern.KernRegel;

/**
 * TR385 (9385): a toewijzing with granted prestaties that were not credited may not be withdrawn (RedenWijziging
 * 13). The aanbieder must credit them first.
 */
public final class TR385 extends KernRegel {
    public TR385() {
        super("TR385", "9385", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO301);
    }

    void toets(String klasse, ToegewezenProduct nieuw, Set<String> openDebets, String toewijzing, List<Finding> findings) {
        if (!nieuw.verwijderd() || openDebets.isEmpty()) return;
        String refs = String.join(", ", new java.util.TreeSet<>(openDebets));
        findings.add(afwijking(klasse, klasse + "/RedenWijziging",
                "toewijzing " + nieuw.toewijzingNummer() + " has granted prestaties that were not credited (" + refs + ")",
                "toewijzing " + nieuw.toewijzingNummer() + " heeft toegekende prestaties die niet gecrediteerd zijn (" + refs + ")",
                toewijzing, null));
    }
}
