package nl.iwmohub.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A product assigned by a WMO301 toewijzing (one ToegewezenProduct), with the client it is for. Each WMO301
 * adds a version; the current one has the latest Toewijzingsdatum and Toewijzingstijd (IV013).
 */
public record ToegewezenProduct(String gemeente, String aanbieder, String bsn, long toewijzingNummer,
                                String productcategorie, String productcode, LocalDate toewijzingsdatum,
                                LocalTime toewijzingstijd, LocalDate ingangsdatum, LocalDate einddatum,
                                String redenWijziging, Integer volume, String eenheid, String frequentie,
                                Integer budget) {

    /** RedenWijziging 13: the toewijzing was withdrawn (its Einddatum equals its Ingangsdatum). */
    public boolean verwijderd() {
        return "13".equals(redenWijziging);
    }
}
