package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CS339 (0001), on Prestatie/IngediendBedrag in WMO323: indien Eenheid de waarde 83 (euro's) heeft, moet
 * IngediendBedrag gelijk zijn aan GeleverdVolume. Both are in eurocent (LDT_Volume and LDT_Bedrag), so the
 * values are compared as they are. The finding names IngediendBedrag/Bedrag.
 */
public final class CS339 extends InhoudRule {
    public CS339() {
        super("CS339", WMO323);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (var line : DeclaratiePrestaties.of(context.bericht().root(Wmo323.class))) {
            var prestatie = line.prestatie();
            if ("83".equals(prestatie.getEenheid())
                    && prestatie.getIngediendBedrag().getBedrag() != prestatie.getGeleverdVolume()) {
                findings.add(finding(line.path(), line.path() + "/IngediendBedrag/Bedrag", "Eenheid is 83 (euro's) but "
                        + "IngediendBedrag " + prestatie.getIngediendBedrag().getBedrag()
                        + " differs from GeleverdVolume " + prestatie.getGeleverdVolume()));
            }
        }
    }
}
