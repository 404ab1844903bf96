package nl.iwmohub.domain;

import java.time.LocalDate;

/** One declared Prestatie of a WMO323, with the path of its berichtklasse. Amounts in eurocent. */
public record Prestatie(String berichtklasse, String bsn, String referentieNummer, String vorigReferentieNummer,
                        long toewijzingNummer, String productcategorie, String productcode, LocalDate begindatum,
                        LocalDate einddatum, int geleverdVolume, String eenheid, Integer productTarief,
                        int ingediendBedrag, String debetCredit) {

    /** The amount with its sign: debet positive, credit negative. */
    public long signedBedrag() {
        return "C".equals(debetCredit) ? -ingediendBedrag : ingediendBedrag;
    }
}
