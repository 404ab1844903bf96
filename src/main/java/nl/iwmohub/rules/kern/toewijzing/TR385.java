package nl.iwmohub.rules.kern.toewijzing;

import java.util.List;
import java.util.TreeSet;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR385 (9385): a toewijzing with granted prestaties that were not credited may not be withdrawn (RedenWijziging
 * 13). The aanbieder must credit them first.
 */
public final class TR385 extends AbstractRule<ToegewezenProductContext> {
    public TR385() {
        super("TR385", "9385", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO301);
    }

    @Override
    public void check(ToegewezenProductContext t, List<Finding> findings) {
        ToegewezenProduct nieuw = t.product();
        String klasse = t.klasse();
        if (!nieuw.verwijderd() || t.openDebets().isEmpty()) return;
        String refs = String.join(", ", new TreeSet<>(t.openDebets()));
        findings.add(finding(klasse, klasse + "/RedenWijziging",
                "toewijzing " + nieuw.toewijzingNummer() + " has granted prestaties that were not credited (" + refs + ")",
                "toewijzing " + nieuw.toewijzingNummer() + " heeft toegekende prestaties die niet gecrediteerd zijn (" + refs + ")",
                t.actueel(), null));
    }
}
