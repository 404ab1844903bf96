package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.basisschema.CDTGeboortedatum;
import nl.iwmohub.model.wmo301.Wmo301;
import nl.iwmohub.model.wmo305.Wmo305;
import nl.iwmohub.model.wmo307.Wmo307;
import nl.iwmohub.model.wmo315.Wmo315;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR002 (0001): Geboortedatum mag niet meer dan 120 jaar voor de Dagtekening liggen, tenzij Geboortedatum
 * onbekend is. Geboortedatum is onbekend als DatumGebruik de waarde 3 heeft en Datum de waarde 01-01-1900.
 *
 * <p>Reading: "not more than 120 years before" means Datum must be on or after the Header's Dagtekening minus
 * 120 calendar years (exactly 120 years before is allowed; 29 February minus 120 years is 28 February when
 * that year has none). Only the combination DatumGebruik 3 with Datum 1900-01-01 counts as unknown; any other
 * combination is checked (a mismatch between the two is CS139's business). The rule names "Geboortedatum"
 * without a class, so it is applied to every Geboortedatum in the messages it lists: the Client's in WMO301,
 * WMO305, WMO307 and WMO315, and also the Relatie's in WMO301 (the same CDT_Geboortedatum, to which the table
 * attaches CS139 as well). The element named is .../Geboortedatum/Datum.
 */
public final class TR002 extends InhoudRule {
    static final int MAX_YEARS = 120;

    public TR002() {
        super("TR002", WMO301, WMO305, WMO307, WMO315);
    }

    /** A Geboortedatum in the message: the path of its berichtklasse and its value. */
    record Geboorte(String berichtklasse, CDTGeboortedatum datum) {}

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        LocalDate dagtekening = context.bericht().header().dagtekening();
        LocalDate earliest = dagtekening.minusYears(MAX_YEARS);
        for (Geboorte g : geboortedata(context.bericht().type(), context.bericht().root())) {
            LocalDate datum = g.datum().getDatum();
            if (datum == null || isOnbekend(g.datum())) continue;
            if (datum.isBefore(earliest)) {
                findings.add(finding(g.berichtklasse(), g.berichtklasse() + "/Geboortedatum/Datum",
                        "Geboortedatum " + datum + " lies more than " + MAX_YEARS + " years before the Dagtekening "
                                + dagtekening));
            }
        }
    }

    static boolean isOnbekend(CDTGeboortedatum g) {
        return "3".equals(g.getDatumGebruik()) && LocalDate.of(1900, 1, 1).equals(g.getDatum());
    }

    /** Every Geboortedatum of the message with the path of its berichtklasse (Client, Relatie, Relatie[2], ...). */
    static List<Geboorte> geboortedata(BerichtType type, Object root) {
        List<Geboorte> result = new ArrayList<>();
        switch (type) {
            case WMO301 -> {
                var client = ((Wmo301) root).getClient();
                add(result, "/Bericht/Client", client.getGeboortedatum());
                if (client.getRelaties() != null) {
                    var relaties = client.getRelaties().getRelatie();
                    for (int i = 0; i < relaties.size(); i++) {
                        add(result, Paths.member("/Bericht/Client/Relaties/Relatie", i),
                                relaties.get(i).getGeboortedatum());
                    }
                }
            }
            case WMO305 -> add(result, "/Bericht/Client",
                    ((Wmo305) root).getClient().getGeboortedatum());
            case WMO307 -> add(result, "/Bericht/Client",
                    ((Wmo307) root).getClient().getGeboortedatum());
            case WMO315 -> add(result, "/Bericht/Client",
                    ((Wmo315) root).getClient().getGeboortedatum());
            default -> { }
        }
        return result;
    }

    private static void add(List<Geboorte> result, String berichtklasse, CDTGeboortedatum datum) {
        if (datum != null) result.add(new Geboorte(berichtklasse, datum));
    }
}
