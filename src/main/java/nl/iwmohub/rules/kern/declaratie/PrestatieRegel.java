package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.kern.KernRegel;

/** A rule that judges one Prestatie of a WMO323; its findings mark that Prestatie (IV087). */
public abstract class PrestatieRegel extends KernRegel {

    protected PrestatieRegel(String code, String retourCode, Controleniveau niveau) {
        super(code, retourCode, niveau, BerichtType.WMO323);
    }

    /** True when the rule compares with the toewijzing: skipped when TR338 or TR304 found none that fits. */
    boolean vraagtToewijzing() {
        return false;
    }

    abstract void toets(PrestatieToets t, List<Finding> findings);

    final Finding afwijking(PrestatieToets t, String element, String reason, String reden) {
        return afwijking(t.klasse(), t.element(element), reason, reden, t.toewijzingTekst(), t.tariefTekst());
    }
}
