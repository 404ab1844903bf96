package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.model.wmo317.Wmo317;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR353 (0001), WMO317: "Bij een verzoek om wijziging komt minstens 1 TeWijzigenProduct of NieuwProduct voor."
 * Reading: the finding is on the berichtklasse Verzoek (which holds both groups) and names the Verzoek itself as
 * the element, as there is no single missing element.
 */
public final class TR353 extends InhoudRule {
    public TR353() {
        super("TR353", WMO317);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var root = context.bericht().root(Wmo317.class);
        boolean teWijzigen = !ProductLines.teWijzigen(root).isEmpty();
        boolean nieuw = !ProductLines.nieuw(root).isEmpty();
        if (!teWijzigen && !nieuw) {
            findings.add(finding("/Bericht/Client/Verzoek", "/Bericht/Client/Verzoek",
                    "a verzoek om wijziging needs at least one TeWijzigenProduct or NieuwProduct"));
        }
    }
}
