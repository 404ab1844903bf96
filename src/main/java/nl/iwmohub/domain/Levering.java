package nl.iwmohub.domain;

import java.time.LocalDate;

/**
 * A StartProduct (WMO305) or StopProduct (WMO307): the start or end of delivery of an assigned product.
 * For a start, redenBeeindiging and einddatum are null.
 */
public record Levering(String berichtklasse, String gemeente, String aanbieder, String bsn, Long toewijzingNummer,
                       String productcategorie, String productcode, LocalDate toewijzingIngangsdatum,
                       LocalDate begindatum, String redenBeeindiging, LocalDate einddatum, String statusAanlevering) {
}
