package nl.iwmohub.rules;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;

/**
 * One rule of the standard: its code (TR/CD/CS), the retourcode it gives, its level, the messages it applies
 * to and its check. Adding a rule is writing one such class and listing it in {@link RuleSet}.
 */
public interface Rule extends Regel {
    boolean appliesTo(BerichtType type);

    /** The message types the rule applies to, in the standard's order. */
    @Override
    default java.util.Set<BerichtType> messages() {
        java.util.Set<BerichtType> result = java.util.EnumSet.noneOf(BerichtType.class);
        for (BerichtType t : BerichtType.values()) if (appliesTo(t)) result.add(t);
        return result;
    }

    void check(RuleContext context, List<Finding> findings);

    default Finding finding(String berichtklasse, String element, String reason) {
        return new Finding(code(), retourCode(), niveau(), berichtklasse, element, reason);
    }
}
