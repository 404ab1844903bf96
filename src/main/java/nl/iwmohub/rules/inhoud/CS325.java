package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.model.basisschema.CDTBedragMetDC;
import nl.iwmohub.model.basisschema.CDTTotaalBedragMetDC;
import nl.iwmohub.model.basisschema.LDTDebetCredit;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.model.wmo325.Wmo325;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CS325 (0001): indien (Totaal)Bedrag de waarde 0 heeft, dan DebetCredit vullen met D (Debet). Applied where the
 * table lists it: WMO323 Declaratie/TotaalIngediendBedrag and Prestatie/IngediendBedrag; WMO325
 * DeclaratieAntwoord/TotaalIngediendBedrag, DeclaratieAntwoord/TotaalToegekendBedrag and Prestatie/IngediendBedrag.
 * The finding names the DebetCredit element.
 */
public final class CS325 extends InhoudRule {
    public CS325() {
        super("CS325", WMO323, WMO325);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        Object root = context.bericht().root();
        if (root instanceof Wmo323 r) {
            total("/Bericht/Declaratie", "/Bericht/Declaratie/TotaalIngediendBedrag",
                    r.getDeclaratie().getTotaalIngediendBedrag(), findings);
            for (var line : DeclaratiePrestaties.of(r)) amount(line.path(), line.prestatie().getIngediendBedrag(), findings);
        } else if (root instanceof Wmo325 r) {
            var antwoord = r.getDeclaratieAntwoord();
            if (antwoord == null) return;
            total("/Bericht/DeclaratieAntwoord", "/Bericht/DeclaratieAntwoord/TotaalIngediendBedrag",
                    antwoord.getTotaalIngediendBedrag(), findings);
            total("/Bericht/DeclaratieAntwoord", "/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag",
                    antwoord.getTotaalToegekendBedrag(), findings);
            for (var line : DeclaratiePrestaties.of(r)) amount(line.path(), line.prestatie().getIngediendBedrag(), findings);
        }
    }

    private void total(String klasse, String element, CDTTotaalBedragMetDC value, List<Finding> findings) {
        if (value.getTotaalBedrag() == 0 && value.getDebetCredit() != LDTDebetCredit.D) {
            findings.add(finding(klasse, element + "/DebetCredit", "TotaalBedrag is 0 but DebetCredit is "
                    + value.getDebetCredit() + " instead of D"));
        }
    }

    private void amount(String klasse, CDTBedragMetDC value, List<Finding> findings) {
        if (value.getBedrag() == 0 && value.getDebetCredit() != LDTDebetCredit.D) {
            findings.add(finding(klasse, klasse + "/IngediendBedrag/DebetCredit", "Bedrag is 0 but DebetCredit is "
                    + value.getDebetCredit() + " instead of D"));
        }
    }
}
