package nl.iwmohub.rules;

/**
 * One failed rule: which rule, the retourcode it gives, the berichtklasse it marks (a path such as
 * /Bericht/Client/StartProducten/StartProduct[2]) and the element it concerns, with a plain reason.
 * Paths number same-name siblings from the second one on: Prestatie, Prestatie[2], ...
 */
public record Finding(String rule, String retourCode, Controleniveau niveau, String berichtklasse, String element,
                      String reason) {
}
