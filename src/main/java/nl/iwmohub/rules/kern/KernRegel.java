package nl.iwmohub.rules.kern;

import java.util.EnumSet;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.Regel;

/**
 * A rule of the processing core: it needs the hub's state (earlier messages) or the contract catalogue, so it
 * runs in the handling of its message type, after the rules inside the message passed. Its findings say in
 * English and Dutch why, and which toewijzing version and tariff row the element was checked against.
 */
public abstract class KernRegel implements Regel {
    private final String code;
    private final String retourCode;
    private final Controleniveau niveau;
    private final Set<BerichtType> messages;

    protected KernRegel(String code, String retourCode, Controleniveau niveau, BerichtType first, BerichtType... rest) {
        this.code = code;
        this.retourCode = retourCode;
        this.niveau = niveau;
        this.messages = EnumSet.of(first, rest);
    }

    @Override public final String code() { return code; }

    @Override public final String retourCode() { return retourCode; }

    @Override public final Controleniveau niveau() { return niveau; }

    @Override public final Set<BerichtType> messages() { return messages; }

    protected final Finding afwijking(String berichtklasse, String element, String reason, String reden,
                                      String toewijzing, String tarief) {
        return new Finding(code, retourCode, niveau, berichtklasse, element, reason, reden, toewijzing, tarief);
    }
}
