package nl.iwmohub.rules.inhoud;

import java.util.ArrayList;
import java.util.List;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.wmo323.Prestatie;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.model.wmo325.Wmo325;

/**
 * The prestaties of a WMO323 or WMO325 in document order, each with the path of its berichtklasse
 * (/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[3]), for the rules on prestaties.
 */
final class DeclaratiePrestaties {
    private DeclaratiePrestaties() {}

    record Line323(String path, Prestatie prestatie) {}

    record Line325(String path, nl.iwmohub.model.wmo325.Prestatie prestatie) {}

    static List<Line323> of(Wmo323 root) {
        List<Line323> result = new ArrayList<>();
        var clients = root.getDeclaratie().getClienten().getClient();
        for (int c = 0; c < clients.size(); c++) {
            String client = Paths.member("/Bericht/Declaratie/Clienten/Client", c);
            var prestaties = clients.get(c).getPrestaties().getPrestatie();
            for (int p = 0; p < prestaties.size(); p++) {
                result.add(new Line323(Paths.member(client + "/Prestaties/Prestatie", p), prestaties.get(p)));
            }
        }
        return result;
    }

    /** None when the answer has no DeclaratieAntwoord or no Clienten. */
    static List<Line325> of(Wmo325 root) {
        List<Line325> result = new ArrayList<>();
        var antwoord = root.getDeclaratieAntwoord();
        if (antwoord == null || antwoord.getClienten() == null) return result;
        var clients = antwoord.getClienten().getClient();
        for (int c = 0; c < clients.size(); c++) {
            String client = Paths.member("/Bericht/DeclaratieAntwoord/Clienten/Client", c);
            var prestaties = clients.get(c).getPrestaties().getPrestatie();
            for (int p = 0; p < prestaties.size(); p++) {
                result.add(new Line325(Paths.member(client + "/Prestaties/Prestatie", p), prestaties.get(p)));
            }
        }
        return result;
    }
}
