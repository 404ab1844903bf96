package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import java.util.Set;
import nl.iwmohub.model.basisschema.CDTTotaalBedragMetDC;
import nl.iwmohub.model.basisschema.LDTDebetCredit;
import nl.iwmohub.model.wmo325.RetourCodes;
import nl.iwmohub.model.wmo325.Wmo325;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR342 (0001), WMO325: alleen afgewezen Prestaties dienen meegestuurd te worden in het declaratie-antwoordbericht.
 * <p>Reading (what one WMO325 shows without its WMO323): a retourcode "rejects" unless it is 0200 (geen opmerking)
 * or 8001 (volledig toegewezen). Nothing is checked when DeclaratieAntwoord is absent (XSLT-level answer).
 * <ul>
 * <li>DeclaratieAntwoord rejected (a rejecting code in its RetourCodes): TotaalToegekendBedrag must be 0 (finding on
 * TotaalToegekendBedrag/TotaalBedrag) and no prestaties are sent (finding on DeclaratieAntwoord/Clienten).</li>
 * <li>Otherwise: SUM(Prestatie.IngediendBedrag) = TotaalIngediendBedrag - TotaalToegekendBedrag, all signed (credit
 * negative), the sum over every prestatie in the message (finding on TotaalToegekendBedrag); and every prestatie
 * sent must be rejected, i.e. carry at least one rejecting code (0233 counts: not assessed = afgewezen, IV087);
 * a prestatie with only 0200/8001 is a finding on its RetourCodes.</li>
 * </ul>
 * Whether the sent prestaties really are the rejected ones of the WMO323 needs that message and is not checked.
 * <p>This reading is deliberately stricter than the published validation, and kept: it applies only to the
 * hub's own output. The hub does not take WMO325s in (it answers declaraties); it checks every WMO325 it builds
 * ({@code MessageCheck.checkOutgoing}: a violation is an internal error and nothing is sent) and the WMO325s a back office
 * tests with {@code check}. A stricter check there refuses no partner's message, and an answer that passes it
 * also passes the receiving aanbieder's validation.
 */
public final class TR342 extends InhoudRule {
    private static final Set<String> NOT_REJECTING = Set.of("0200", "8001");

    public TR342() {
        super("TR342", WMO325);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var antwoord = context.bericht().root(Wmo325.class).getDeclaratieAntwoord();
        if (antwoord == null) return;
        String klasse = "/Bericht/DeclaratieAntwoord";
        var toegekend = antwoord.getTotaalToegekendBedrag();
        if (rejects(antwoord.getRetourCodes())) {
            if (toegekend.getTotaalBedrag() != 0) {
                findings.add(finding(klasse, klasse + "/TotaalToegekendBedrag/TotaalBedrag", "DeclaratieAntwoord is "
                        + "rejected, so TotaalToegekendBedrag must be 0, not " + toegekend.getTotaalBedrag()));
            }
            if (antwoord.getClienten() != null) {
                findings.add(finding(klasse, klasse + "/Clienten",
                        "DeclaratieAntwoord is rejected, so its prestaties are not assessed and must not be sent"));
            }
            return;
        }
        long sum = 0;
        for (var line : DeclaratiePrestaties.of(context.bericht().root(Wmo325.class))) {
            var prestatie = line.prestatie();
            var bedrag = prestatie.getIngediendBedrag();
            sum += bedrag.getDebetCredit() == LDTDebetCredit.C ? -(long) bedrag.getBedrag() : bedrag.getBedrag();
            if (!rejects(prestatie.getRetourCodes())) {
                findings.add(finding(line.path(), line.path() + "/RetourCodes", "the prestatie carries no rejecting "
                        + "retourcode (" + String.join(", ", prestatie.getRetourCodes().getRetourCode())
                        + "); only rejected prestaties are sent"));
            }
        }
        long verschil = signed(antwoord.getTotaalIngediendBedrag()) - signed(toegekend);
        if (sum != verschil) {
            findings.add(finding(klasse, klasse + "/TotaalToegekendBedrag", "TotaalIngediendBedrag minus "
                    + "TotaalToegekendBedrag is " + verschil + " (signed), but the prestaties sent add up to " + sum));
        }
    }

    private static boolean rejects(RetourCodes codes) {
        return codes.getRetourCode().stream().anyMatch(code -> !NOT_REJECTING.contains(code));
    }

    private static long signed(CDTTotaalBedragMetDC bedrag) {
        return bedrag.getDebetCredit() == LDTDebetCredit.C ? -bedrag.getTotaalBedrag() : bedrag.getTotaalBedrag();
    }
}
