package nl.iwmohub.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every technical rule (TR) of iWmo 3.2 by its id, each either applied by the {@link Registry} or with our one-line
 * reason why the registry does not apply it at the gemeente. Only ids and our own reasons are kept here, not the
 * standard's text. {@link #problems} says where this list and the registry disagree (RuleTableTest holds it empty),
 * so a rule added to the registry must lose its reason here, and a rule of the standard cannot silently go missing.
 */
public final class TechnicalRules {
    /** The checks of the WMO325, which the hub forms itself: applied to its own answer before it is sent. */
    public static final String OWN_WMO325 = "applied to the hub's own WMO325 (retour.AntwoordCheck)";
    /** Rules of the WMO315/WMO317/WMO319 flows (and the WMO301 that honours a verzoek), being added on another branch. */

    private static final Map<String, String> REASONS = new LinkedHashMap<>();

    private static void applied(String... ids) {
        for (String id : ids) put(id, null);
    }

    private static void reason(String reason, String... ids) {
        for (String id : ids) put(id, reason);
    }

    private static void put(String id, String reason) {
        if (REASONS.containsKey(id)) throw new IllegalStateException(id + " is listed twice");
        REASONS.put(id, reason);
    }

    static {
        // the 78 TR ids of the standard (iwmo-3.2 rules.md), in numeric order; null reason: the registry applies it
        applied("TR002", "TR006", "TR018", "TR019", "TR056", "TR061", "TR063", "TR071", "TR074", "TR101", "TR134",
                "TR135", "TR137", "TR302", "TR304", "TR307", "TR308", "TR314", "TR315", "TR316", "TR318", "TR319",
                "TR321", "TR322", "TR323", "TR326", "TR332", "TR333", "TR335");
        reason(OWN_WMO325, "TR337");
        applied("TR338", "TR339", "TR340", "TR341", "TR342", "TR346");
        applied("TR347", "TR349", "TR350", "TR351");
        applied("TR352", "TR353");
        applied("TR355", "TR357");
        applied("TR358");
        applied("TR359", "TR360", "TR361", "TR365");
        reason(OWN_WMO325, "TR366", "TR367");
        applied("TR369");
        reason(OWN_WMO325, "TR371");
        applied("TR373", "TR374", "TR375");
        reason(OWN_WMO325, "TR376");
        // The gemeentecodes of the messages are the Header's parties; the hub holds no CBS list to check them
        // against, only the gemeenten it serves (iwmo.gemeenten), and quarantines a message for another one.
        reason("needs the CBS list of gemeentecodes, which the hub does not hold; a message for a gemeente outside "
                + "iwmo.gemeenten is quarantined", "TR378");
        applied("TR379");
        applied("TR380", "TR381", "TR382", "TR383", "TR384", "TR385", "TR386", "TR387", "TR388", "TR389", "TR390",
                "TR410");
        applied("TR411", "TR412");
        applied("TR413", "TR414", "TR415", "TR416", "TR418");
    }

    private TechnicalRules() {}

    /** Every TR id of the standard, in numeric order. */
    public static List<String> ids() {
        return List.copyOf(REASONS.keySet());
    }

    /**
     * Applied, but not yet to every message the standard names for it: the rule, and the messages it is not applied
     * to (the registry table's messages column shows the ones it is applied to).
     */
    public static Map<String, String> notYetFor() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("TR304", "WMO317 (a Bsn of a client of the gemeente: TR349 judges the client's current toewijzingen instead)");
        m.put("TR381", "WMO315, WMO317 (the product codes of a verzoek against the gemeente's product code list)");
        return m;
    }

    /** The TRs the registry does not apply, each with its reason, in numeric order. */
    public static Map<String, String> notApplied() {
        Map<String, String> m = new LinkedHashMap<>();
        REASONS.forEach((id, reason) -> {
            if (reason != null) m.put(id, reason);
        });
        return Collections.unmodifiableMap(m);
    }

    /** Where this list and the rules the registry applies disagree; empty when they agree. */
    public static List<String> problems(Set<String> appliedCodes) {
        return problems(appliedCodes, REASONS);
    }

    /** {@code reasons}: every TR id of the standard with its reason, or null where it is applied. */
    static List<String> problems(Set<String> appliedCodes, Map<String, String> reasons) {
        List<String> problems = new ArrayList<>();
        reasons.forEach((id, reason) -> {
            boolean applied = appliedCodes.contains(id);
            boolean hasReason = reason != null && !reason.isBlank();
            if (applied && hasReason) problems.add(id + " is applied by the registry and has a reason not to be");
            if (!applied && !hasReason) problems.add(id + " is neither applied by the registry nor given a reason");
        });
        for (String code : appliedCodes) {
            if (code.startsWith("TR") && !reasons.containsKey(code)) {
                problems.add(code + " is applied by the registry but is no TR of the standard's list");
            }
        }
        return problems;
    }
}
