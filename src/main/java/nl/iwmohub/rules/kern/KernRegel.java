package nl.iwmohub.rules.kern;

import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.RegelKenmerken;

/**
 * A rule of the processing core: it needs the hub's state (earlier messages) or the contract catalogue, so it
 * runs in the handling of its message type, after the rules inside the message passed. Its findings say in
 * English and Dutch why, and which toewijzing version and tariff row the element was checked against.
 */
public abstract class KernRegel extends RegelKenmerken {

    protected KernRegel(String code, String retourCode, Controleniveau niveau, BerichtType first, BerichtType... rest) {
        super(code, retourCode, niveau, first, rest);
    }

    protected final Finding afwijking(String berichtklasse, String element, String reason, String reden,
                                      String toewijzing, String tarief) {
        return new Finding(code(), retourCode(), niveau(), berichtklasse, element, reason, reden, toewijzing, tarief);
    }
}
