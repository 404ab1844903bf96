package nl.iwmohub.domain;

import java.time.LocalDate;

/**
 * The Omvang of a toewijzing (Volume, Eenheid WJ756, Frequentie: 1 per dag, 2 per week, 4 per maand, 6 totaal
 * binnen geldigheidsduur toewijzing) with the toewijzing's period and product category.
 */
public record Omvang(String productcategorie, LocalDate ingangsdatum, LocalDate einddatum, int volume, String eenheid,
                     String frequentie) {
}
