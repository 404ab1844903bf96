package nl.iwmohub.rules;

import java.util.Set;
import nl.iwmohub.bericht.BerichtType;

/** What the rule table needs of every rule, inside one message or across messages: code, retourcode, level, messages. */
public interface Regel {
    String code();

    String retourCode();

    Controleniveau niveau();

    Set<BerichtType> messages();
}
