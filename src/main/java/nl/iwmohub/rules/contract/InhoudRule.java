package nl.iwmohub.rules.contract;

import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Controleniveau;

/**
 * A rule inside the message (controleniveau 2: every TR of level "bericht inhoud (xslt)" and the CD/CS rules): it
 * judges the whole message and gives retourcode 0001 (IV028: only the Header returns, with 0001 and XsltVersie).
 */
public abstract class InhoudRule extends AbstractRule<RuleContext> {

    protected InhoudRule(String code, BerichtType first, BerichtType... rest) {
        super(code, "0001", Controleniveau.XSLT, first, rest);
    }
}
