package nl.iwmohub.rules.kern.levering;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.kern.KernRegel;

/** A rule on one StartProduct (WMO305) or StopProduct (WMO307); its finding marks that class (IV028). */
public abstract class LeveringRegel extends KernRegel {

    protected LeveringRegel(String code, String retourCode, BerichtType first, BerichtType... rest) {
        super(code, retourCode, Controleniveau.BERICHTOVERSTIJGEND, first, rest);
    }

    abstract void toets(LeveringToets t, List<Finding> findings);

    final Finding afwijking(LeveringToets t, String element, String reason, String reden) {
        return afwijking(t.levering.berichtklasse(), t.element(element), reason, reden, t.toewijzingTekst(), null);
    }
}
