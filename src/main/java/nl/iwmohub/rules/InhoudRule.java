package nl.iwmohub.rules;

import nl.iwmohub.bericht.BerichtType;

/**
 * A rule inside the message (controleniveau 2: every TR of level "bericht inhoud (xslt)" and the CD/CS rules): it
 * judges the whole message and gives retourcode 0001 (IV028: only the Header returns, with 0001 and XsltVersie).
 */
public abstract class InhoudRule extends AbstractRule<RuleContext> {

    protected InhoudRule(String code, BerichtType first, BerichtType... rest) {
        super(code, "0001", Controleniveau.XSLT, first, rest);
    }
}
