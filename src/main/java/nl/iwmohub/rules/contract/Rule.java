package nl.iwmohub.rules.contract;

import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * One rule of the standard: its code (TR/CD/CS), the retourcode it gives, its level, the messages it applies to,
 * what it needs of its subject, and its check of one subject: the message (level 2 and the Header rules), a
 * Declaratie class, a Client, a Prestatie, a StartProduct or StopProduct, or a ToegewezenProduct. A rule judges
 * what it is given and never reads the store; the {@link Registry} says in which phase and order it runs.
 */
public interface Rule<S> {
    String code();

    String retourCode();

    Controleniveau niveau();

    /** The message types the rule applies to, in the standard's order. */
    Set<BerichtType> messages();

    default boolean appliesTo(BerichtType type) {
        return messages().contains(type);
    }

    /** What the subject must have for the rule to judge it (a toewijzing found by TR338, say); none by default. */
    default Set<Need> needs() {
        return Set.of();
    }

    /** Adds a finding for every fault; adds nothing when the subject passes. */
    void check(S subject, List<Finding> findings);
}
