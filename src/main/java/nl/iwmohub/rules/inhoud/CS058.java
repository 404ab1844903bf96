package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.wmo305.Wmo305;
import nl.iwmohub.model.wmo307.Wmo307;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CS058 (0001): StatusAanlevering 1 (eerste aanlevering) of 3 (verwijderen aanlevering) vullen. The table
 * attaches it to StartProduct/StatusAanlevering in WMO305 and StopProduct/StatusAanlevering in WMO307. The
 * values 2 (gewijzigde aanlevering) and 9 (niet van toepassing), which the code list also has, are rejected.
 */
public final class CS058 extends InhoudRule {
    public CS058() {
        super("CS058", WMO305, WMO307);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        Object root = context.bericht().root();
        switch (context.bericht().type()) {
            case WMO305 -> {
                var producten = ((Wmo305) root).getClient().getStartProducten().getStartProduct();
                for (int i = 0; i < producten.size(); i++) {
                    check(Paths.member("/Bericht/Client/StartProducten/StartProduct", i),
                            producten.get(i).getStatusAanlevering(), findings);
                }
            }
            case WMO307 -> {
                var producten = ((Wmo307) root).getClient().getStopProducten().getStopProduct();
                for (int i = 0; i < producten.size(); i++) {
                    check(Paths.member("/Bericht/Client/StopProducten/StopProduct", i),
                            producten.get(i).getStatusAanlevering(), findings);
                }
            }
            default -> { }
        }
    }

    private void check(String klasse, String status, List<Finding> findings) {
        if (!"1".equals(status) && !"3".equals(status)) {
            findings.add(finding(klasse, klasse + "/StatusAanlevering",
                    "StatusAanlevering is " + status + "; only 1 (eerste aanlevering) or 3 (verwijderen aanlevering)"
                            + " is allowed"));
        }
    }
}
