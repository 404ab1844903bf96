package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.wmo317.TeWijzigenProduct;
import nl.iwmohub.rules.BaseRule;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.RuleContext;

/**
 * TR380 (0001), WMO317: "Vullen met een datum die groter is dan de dagtekening van het bericht."
 * <p>
 * The standard does not name the element. Reading: it is TeWijzigenProduct/Einddatum, when filled. The dates in a
 * WMO317 are the GewensteIngangsdatum and Einddatum of TeWijzigenProduct and NieuwProduct. TeWijzigenProduct's
 * GewensteIngangsdatum may lie on or before the Dagtekening (TR357: then it equals the original Ingangsdatum;
 * IV091 example 1 asks a change from the original start 1 March 2025), so it cannot be meant. A NieuwProduct may be
 * requested with retroactive effect (IV093 example 2: new product C per 16 May asked in April and assigned later,
 * and instructions allow a past GewensteIngangsdatum by agreement), so its dates are not meant either. A requested
 * Einddatum of an existing assignment in the past would end an assignment retroactively, which "mag niet leiden tot
 * onrechtmatigheid van reeds geleverde zorg" (IV091) and can only be done by the gemeente in agreement with the
 * aanbieder (principles: beëindigen in het verleden); that is the date this rule keeps after the Dagtekening.
 * "Groter dan" is strict: an Einddatum equal to the Dagtekening fails.
 */
public final class TR380 extends BaseRule {
    private static final String PRODUCT = "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct";

    public TR380() {
        super("TR380", "0001", Controleniveau.XSLT, WMO317);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var teWijzigen = context.bericht().root(nl.iwmohub.model.wmo317.Root.class).getClient().getVerzoek()
                .getTeWijzigenProducten();
        if (teWijzigen == null) return;
        LocalDate dagtekening = context.bericht().header().dagtekening();
        List<TeWijzigenProduct> products = teWijzigen.getTeWijzigenProduct();
        for (int i = 0; i < products.size(); i++) {
            LocalDate eind = products.get(i).getEinddatum();
            if (eind != null && !eind.isAfter(dagtekening)) {
                String klasse = Paths.member(PRODUCT, i);
                findings.add(finding(klasse, klasse + "/Einddatum", "Einddatum " + eind
                        + " is not after the Dagtekening " + dagtekening));
            }
        }
    }
}
