package nl.iwmohub.catalogus;

import java.time.LocalDate;

/**
 * One row of a contract catalogue: the tariff of one product of one gemeente for one validity period, with
 * the file and line it came from so that a verdict can cite it. Tarief is in eurocent per eenheid (WJ756);
 * null when the contract names no amount. geldigTot null means open-ended.
 */
public record TariefRegel(String bestand, int regel, String gemeente, String productcategorie, String productcode,
                          String omschrijving, String eenheid, Integer tarief, LocalDate geldigVan,
                          LocalDate geldigTot, String bron) {

    public boolean geldigOp(LocalDate date) {
        return !date.isBefore(geldigVan) && (geldigTot == null || !date.isAfter(geldigTot));
    }

    public boolean heeftTarief() {
        return tarief != null;
    }

    /** For auditors: the row as it reads, with where it is and what it cites. */
    public String describe() {
        return gemeente + " " + productcategorie + "/" + productcode + " " + omschrijving + ": "
                + (tarief == null ? "no amount" : tarief + " eurocent") + " per eenheid " + eenheid + ", "
                + geldigVan + ".." + (geldigTot == null ? "open" : geldigTot) + " (" + bestand + " line " + regel
                + "; " + bron + ")";
    }
}
