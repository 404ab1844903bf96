package nl.iwmohub.rules.kern.verzoek;

import java.util.List;
import java.util.stream.Collectors;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.domain.Verzoek;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR374 (9374): a verzoek may only be sent while no verzoek for the client from the same aanbieder is onderhanden.
 * A verzoek is onderhanden until a WMO319 with VerzoekAntwoord 1 (verzoek afgewezen) or a WMO301 with its
 * ReferentieAanbieder is sent; "aanvraag in onderzoek" (2) keeps it open. Reading: "dezelfde aanbieder" at any
 * gemeente (the table's index is per aanbieder and client); the AangevraagdProducten of one WMO315 are judged
 * against the verzoeken recorded before the message, not against each other.
 */
public final class TR374 extends AbstractRule<VerzoekContext> {
    public TR374() {
        super("TR374", "9374", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO315, BerichtType.WMO317);
    }

    @Override
    public void check(VerzoekContext t, List<Finding> findings) {
        if (t.open().isEmpty()) return;
        String open = t.open().stream().map(Verzoek::describe).collect(Collectors.joining("; "));
        findings.add(finding(t.klasse(), t.klasse(),
                "the client has a verzoek at this aanbieder that is still onderhanden: " + open,
                "voor de client is nog een verzoek van deze aanbieder onderhanden: " + open, null, null));
    }
}
