package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;

/** TR339 (9339): ProductCategorie equals the toewijzing's, when the toewijzing has one. */
public final class TR339 extends PrestatieRegel {
    public TR339() {
        super("TR339", "9339", Controleniveau.BERICHTOVERSTIJGEND);
    }

    @Override
    boolean vraagtToewijzing() {
        return true;
    }

    @Override
    void toets(PrestatieToets t, List<Finding> findings) {
        String toegewezen = t.toewijzing.product().productcategorie();
        if (toegewezen == null || toegewezen.equals(t.prestatie.productcategorie())) return;
        findings.add(afwijking(t, "ProductCategorie",
                "ProductCategorie " + t.prestatie.productcategorie() + " differs from the assigned " + toegewezen,
                "ProductCategorie " + t.prestatie.productcategorie() + " wijkt af van de toegewezen " + toegewezen));
    }
}
