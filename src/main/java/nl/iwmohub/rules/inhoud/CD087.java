package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD087 (0001), on Prestatie/ProductTarief in WMO323: als Eenheid ongelijk is aan 83 (euro's) dan verplicht
 * vullen, anders leeg laten. Eenheid is the Prestatie's own Eenheid. The finding names ProductTarief.
 */
public final class CD087 extends InhoudRule {
    public CD087() {
        super("CD087", WMO323);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (var line : DeclaratiePrestaties.of(context.bericht().root(Wmo323.class))) {
            var prestatie = line.prestatie();
            String klasse = line.path();
            boolean euros = "83".equals(prestatie.getEenheid());
            boolean filled = prestatie.getProductTarief() != null;
            if (!euros && !filled) {
                findings.add(finding(klasse, klasse + "/ProductTarief", "ProductTarief is missing although Eenheid is "
                        + prestatie.getEenheid() + " (not 83, euro's)"));
            } else if (euros && filled) {
                findings.add(finding(klasse, klasse + "/ProductTarief",
                        "ProductTarief is filled although Eenheid is 83 (euro's); leave it empty"));
            }
        }
    }
}
