package nl.iwmohub.rules.kern.verzoek;

import java.time.LocalDate;
import nl.iwmohub.domain.ToegewezenProduct;

/**
 * TR349's "actuele toewijzing", shared by TR349, TR350 and TR351: valid on or after the date, or starting in the
 * future; one whose Einddatum equals its Ingangsdatum with RedenWijziging 13 (verwijderd) or 01 (administratieve
 * correctie, vervallen) is not actueel. Reading: "de huidige datum" is the WMO317's Dagtekening, the day the
 * aanbieder composed the verzoek from the toewijzingen it had, so a message that waited in a queue is judged
 * as it was sent.
 */
final class Actueel {
    private Actueel() {}

    static boolean is(ToegewezenProduct p, LocalDate peildatum) {
        if (p.einddatum() != null && p.einddatum().equals(p.ingangsdatum())
                && ("13".equals(p.redenWijziging()) || "01".equals(p.redenWijziging()))) {
            return false;
        }
        return p.einddatum() == null || !p.einddatum().isBefore(peildatum) || p.ingangsdatum().isAfter(peildatum);
    }
}
