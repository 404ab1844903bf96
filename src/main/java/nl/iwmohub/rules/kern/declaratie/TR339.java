package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/** TR339 (9339): ProductCategorie equals the toewijzing's, when the toewijzing has one. */
public final class TR339 extends AbstractRule<PrestatieContext> {
    public TR339() {
        super("TR339", "9339", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.TOEWIJZING_VAN_CLIENT);
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        String toegewezen = t.toewijzing.product().productcategorie();
        if (toegewezen == null || toegewezen.equals(t.prestatie.productcategorie())) return;
        findings.add(t.afwijking(this, "ProductCategorie",
                "ProductCategorie " + t.prestatie.productcategorie() + " differs from the assigned " + toegewezen,
                "ProductCategorie " + t.prestatie.productcategorie() + " wijkt af van de toegewezen " + toegewezen));
    }
}
