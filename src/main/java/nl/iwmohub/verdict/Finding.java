package nl.iwmohub.verdict;

import nl.iwmohub.verdict.Controleniveau;

/**
 * One failed rule: which rule, the retourcode it gives, the berichtklasse it marks (a path such as
 * /Bericht/Client/StartProducten/StartProduct[2]) and the element it concerns, with a plain reason in English
 * and, for the rules of the processing core, in Dutch ({@code reden}) with what the element was checked
 * against: the toewijzing version and the contract tariff row, so that an auditor can follow the verdict.
 * Paths number same-name siblings from the second one on: Prestatie, Prestatie[2], ...
 */
public record Finding(String rule, String retourCode, Controleniveau niveau, String berichtklasse, String element,
                      String reason, String reden, String toewijzing, String tarief) {

    public Finding(String rule, String retourCode, Controleniveau niveau, String berichtklasse, String element,
                   String reason) {
        this(rule, retourCode, niveau, berichtklasse, element, reason, null, null, null);
    }
}
