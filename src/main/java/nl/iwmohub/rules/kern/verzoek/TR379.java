package nl.iwmohub.rules.kern.verzoek;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.domain.Verzoek;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.kern.toewijzing.ToegewezenProductContext;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR379 (9379): a ToegewezenProduct sent to honour a verzoek om toewijzing or verzoek om wijziging carries that
 * verzoek's ReferentieAanbieder, else none; only the first time after the honouring. Readings: the hub cannot know
 * that a toewijzing without a reference honours a verzoek, so what it checks is a ReferentieAanbieder that is given
 * and names a verzoek the hub recorded of this aanbieder (unique per aanbieder across gemeenten, TR347): it must be
 * one to this gemeente, for this client, not honoured by an earlier WMO301 (the ToegewezenProducten of one WMO301
 * may share one, as a VOW's do). A reference the hub never recorded is not judged: the verzoek may predate the hub
 * (its table starts empty) or have come another way, and the back office's toewijzing is not refused for that. A
 * verzoek afgewezen before may still be honoured (the standard forbids an answer after a toewijzing, TR359, not the
 * other way round).
 */
public final class TR379 extends AbstractRule<ToegewezenProductContext> {
    public TR379() {
        super("TR379", "9379", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO301);
    }

    @Override
    public void check(ToegewezenProductContext t, List<Finding> findings) {
        String ref = t.referentieAanbieder();
        Verzoek v = t.verzoek();
        if (ref == null || v == null) return;
        String en;
        String nl;
        if (!v.gemeente().equals(t.product().gemeente())) {
            en = "verzoek " + ref + " of aanbieder " + t.product().aanbieder() + " was sent to gemeente " + v.gemeente();
            nl = "verzoek " + ref + " van aanbieder " + t.product().aanbieder() + " is aan gemeente " + v.gemeente()
                    + " gestuurd";
        } else if (!v.bsn().equals(t.product().bsn())) {
            en = "verzoek " + ref + " is another client's";
            nl = "verzoek " + ref + " is van een andere client";
        } else if (v.status() == Verzoek.Status.TOEGEWEZEN) {
            en = "verzoek " + ref + " was honoured before: " + v.describe() + "; ReferentieAanbieder only the first time";
            nl = "verzoek " + ref + " is al eerder gehonoreerd: " + v.describe() + "; ReferentieAanbieder alleen de eerste keer";
        } else {
            return;
        }
        findings.add(finding(t.klasse(), t.klasse() + "/ReferentieAanbieder", en, nl, t.actueel(), null));
    }
}
