package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR380 (0001), WMO317: "Vullen met een datum die groter is dan de dagtekening van het bericht."
 * <p>
 * The standard does not name the element. Reading: it is NieuwProduct/GewensteIngangsdatum, as the published
 * validation applies it: a new product is requested from a day after the message's Dagtekening. "Groter dan" is
 * strict: a GewensteIngangsdatum equal to the Dagtekening fails (so does the standard's own example WMO317, whose
 * NieuwProduct starts on its Dagtekening). TeWijzigenProduct is not checked: its GewensteIngangsdatum may lie on
 * or before the Dagtekening (TR357, a change over the whole period) and its Einddatum may too. An earlier reading
 * put the rule on TeWijzigenProduct/Einddatum and let a NieuwProduct start in the past (instructions allow a past
 * GewensteIngangsdatum when the gemeente assigns later, by agreement); the published validation does the
 * opposite, and a WMO317 the gemeente's validation rejects must be rejected here too.
 */
public final class TR380 extends InhoudRule {
    private static final Set<String> CLASSES = Set.of("NieuwProduct");

    public TR380() {
        super("TR380", WMO317);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        LocalDate dagtekening = context.bericht().header().dagtekening();
        for (ProductLines.Item item : ProductLines.items(context.bericht(), CLASSES)) {
            LocalDate ingang = item.begin();
            if (!ingang.isAfter(dagtekening)) {
                String klasse = item.path();
                findings.add(finding(klasse, klasse + "/GewensteIngangsdatum", "GewensteIngangsdatum " + ingang
                        + " of a NieuwProduct is not after the Dagtekening " + dagtekening));
            }
        }
    }
}
