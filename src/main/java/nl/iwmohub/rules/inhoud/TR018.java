package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.wmo307.Wmo307;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR018 (0001): Einddatum moet groter dan of gelijk zijn aan Begindatum. WMO307 only: in every StopProduct the
 * Einddatum must be on or after the Begindatum of the same StopProduct (both 1..1). The finding names
 * StopProduct/Einddatum.
 */
public final class TR018 extends InhoudRule {
    public TR018() {
        super("TR018", WMO307);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var producten = context.bericht().root(Wmo307.class).getClient().getStopProducten()
                .getStopProduct();
        for (int i = 0; i < producten.size(); i++) {
            var p = producten.get(i);
            if (p.getBegindatum() != null && p.getEinddatum() != null && p.getEinddatum().isBefore(p.getBegindatum())) {
                String klasse = Paths.member("/Bericht/Client/StopProducten/StopProduct", i);
                findings.add(finding(klasse, klasse + "/Einddatum",
                        "Einddatum " + p.getEinddatum() + " lies before Begindatum " + p.getBegindatum()));
            }
        }
    }
}
