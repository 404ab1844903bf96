package nl.iwmohub.rules;

import java.util.ArrayList;
import java.util.List;
import nl.iwmohub.rules.header.TR056;
import nl.iwmohub.rules.header.TR135;
import nl.iwmohub.rules.inhoud.*;

/** The rules the hub applies, by level. The order within a level is the order of the report. */
public final class RuleSet {
    private final List<Rule> rules;

    public RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleSet standard() {
        return new RuleSet(List.of(
                // controleniveau 2: inside the message
                new CS002(),
                // across messages: dates, birth dates, duplicate lines; WMO305, WMO307
                new TR002(), new TR018(), new TR101(), new TR134(), new CS058(), new CS139(),
                // WMO301 (and the same codes in WMO315, WMO317)
                new TR006(), new TR061(), new TR302(), new CS003(), new CS050(), new CS089(), new CS318(), new CS335(),
                new CS336(), new CS338(), new CD005(), new CD007(), new CD009(), new CD025(), new CD034(), new CD041(),
                new CD075(), new CD076(), new CD077(), new CD078(), new CD079(), new CD080(),
                // WMO323, WMO325
                new CD060(), new CD087(), new CS100(), new CS325(), new CS337(), new CS339(), new CS340(), new TR137(),
                new TR315(), new TR316(), new TR319(), new TR335(), new TR342(), new TR358(), new TR416(),
                // WMO315, WMO317, WMO319
                new CD043(), new CD066(), new CD067(), new CD068(), new CD095(), new CS343(), new TR383(), new TR386(),
                new CD096(), new TR352(), new TR353(), new TR380(), new TR410(), new CD085(), new CD086(),
                // controleniveau 3 and 4 on the Header
                new TR056(),
                new TR135()));
    }

    /** Runs every rule of the given levels that applies to the message; all failures, not only the first. */
    public List<Finding> check(RuleContext context, Controleniveau... levels) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            if (List.of(levels).contains(rule.niveau()) && rule.appliesTo(context.bericht().type())) {
                rule.check(context, findings);
            }
        }
        return findings;
    }

    public List<Rule> rules() {
        return rules;
    }
}
