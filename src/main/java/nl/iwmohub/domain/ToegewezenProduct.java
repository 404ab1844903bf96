package nl.iwmohub.domain;

import java.time.LocalDate;

/** A product assigned by a WMO301 toewijzing (one ToegewezenProduct), with the client it is for. */
public record ToegewezenProduct(String gemeente, String aanbieder, String bsn, long toewijzingNummer,
                                String productcategorie, String productcode, LocalDate toewijzingsdatum,
                                LocalDate ingangsdatum, LocalDate einddatum, String redenWijziging, Integer volume,
                                String eenheid, String frequentie, Integer budget) {
}
