package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CD096 (0001), WMO317 NieuwProduct/Omvang: "Indien Code in NieuwProduct leeg is en Einddatum groter dan
 * 31-12-2020 of leeg is, dan leeg laten." Reading: "Code leeg" is Product/Code absent, whether or not Product
 * (with its Categorie) is present. An Omvang on such a NieuwProduct whose Einddatum is absent or after 2020-12-31
 * is named.
 * <p>Since TR380 requires a NieuwProduct's GewensteIngangsdatum to lie after the Dagtekening (and CS003 its
 * Einddatum on or after that date), an Einddatum on or before 2020-12-31 can only pass in a WMO317 dated in 2020;
 * the cases of that boundary are dated 30 November 2020 so that they break or pass this rule alone.
 */
public final class CD096 extends InhoudRule {
    private static final Set<String> CLASSES = Set.of("NieuwProduct");
    private static final LocalDate GRENS = LocalDate.of(2020, 12, 31);

    public CD096() {
        super("CD096", WMO317);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (ProductLines.Item item : ProductLines.items(context.bericht(), CLASSES)) {
            boolean geenCode = item.code() == null;
            LocalDate eind = item.end();
            if (geenCode && (eind == null || eind.isAfter(GRENS)) && item.omvang() != null) {
                String klasse = item.path();
                findings.add(finding(klasse, klasse + "/Omvang", "a NieuwProduct without Code and with "
                        + (eind == null ? "no Einddatum" : "Einddatum " + eind + " after 2020-12-31")
                        + " must leave Omvang empty"));
            }
        }
    }
}
