package nl.iwmohub.domain;

import java.time.LocalDate;

/** A prestatie of an earlier declaratie as stored: what later declarations are checked against. */
public record EerderePrestatie(String bsn, String referentieNummer, String vorigReferentieNummer, long toewijzingNummer,
                               String productcategorie, String productcode, LocalDate begindatum, LocalDate einddatum,
                               int geleverdVolume, String eenheid, int ingediendBedrag, String debetCredit,
                               boolean toegekend) {

    public boolean debet() {
        return "D".equals(debetCredit);
    }
}
