package nl.iwmohub.domain;

import java.time.LocalDate;
import java.util.List;

/** A WMO323 Declaratie with its clients' prestaties. TotaalIngediendBedrag is signed (credit negative). */
public record Declaratie(String gemeente, String aanbieder, String declaratieNummer, LocalDate periodeBegin,
                         LocalDate periodeEind, LocalDate dagtekening, long totaalIngediend,
                         List<Prestatie> prestaties) {
}
