package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.model.basisschema.CDTGeboortedatum;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CS139 (0001): Voor Geboortedatum geldt dat DatumGebruik en Datum met elkaar in overeenstemming moeten zijn.
 * The table attaches it to Geboortedatum/DatumGebruik of the Client in WMO301, WMO305, WMO307 and WMO315 and of
 * the Relatie in WMO301.
 *
 * <p>Reading (LDT_DatumGebruik in datatypes.md with IV009: the unknown parts are filled with 01 for day and
 * month and 1900 for the year):
 * <ul>
 *   <li>DatumGebruik 1 (dag onbekend): the day of Datum is 01;</li>
 *   <li>DatumGebruik 2 (dag en maand onbekend): Datum is 1 January of its year;</li>
 *   <li>DatumGebruik 3 (onbekende datum): Datum is 1900-01-01;</li>
 *   <li>no DatumGebruik: the whole date is known; nothing to check (a real birth on 1 January 1900 is
 *   possible, so 1900-01-01 without DatumGebruik is not rejected).</li>
 * </ul>
 * The finding names .../Geboortedatum/DatumGebruik, the element the table attaches the rule to.
 */
public final class CS139 extends InhoudRule {
    public CS139() {
        super("CS139", WMO301, WMO305, WMO307, WMO315);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        for (TR002.Geboorte g : TR002.geboortedata(context.bericht().type(), context.bericht().root())) {
            String problem = problem(g.datum());
            if (problem != null) {
                findings.add(finding(g.berichtklasse(), g.berichtklasse() + "/Geboortedatum/DatumGebruik", problem));
            }
        }
    }

    /** Why DatumGebruik and Datum disagree, or null when they agree. */
    static String problem(CDTGeboortedatum g) {
        String gebruik = g.getDatumGebruik();
        LocalDate datum = g.getDatum();
        if (gebruik == null || datum == null) return null;
        return switch (gebruik) {
            case "1" -> datum.getDayOfMonth() == 1 ? null
                    : "DatumGebruik 1 (day unknown) requires day 01 in Datum, but Datum is " + datum;
            case "2" -> datum.getDayOfMonth() == 1 && datum.getMonthValue() == 1 ? null
                    : "DatumGebruik 2 (day and month unknown) requires Datum on 01-01 of its year, but Datum is " + datum;
            case "3" -> datum.equals(LocalDate.of(1900, 1, 1)) ? null
                    : "DatumGebruik 3 (date unknown) requires Datum 1900-01-01, but Datum is " + datum;
            default -> null; // other values are the code list's (XSD) business
        };
    }
}
