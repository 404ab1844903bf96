package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.model.wmo319.Wmo319;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD085 (0001), WMO319 Antwoord/RedenAfwijzingVerzoek: "Als VerzoekAntwoord de waarde 1 (Verzoek afgewezen)
 * heeft, dan vullen." Names /Bericht/Antwoord/RedenAfwijzingVerzoek (missing).
 */
public final class CD085 extends InhoudRule {
    public CD085() {
        super("CD085", WMO319);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var antwoord = context.bericht().root(Wmo319.class).getAntwoord();
        if ("1".equals(antwoord.getVerzoekAntwoord()) && antwoord.getRedenAfwijzingVerzoek() == null) {
            findings.add(finding("/Bericht/Antwoord", "/Bericht/Antwoord/RedenAfwijzingVerzoek",
                    "VerzoekAntwoord 1 (verzoek afgewezen) requires RedenAfwijzingVerzoek"));
        }
    }
}
