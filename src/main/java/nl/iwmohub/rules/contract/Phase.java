package nl.iwmohub.rules.contract;

import java.util.ArrayList;
import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.rules.contract.Rule;
import nl.iwmohub.verdict.Finding;

/**
 * One step of the judgement of a message: the rules that judge one kind of subject, in the order they run, and
 * what a finding in this phase does to the rest (IV028, IV087), as data.
 */
public record Phase<S>(String subject, OnFinding onFinding, List<Rule<S>> rules) {

    /** What a finding in a phase does to the phases after it. */
    public enum OnFinding {
        /** The message is rejected as a whole: nothing after this phase is judged. */
        STOP_MESSAGE,
        /** The subject's children (a Client's Prestaties) are not judged: they are returned with 0233. */
        NOT_JUDGE_CHILDREN,
        /** The other subjects go on; this subject is rejected on its own. */
        GO_ON
    }

    public Phase {
        rules = List.copyOf(rules);
    }

    /** Every rule of the phase that applies to the message type and has what it needs; all faults, not the first. */
    public List<Finding> judge(BerichtType type, S subject) {
        List<Finding> findings = new ArrayList<>(0);
        for (Rule<S> rule : rules) {
            if (rule.appliesTo(type) && hasNeeds(rule, subject)) rule.check(subject, findings);
        }
        return findings;
    }

    private static boolean hasNeeds(Rule<?> rule, Object subject) {
        for (Need need : rule.needs()) {
            if (!(subject instanceof Need.Subject s && s.has(need))) return false;
        }
        return true;
    }
}
