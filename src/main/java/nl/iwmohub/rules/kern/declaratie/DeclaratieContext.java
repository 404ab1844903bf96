package nl.iwmohub.rules.kern.declaratie;

import nl.iwmohub.domain.Declaratie;

/** The subject of the rules on the class Declaratie (TR333, TR318): the declaratie and its state. */
public record DeclaratieContext(Declaratie declaratie, DeclaratieState state) {
    public static final String KLASSE = "/Bericht/Declaratie";
}
