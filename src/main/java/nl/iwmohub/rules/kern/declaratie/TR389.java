package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR389 (9389): a debet for the same ProductPeriode, ProductCategorie, ProductCode and ToewijzingNummer only
 * when every earlier granted debet with that key has been credited. Reading: only granted debets count (a
 * rejected debet was not paid and may be declared again); credits of this message count, because the hub
 * judges the credits of a message before its debets (IV086: debet and credit may come in one message).
 */
public final class TR389 extends AbstractRule<PrestatieContext> {
    public TR389() {
        super("TR389", "9389", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        if (t.credit()) return;
        Set<String> open = t.state.openDebets(t.prestatie);
        if (open.isEmpty()) return;
        String refs = String.join(", ", new TreeSet<>(open));
        findings.add(t.afwijking(this, "IngediendBedrag/DebetCredit",
                "debet prestatie " + refs + " for the same toewijzing, product and ProductPeriode was granted and not credited",
                "debetprestatie " + refs + " voor dezelfde toewijzing, product en ProductPeriode is toegekend en niet gecrediteerd"));
    }
}
