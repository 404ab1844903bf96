package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.iwmohub.model.wmo301.Contact;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * CS003 (0001): Indien van toepassing vullen met een waarde die groter is dan, of gelijk is aan de Begindatum
 * (of Ingangsdatum) van de aangeduide periode. Applied where the standard lists it: WMO301 Contact/Periode/Einddatum
 * (against Periode/Begindatum; Contact of the Client and of each Relatie), WMO301 ToegewezenProduct/Einddatum
 * (against Ingangsdatum), WMO315 AangevraagdProduct/ToewijzingEinddatum (against ToewijzingIngangsdatum), WMO317
 * NieuwProduct/Einddatum and TeWijzigenProduct/Einddatum. Reading: for WMO317 the start of the indicated period is
 * GewensteIngangsdatum (the only start date in the class; the original Ingangsdatum of a TeWijzigenProduct is not
 * in the message).
 * <p>"Indien van toepassing" is read as: when the Einddatum is filled. A filled Einddatum is then a fault unless
 * the date it is compared with is present and not later, as the published validation does: an Einddatum with no
 * Begindatum is not "groter dan, of gelijk aan" it (an earlier reading let it pass). Of the compared dates only
 * the Begindatum of a Contact's Periode (CDT_OpenPeriode, 0..1) can be absent; Ingangsdatum,
 * ToewijzingIngangsdatum and GewensteIngangsdatum are required by the XSD, and are treated the same way.
 */
public final class CS003 extends InhoudRule {
    private static final Set<String> CLASSES = Set.of("ToegewezenProduct", "AangevraagdProduct", "NieuwProduct", "TeWijzigenProduct");

    public CS003() {
        super("CS003", WMO301, WMO315, WMO317);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        if (context.bericht().type() == WMO301) {
            for (Wmo301Contacts.Located located : Wmo301Contacts.contacts(context)) {
                periode(located.path(), located.contact(), findings);
            }
        }
        for (ProductLines.Item item : ProductLines.items(context.bericht(), CLASSES)) {
            if (item.end() != null && (item.begin() == null || item.end().isBefore(item.begin()))) {
                findings.add(finding(item.path(), item.path() + "/" + item.endName(), item.endName() + " " + item.end()
                        + (item.begin() == null ? " is filled but " + item.beginName() + " is absent"
                                : " lies before " + item.beginName() + " " + item.begin())));
            }
        }
    }

    private void periode(String path, Contact contact, List<Finding> findings) {
        if (contact == null || contact.getPeriode() == null) return;
        LocalDate begin = contact.getPeriode().getBegindatum();
        LocalDate end = contact.getPeriode().getEinddatum();
        if (end == null) return;
        if (begin == null) {
            findings.add(finding(path, path + "/Periode/Einddatum", "Periode Einddatum " + end
                    + " is filled but Periode has no Begindatum to compare it with"));
        } else if (end.isBefore(begin)) {
            findings.add(finding(path, path + "/Periode/Einddatum",
                    "Periode Einddatum " + end + " lies before Begindatum " + begin));
        }
    }
}
