package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.wmo301.Wmo301;
import nl.iwmohub.model.wmo305.Wmo305;
import nl.iwmohub.model.wmo307.Wmo307;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.model.wmo325.Wmo325;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR134 (0001): Vullen met een bestaande datum die niet groter is dan de Dagtekening van het bericht.
 *
 * <p>Reading. The CD/CS table in rules.md does not attach TR134 to elements. The hub applies it to exactly the
 * elements the published validation checks with it, and to no others (an XSD-valid date "exists" already):
 * <ul>
 *   <li>WMO301: Client/Geboortedatum/Datum, Relatie/Geboortedatum/Datum and ToegewezenProduct/Toewijzingsdatum;</li>
 *   <li>WMO305: Client/Geboortedatum/Datum and StartProduct/Begindatum;</li>
 *   <li>WMO307: Client/Geboortedatum/Datum and StopProduct/Einddatum;</li>
 *   <li>WMO315: Client/Geboortedatum/Datum;</li>
 *   <li>WMO323: Declaratie/DeclaratiePeriode/Begindatum and Prestatie/ProductPeriode/Begindatum;</li>
 *   <li>WMO325: Prestatie/ProductPeriode/Begindatum.</li>
 * </ul>
 * The Einddatum of a DeclaratiePeriode or ProductPeriode is TR137's. An earlier reading also checked the WMO323
 * DeclaratieDagtekening and the WMO307 StopProduct/Begindatum (dates that by their meaning lie in the past). The
 * published validation checks neither, so the hub refused messages that the receivers accept; it no longer does:
 * a DeclaratieDagtekening after the Header's Dagtekening passes, and a StopProduct/Begindatum after it is
 * TR018's concern (its Einddatum, which TR134 does check, may not lie before it). Dates equal to the
 * Dagtekening pass. Each later date is reported on its own element.
 */
public final class TR134 extends InhoudRule {
    public TR134() {
        super("TR134", WMO301, WMO305, WMO307, WMO315, WMO323, WMO325);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        LocalDate dagtekening = context.bericht().header().dagtekening();
        Object root = context.bericht().root();
        Checker c = new Checker(dagtekening, findings);
        for (TR002.Geboorte g : TR002.geboortedata(context.bericht().type(), root)) {
            c.check(g.berichtklasse(), "/Geboortedatum/Datum", g.datum().getDatum());
        }
        switch (context.bericht().type()) {
            case WMO301 -> {
                for (var line : ProductLines.toegewezen((Wmo301) root)) {
                    c.check(line.path(), "/Toewijzingsdatum", line.product().getToewijzingsdatum());
                }
            }
            case WMO305 -> {
                var producten = ((Wmo305) root).getClient().getStartProducten().getStartProduct();
                for (int i = 0; i < producten.size(); i++) {
                    c.check(Paths.member("/Bericht/Client/StartProducten/StartProduct", i), "/Begindatum",
                            producten.get(i).getBegindatum());
                }
            }
            case WMO307 -> {
                var producten = ((Wmo307) root).getClient().getStopProducten().getStopProduct();
                for (int i = 0; i < producten.size(); i++) {
                    c.check(Paths.member("/Bericht/Client/StopProducten/StopProduct", i), "/Einddatum",
                            producten.get(i).getEinddatum());
                }
            }
            case WMO323 -> {
                var declaratie = ((Wmo323) root).getDeclaratie();
                if (declaratie.getDeclaratiePeriode() != null) {
                    c.check("/Bericht/Declaratie", "/DeclaratiePeriode/Begindatum",
                            declaratie.getDeclaratiePeriode().getBegindatum());
                }
                for (var line : DeclaratiePrestaties.of((Wmo323) root)) {
                    var periode = line.prestatie().getProductPeriode();
                    if (periode != null) c.check(line.path(), "/ProductPeriode/Begindatum", periode.getBegindatum());
                }
            }
            case WMO325 -> {
                for (var line : DeclaratiePrestaties.of((Wmo325) root)) {
                    var periode = line.prestatie().getProductPeriode();
                    if (periode != null) c.check(line.path(), "/ProductPeriode/Begindatum", periode.getBegindatum());
                }
            }
            default -> { }
        }
    }

    private final class Checker {
        private final LocalDate dagtekening;
        private final List<Finding> findings;

        Checker(LocalDate dagtekening, List<Finding> findings) {
            this.dagtekening = dagtekening;
            this.findings = findings;
        }

        void check(String klasse, String element, LocalDate datum) {
            if (datum != null && datum.isAfter(dagtekening)) {
                findings.add(finding(klasse, klasse + element,
                        element.substring(1) + " " + datum + " lies after the Dagtekening " + dagtekening));
            }
        }
    }
}
