package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.model.wmo315.AangevraagdProduct;
import nl.iwmohub.model.wmo315.Wmo315;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD043 (0001), WMO315 AangevraagdProduct/BeschikkingIngangsdatum: "Indien Beschikkingnummer gevuld is,
 * verplicht vullen, anders leeg laten." Both directions are checked: a BeschikkingNummer without
 * BeschikkingIngangsdatum, and a BeschikkingIngangsdatum without BeschikkingNummer. The finding names the
 * BeschikkingIngangsdatum (the element the condition is on), also when it is missing.
 */
public final class CD043 extends InhoudRule {
    public CD043() {
        super("CD043", WMO315);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (var line : ProductLines.aangevraagd(context.bericht().root(Wmo315.class))) {
            AangevraagdProduct p = line.product();
            String klasse = line.path();
            boolean nummer = p.getBeschikkingNummer() != null;
            boolean datum = p.getBeschikkingIngangsdatum() != null;
            if (nummer && !datum) {
                findings.add(finding(klasse, klasse + "/BeschikkingIngangsdatum",
                        "BeschikkingNummer is filled, so BeschikkingIngangsdatum is required"));
            } else if (!nummer && datum) {
                findings.add(finding(klasse, klasse + "/BeschikkingIngangsdatum",
                        "BeschikkingNummer is empty, so BeschikkingIngangsdatum must be left empty"));
            }
        }
    }
}
