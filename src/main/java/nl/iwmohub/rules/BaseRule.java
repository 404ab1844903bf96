package nl.iwmohub.rules;

import nl.iwmohub.bericht.BerichtType;

/** A rule on the whole message: the rules inside the message (level 2) and the Header rules of levels 3 and 4. */
public abstract class BaseRule extends AbstractRule<RuleContext> {

    protected BaseRule(String code, String retourCode, Controleniveau niveau, BerichtType first, BerichtType... rest) {
        super(code, retourCode, niveau, first, rest);
    }
}
