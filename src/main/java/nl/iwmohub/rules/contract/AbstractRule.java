package nl.iwmohub.rules.contract;

import java.util.EnumSet;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.Rule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/** The declaration every rule makes (code, retourcode, level, messages) and the findings it writes. */
public abstract class AbstractRule<S> implements Rule<S> {
    private final String code;
    private final String retourCode;
    private final Controleniveau niveau;
    private final Set<BerichtType> messages;

    protected AbstractRule(String code, String retourCode, Controleniveau niveau, BerichtType first, BerichtType... rest) {
        this.code = code;
        this.retourCode = retourCode;
        this.niveau = niveau;
        this.messages = EnumSet.of(first, rest);
    }

    @Override public final String code() { return code; }

    @Override public final String retourCode() { return retourCode; }

    @Override public final Controleniveau niveau() { return niveau; }

    @Override public final Set<BerichtType> messages() { return messages; }

    /** A finding of a rule inside the message: the reason in English. */
    public final Finding finding(String berichtklasse, String element, String reason) {
        return new Finding(code, retourCode, niveau, berichtklasse, element, reason);
    }

    /**
     * A finding of a rule of the processing core: the reason in English and Dutch, and what the element was
     * checked against (the toewijzing version and the contract tariff row, either may be null).
     */
    public final Finding finding(String berichtklasse, String element, String reason, String reden, String toewijzing,
                                 String tarief) {
        return new Finding(code, retourCode, niveau, berichtklasse, element, reason, reden, toewijzing, tarief);
    }
}
