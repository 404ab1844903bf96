package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR316 (0001), WMO323: debetregels mogen niet in hetzelfde bericht gecrediteerd worden. As the note says:
 * VorigReferentieNummer may not equal the ReferentieNummer of any Prestatie in the same message (any client,
 * any position, the prestatie itself included). The finding names the VorigReferentieNummer.
 */
public final class TR316 extends InhoudRule {
    public TR316() {
        super("TR316", WMO323);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var lines = DeclaratiePrestaties.of(context.bericht().root(Wmo323.class));
        Set<String> referenties = new HashSet<>();
        for (var line : lines) referenties.add(line.prestatie().getProductReferentie().getReferentieNummer());
        for (var line : lines) {
            String vorig = line.prestatie().getProductReferentie().getVorigReferentieNummer();
            if (vorig != null && referenties.contains(vorig)) {
                findings.add(finding(line.path(), line.path() + "/ProductReferentie/VorigReferentieNummer",
                        "VorigReferentieNummer " + vorig + " is the ReferentieNummer of a prestatie in the same message"));
            }
        }
    }
}
