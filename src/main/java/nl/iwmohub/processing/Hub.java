package nl.iwmohub.processing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import nl.iwmohub.read.BerichtReader;
import nl.iwmohub.retour.DeclaratieAntwoordBuilder;
import nl.iwmohub.retour.MessageCheck;
import nl.iwmohub.retour.RetourBuilder;
import nl.iwmohub.rules.Registry;
import nl.iwmohub.store.BerichtStore;
import nl.iwmohub.store.Database;

/**
 * What every processing step shares: the store, the reader, the rules, the retour builders, the clock and
 * the gemeenten this hub serves (empty: any).
 */
public record Hub(Database database, BerichtStore berichten, BerichtReader reader,
                  Registry rules, RetourBuilder retourBuilder, DeclaratieAntwoordBuilder antwoordBuilder, MessageCheck messageCheck,
                  Clock clock, Set<String> gemeenten) {

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean serves(String gemeente) {
        return gemeenten.isEmpty() || gemeenten.contains(gemeente);
    }
}
