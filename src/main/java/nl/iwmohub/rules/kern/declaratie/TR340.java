package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/** TR340 (9340): ProductCode equals the toewijzing's, when the toewijzing has one. */
public final class TR340 extends AbstractRule<PrestatieContext> {
    public TR340() {
        super("TR340", "9340", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.TOEWIJZING_VAN_CLIENT);
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        String toegewezen = t.toewijzing.product().productcode();
        if (toegewezen == null || toegewezen.equals(t.prestatie.productcode())) return;
        findings.add(t.afwijking(this, "ProductCode",
                "ProductCode " + t.prestatie.productcode() + " differs from the assigned " + toegewezen,
                "ProductCode " + t.prestatie.productcode() + " wijkt af van de toegewezen " + toegewezen));
    }
}
