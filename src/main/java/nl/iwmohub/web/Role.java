package nl.iwmohub.web;

import java.util.Locale;

/** The workbench roles, each seeing what the one before sees and more. */
public enum Role {
    /** Everything, with BSNs masked and without raw messages. */
    AUDITOR,
    /** Also BSNs and raw messages (each view recorded in the access log). */
    PRIVACY,
    /** Also the access log and the operator views. */
    BEHEER;

    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown role '" + s + "': auditor, privacy or beheer");
        }
    }
}
