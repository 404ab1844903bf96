package nl.iwmohub.ggk;

/**
 * The hub as the sending application of its envelopes: zender/applicatie (a name without a version, 3-50
 * characters) and parameters/applicatieVersie and applicatieSubversie (4 digits each). Settings
 * iwmo.ggk.applicatie, iwmo.ggk.applicatie-versie, iwmo.ggk.applicatie-subversie.
 */
public record Application(String naam, String versie, String subversie) {
    public Application {
        if (naam == null || naam.length() < 3 || naam.length() > 50) {
            throw new IllegalArgumentException("iwmo.ggk.applicatie must have 3 to 50 characters, not '" + naam + "'");
        }
        if (versie == null || !versie.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("iwmo.ggk.applicatie-versie must be 4 digits, not '" + versie + "'");
        }
        if (subversie == null || !subversie.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("iwmo.ggk.applicatie-subversie must be 4 digits, not '" + subversie + "'");
        }
    }
}
