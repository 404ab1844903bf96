package nl.iwmohub.rules.kern.verzoek;

import java.util.List;
import java.util.stream.Collectors;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.domain.ToewijzingVersie;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR349 (9349): a verzoek om wijziging holds every actuele ToegewezenProduct of the client, as OngewijzigdProduct
 * or as TeWijzigenProduct (IV092). Reading: the client's toewijzingen of this gemeente at this aanbieder, actueel on
 * the Dagtekening ({@link Actueel}); the finding is on the Verzoek and names every toewijzing it leaves out.
 */
public final class TR349 extends AbstractRule<VerzoekContext> {
    public TR349() {
        super("TR349", "9349", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO317);
    }

    @Override
    public void check(VerzoekContext t, List<Finding> findings) {
        if (t.wijziging() == null) return;
        List<ToewijzingVersie> missing = t.wijziging().actueel().stream()
                .filter(v -> !t.wijziging().genoemd().contains(v.product().toewijzingNummer())).toList();
        if (missing.isEmpty()) return;
        String nummers = missing.stream().map(v -> String.valueOf(v.product().toewijzingNummer()))
                .collect(Collectors.joining(", "));
        findings.add(finding(t.klasse(), t.klasse(),
                "the verzoek om wijziging does not hold the actuele toewijzing(en) " + nummers + " of the client",
                "het verzoek om wijziging bevat de actuele toewijzing(en) " + nummers + " van de client niet",
                missing.stream().map(ToewijzingVersie::describe).collect(Collectors.joining("; ")), null));
    }
}
