package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;

/** TR340 (9340): ProductCode equals the toewijzing's, when the toewijzing has one. */
public final class TR340 extends PrestatieRegel {
    public TR340() {
        super("TR340", "9340", Controleniveau.BERICHTOVERSTIJGEND);
    }

    @Override
    boolean vraagtToewijzing() {
        return true;
    }

    @Override
    void toets(PrestatieToets t, List<Finding> findings) {
        String toegewezen = t.toewijzing.product().productcode();
        if (toegewezen == null || toegewezen.equals(t.prestatie.productcode())) return;
        findings.add(afwijking(t, "ProductCode",
                "ProductCode " + t.prestatie.productcode() + " differs from the assigned " + toegewezen,
                "ProductCode " + t.prestatie.productcode() + " wijkt af van de toegewezen " + toegewezen));
    }
}
