package nl.iwmohub.rules.kern.toewijzing;

import java.util.List;
import java.util.Objects;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.domain.ToewijzingVersie;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR332 (9332): every ToegewezenProduct of a gemeente has its own number. Reading: a WMO301 may send a number
 * again to change, shorten or withdraw that toewijzing (IV099), so what fails is a number the gemeente already
 * used for another client, aanbieder or product.
 */
public final class TR332 extends AbstractRule<ToegewezenProductContext> {
    public TR332() {
        super("TR332", "9332", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO301);
    }

    @Override
    public void check(ToegewezenProductContext t, List<Finding> findings) {
        String klasse = t.klasse();
        ToegewezenProduct nieuw = t.product();
        for (ToewijzingVersie v : t.eerder()) {
            ToegewezenProduct oud = v.product();
            String verschil = !oud.bsn().equals(nieuw.bsn()) ? "client"
                    : !oud.aanbieder().equals(nieuw.aanbieder()) ? "aanbieder"
                    : !Objects.equals(oud.productcategorie(), nieuw.productcategorie())
                            || !Objects.equals(oud.productcode(), nieuw.productcode()) ? "product" : null;
            if (verschil == null) continue;
            String nl = switch (verschil) {
                case "client" -> "een andere client";
                case "aanbieder" -> "een andere aanbieder";
                default -> "een ander product";
            };
            findings.add(finding(klasse, klasse + "/ToewijzingNummer",
                    "ToewijzingNummer " + nieuw.toewijzingNummer() + " is already used by this gemeente for another " + verschil,
                    "ToewijzingNummer " + nieuw.toewijzingNummer() + " is door deze gemeente al gebruikt voor " + nl,
                    v.describe(), null));
            return;
        }
    }
}
