package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.basisschema.CDTBedragMetDC;
import nl.iwmohub.model.basisschema.CDTTotaalBedragMetDC;
import nl.iwmohub.model.basisschema.LDTDebetCredit;
import nl.iwmohub.rules.BaseRule;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.RuleContext;

/**
 * CS325 (0001): indien (Totaal)Bedrag de waarde 0 heeft, dan DebetCredit vullen met D (Debet). Applied where the
 * table lists it: WMO323 Declaratie/TotaalIngediendBedrag and Prestatie/IngediendBedrag; WMO325
 * DeclaratieAntwoord/TotaalIngediendBedrag, DeclaratieAntwoord/TotaalToegekendBedrag and Prestatie/IngediendBedrag.
 * The finding names the DebetCredit element.
 */
public final class CS325 extends BaseRule {
    public CS325() {
        super("CS325", "0001", Controleniveau.XSLT, WMO323, WMO325);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        Object root = context.bericht().root();
        if (root instanceof nl.iwmohub.model.wmo323.Root r) {
            var declaratie = r.getDeclaratie();
            total("/Bericht/Declaratie", "/Bericht/Declaratie/TotaalIngediendBedrag",
                    declaratie.getTotaalIngediendBedrag(), findings);
            var clients = declaratie.getClienten().getClient();
            for (int c = 0; c < clients.size(); c++) {
                String cp = Paths.member("/Bericht/Declaratie/Clienten/Client", c);
                var ps = clients.get(c).getPrestaties().getPrestatie();
                for (int p = 0; p < ps.size(); p++) {
                    amount(Paths.member(cp + "/Prestaties/Prestatie", p), ps.get(p).getIngediendBedrag(), findings);
                }
            }
        } else if (root instanceof nl.iwmohub.model.wmo325.Root r) {
            var antwoord = r.getDeclaratieAntwoord();
            if (antwoord == null) return;
            total("/Bericht/DeclaratieAntwoord", "/Bericht/DeclaratieAntwoord/TotaalIngediendBedrag",
                    antwoord.getTotaalIngediendBedrag(), findings);
            total("/Bericht/DeclaratieAntwoord", "/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag",
                    antwoord.getTotaalToegekendBedrag(), findings);
            if (antwoord.getClienten() == null) return;
            var clients = antwoord.getClienten().getClient();
            for (int c = 0; c < clients.size(); c++) {
                String cp = Paths.member("/Bericht/DeclaratieAntwoord/Clienten/Client", c);
                var ps = clients.get(c).getPrestaties().getPrestatie();
                for (int p = 0; p < ps.size(); p++) {
                    amount(Paths.member(cp + "/Prestaties/Prestatie", p), ps.get(p).getIngediendBedrag(), findings);
                }
            }
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
