package nl.iwmohub.rules;

import nl.iwmohub.bericht.BerichtType;

/** A rule inside the message: its declaration (code, retourcode, level, messages) and its check. */
public abstract class BaseRule extends RegelKenmerken implements Rule {

    protected BaseRule(String code, String retourCode, Controleniveau niveau, BerichtType first, BerichtType... rest) {
        super(code, retourCode, niveau, first, rest);
    }
}
