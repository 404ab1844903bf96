package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR335 (0001), WMO323: Einddatum mag niet meer dan 5 jaar voor DeclaratieDagtekening liggen.
 * <p>Reading: "Einddatum" is the Einddatum of each Prestatie's ProductPeriode (the period of delivery, which
 * may lie in the past; IV090). It fails when it is earlier than DeclaratieDagtekening minus 5 calendar years;
 * exactly 5 years before is allowed (2026-04-03 allows 2021-04-03, not 2021-04-02). The DeclaratiePeriode is
 * not checked: it cannot be earlier than its prestaties' periods (TR319).
 */
public final class TR335 extends InhoudRule {
    public TR335() {
        super("TR335", WMO323);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var root = (Wmo323) context.bericht().root();
        LocalDate dagtekening = root.getDeclaratie().getDeclaratieDagtekening();
        LocalDate limit = dagtekening.minusYears(5);
        for (var line : DeclaratiePrestaties.of(root)) {
            LocalDate einddatum = line.prestatie().getProductPeriode().getEinddatum();
            if (einddatum.isBefore(limit)) {
                findings.add(finding(line.path(), line.path() + "/ProductPeriode/Einddatum", "Einddatum " + einddatum
                        + " lies more than 5 years before DeclaratieDagtekening " + dagtekening));
            }
        }
    }
}
