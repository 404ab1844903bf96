package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR338 (9338): the prestatie relates to a ToegewezenProduct by its ToewijzingNummer: a toewijzing of the
 * gemeente whose current version (IV013) is assigned to this aanbieder. Without one, the rules that compare
 * with the toewijzing are not applied to this prestatie.
 */
public final class TR338 extends AbstractRule<PrestatieContext> {
    public TR338() {
        super("TR338", "9338", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        if (t.has(Need.TOEWIJZING)) return;
        long nummer = t.prestatie.toewijzingNummer();
        String en = t.toewijzing == null
                ? "gemeente " + t.declaratie.gemeente() + " has no toewijzing " + nummer
                : "toewijzing " + nummer + " is assigned to aanbieder " + t.toewijzing.product().aanbieder()
                        + ", not to " + t.declaratie.aanbieder();
        String nl = t.toewijzing == null
                ? "gemeente " + t.declaratie.gemeente() + " heeft geen toewijzing " + nummer
                : "toewijzing " + nummer + " is toegewezen aan aanbieder " + t.toewijzing.product().aanbieder()
                        + ", niet aan " + t.declaratie.aanbieder();
        findings.add(t.afwijking(this, "ToewijzingNummer", en, nl));
    }
}
