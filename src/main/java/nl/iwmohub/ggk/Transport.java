package nl.iwmohub.ggk;

import java.util.Locale;

/** How the hub sends: bare files in the outbox (bestand) or StUF-GGk envelopes (ggk). Setting iwmo.transport. */
public enum Transport {
    BESTAND, GGK;

    public static Transport parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("iwmo.transport must be bestand or ggk, not '" + value + "'");
        }
    }
}
