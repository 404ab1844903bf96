package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.basisschema.CDTBedragMetDC;
import nl.iwmohub.model.basisschema.CDTReferentie;
import nl.iwmohub.model.basisschema.LDTDebetCredit;
import nl.iwmohub.rules.BaseRule;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.RuleContext;

/**
 * CD060 (0001), on Prestatie/ProductReferentie/VorigReferentieNummer in WMO323 and WMO325: verplicht vullen
 * indien DebetCredit bij het ingediende bedrag de waarde C (credit) heeft, anders leeg laten.
 * Reading: "het ingediende bedrag" is the Prestatie's own IngediendBedrag. A credit prestatie without a
 * VorigReferentieNummer and a debet prestatie with one both fail; the finding names the VorigReferentieNummer
 * element (also when it is missing).
 */
public final class CD060 extends BaseRule {
    public CD060() {
        super("CD060", "0001", Controleniveau.XSLT, WMO323, WMO325);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        Object root = context.bericht().root();
        if (root instanceof nl.iwmohub.model.wmo323.Root r) {
            var clients = r.getDeclaratie().getClienten().getClient();
            for (int c = 0; c < clients.size(); c++) {
                String cp = Paths.member("/Bericht/Declaratie/Clienten/Client", c);
                var ps = clients.get(c).getPrestaties().getPrestatie();
                for (int p = 0; p < ps.size(); p++) {
                    check(Paths.member(cp + "/Prestaties/Prestatie", p), ps.get(p).getProductReferentie(),
                            ps.get(p).getIngediendBedrag(), findings);
                }
            }
        } else if (root instanceof nl.iwmohub.model.wmo325.Root r) {
            var antwoord = r.getDeclaratieAntwoord();
            if (antwoord == null || antwoord.getClienten() == null) return;
            var clients = antwoord.getClienten().getClient();
            for (int c = 0; c < clients.size(); c++) {
                String cp = Paths.member("/Bericht/DeclaratieAntwoord/Clienten/Client", c);
                var ps = clients.get(c).getPrestaties().getPrestatie();
                for (int p = 0; p < ps.size(); p++) {
                    check(Paths.member(cp + "/Prestaties/Prestatie", p), ps.get(p).getProductReferentie(),
                            ps.get(p).getIngediendBedrag(), findings);
                }
            }
        }
    }

    private void check(String klasse, CDTReferentie referentie, CDTBedragMetDC bedrag, List<Finding> findings) {
        boolean credit = bedrag.getDebetCredit() == LDTDebetCredit.C;
        String vorig = referentie.getVorigReferentieNummer();
        boolean filled = vorig != null && !vorig.isEmpty();
        String element = klasse + "/ProductReferentie/VorigReferentieNummer";
        if (credit && !filled) {
            findings.add(finding(klasse, element,
                    "VorigReferentieNummer is missing although IngediendBedrag is credit (C)"));
        } else if (!credit && filled) {
            findings.add(finding(klasse, element,
                    "VorigReferentieNummer is filled although IngediendBedrag is debet (D); leave it empty"));
        }
    }
}
