package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.catalogus.TariefRegel;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR341 (9341): Eenheid fits the toewijzing's Eenheid: equal, or minutes (01) where hours (04) were assigned.
 * A toewijzing without Omvang (aspecific or generic) is checked against the unit of the contract row of the
 * declared product instead, with the same minute allowance; without a contract row there is nothing to check.
 */
public final class TR341 extends AbstractRule<PrestatieContext> {
    public TR341() {
        super("TR341", "9341", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    static boolean past(String toegewezen, String gedeclareerd) {
        return toegewezen.equals(gedeclareerd) || (Volumes.UUR.equals(toegewezen) && Volumes.MINUUT.equals(gedeclareerd));
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.TOEWIJZING_VAN_CLIENT);
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        String eenheid = t.prestatie.eenheid();
        String toegewezen = t.toewijzing.product().eenheid();
        if (toegewezen != null) {
            if (past(toegewezen, eenheid)) return;
            findings.add(t.afwijking(this, "Eenheid", "Eenheid " + eenheid + " does not fit the assigned Eenheid " + toegewezen,
                    "Eenheid " + eenheid + " past niet bij de toegewezen Eenheid " + toegewezen));
            return;
        }
        String contract = t.tarief().map(TariefRegel::eenheid).orElse(null);
        if (contract == null || past(contract, eenheid)) return;
        findings.add(t.afwijking(this, "Eenheid",
                "Eenheid " + eenheid + " does not fit the contract unit " + contract + " of product " + t.product(),
                "Eenheid " + eenheid + " past niet bij de contracteenheid " + contract + " van product " + t.product()));
    }
}
