package nl.iwmohub.processing;

import java.time.Clock;
import java.time.Instant;
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
 * What every processing step shares: the store, the reader, the rules, the retour builders, the clocks and
 * the gemeenten this hub serves (empty: any). {@code clock} gives the rules' date (fixed by iwmo.today);
 * {@code tijd} the real time, for the audit trail's received and written times, which iwmo.today never fixes.
 */
public record Hub(Database database, BerichtStore berichten, BerichtReader reader,
                  Registry rules, RetourBuilder retourBuilder, DeclaratieAntwoordBuilder antwoordBuilder, MessageCheck messageCheck,
                  Clock clock, Set<String> gemeenten, Clock tijd) {

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The real time, for what the store records as received or written. */
    public Instant now() {
        return Instant.now(tijd);
    }

    public boolean serves(String gemeente) {
        return gemeenten.isEmpty() || gemeenten.contains(gemeente);
    }
}
