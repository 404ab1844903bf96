package nl.iwmohub.retour;

import java.time.LocalDate;

/** The identification the hub gives a message it sends: Identificatie (at most 12 characters) and date. */
public record RetourIdentity(String identificatie, LocalDate dagtekening) {
    public RetourIdentity {
        if (identificatie.isBlank() || identificatie.length() > 12) {
            throw new IllegalArgumentException("an Identificatie has 1 to 12 characters: " + identificatie);
        }
    }
}
