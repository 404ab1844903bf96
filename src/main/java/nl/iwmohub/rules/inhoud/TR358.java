package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.model.basisschema.LDTDebetCredit;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR358 (0001), WMO323: TotaalBedrag in TotaalIngediendBedrag moet gelijk zijn aan de som van Bedrag in
 * IngediendBedrag van alle Prestaties, debet opgeteld en credit afgetrokken. Reading: both sides are signed
 * (TotaalIngediendBedrag with DebetCredit C counts negative), so a negative sum must be sent as its absolute
 * value with C. The finding names TotaalIngediendBedrag (amount and sign together).
 */
public final class TR358 extends InhoudRule {
    public TR358() {
        super("TR358", WMO323);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var declaratie = context.bericht().root(Wmo323.class).getDeclaratie();
        long sum = 0;
        for (var line : DeclaratiePrestaties.of(context.bericht().root(Wmo323.class))) {
            var bedrag = line.prestatie().getIngediendBedrag();
            sum += bedrag.getDebetCredit() == LDTDebetCredit.C ? -(long) bedrag.getBedrag() : bedrag.getBedrag();
        }
        var totaal = declaratie.getTotaalIngediendBedrag();
        long signed = totaal.getDebetCredit() == LDTDebetCredit.C ? -totaal.getTotaalBedrag() : totaal.getTotaalBedrag();
        if (signed != sum) {
            findings.add(finding("/Bericht/Declaratie", "/Bericht/Declaratie/TotaalIngediendBedrag",
                    "TotaalIngediendBedrag " + totaal.getTotaalBedrag() + " " + totaal.getDebetCredit()
                            + " differs from the sum of the prestaties' IngediendBedrag, " + Math.abs(sum) + " "
                            + (sum < 0 ? "C" : "D")));
        }
    }
}
