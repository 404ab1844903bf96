package nl.iwmohub.rules.kern.declaratie;

import nl.iwmohub.domain.Declaratie;
import nl.iwmohub.domain.Prestatie;

/** The subject of the rules on one class Client of a WMO323: the client of its first prestatie, at its path. */
public record ClientContext(Declaratie declaratie, String klasse, String bsn, DeclaratieState state) {

    /** The path of the Client a prestatie stands under: /Bericht/Declaratie/Clienten/Client[2]. */
    public static String klasseVan(Prestatie p) {
        return p.berichtklasse().substring(0, p.berichtklasse().indexOf("/Prestaties"));
    }
}
