package nl.iwmohub.rules;

import java.util.EnumSet;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;

/**
 * What every rule declares, inside the message or in the processing core: its code, its retourcode, its level
 * and the messages it applies to.
 */
public abstract class RegelKenmerken implements Regel {
    private final String code;
    private final String retourCode;
    private final Controleniveau niveau;
    private final Set<BerichtType> messages;

    protected RegelKenmerken(String code, String retourCode, Controleniveau niveau, BerichtType first, BerichtType... rest) {
        this.code = code;
        this.retourCode = retourCode;
        this.niveau = niveau;
        this.messages = EnumSet.of(first, rest);
    }

    @Override public final String code() { return code; }

    @Override public final String retourCode() { return retourCode; }

    @Override public final Controleniveau niveau() { return niveau; }

    @Override public final Set<BerichtType> messages() { return messages; }

    public final boolean appliesTo(BerichtType type) { return messages.contains(type); }
}
