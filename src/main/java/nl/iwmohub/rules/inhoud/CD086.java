package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.model.wmo319.Wmo319;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD086 (0001), WMO319 Antwoord/RedenAfwijzingVerzoek: "Als VerzoekAntwoord de waarde 2 (Aanvraag in onderzoek)
 * heeft, dan leeg laten." Names /Bericht/Antwoord/RedenAfwijzingVerzoek when it is present anyway.
 */
public final class CD086 extends InhoudRule {
    public CD086() {
        super("CD086", WMO319);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var antwoord = context.bericht().root(Wmo319.class).getAntwoord();
        if ("2".equals(antwoord.getVerzoekAntwoord()) && antwoord.getRedenAfwijzingVerzoek() != null) {
            findings.add(finding("/Bericht/Antwoord", "/Bericht/Antwoord/RedenAfwijzingVerzoek",
                    "VerzoekAntwoord 2 (aanvraag in onderzoek) must leave RedenAfwijzingVerzoek empty"));
        }
    }
}
