package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.model.basisschema.CDTBedragMetDC;
import nl.iwmohub.model.basisschema.CDTReferentie;
import nl.iwmohub.model.basisschema.LDTDebetCredit;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.model.wmo325.Wmo325;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD060 (0001), on Prestatie/ProductReferentie/VorigReferentieNummer in WMO323 and WMO325: verplicht vullen
 * indien DebetCredit bij het ingediende bedrag de waarde C (credit) heeft, anders leeg laten.
 * Reading: "het ingediende bedrag" is the Prestatie's own IngediendBedrag. A credit prestatie without a
 * VorigReferentieNummer and a debet prestatie with one both fail; the finding names the VorigReferentieNummer
 * element (also when it is missing).
 */
public final class CD060 extends InhoudRule {
    public CD060() {
        super("CD060", WMO323, WMO325);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        Object root = context.bericht().root();
        if (root instanceof Wmo323 r) {
            for (var line : DeclaratiePrestaties.of(r)) {
                check(line.path(), line.prestatie().getProductReferentie(), line.prestatie().getIngediendBedrag(), findings);
            }
        } else if (root instanceof Wmo325 r) {
            for (var line : DeclaratiePrestaties.of(r)) {
                check(line.path(), line.prestatie().getProductReferentie(), line.prestatie().getIngediendBedrag(), findings);
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
