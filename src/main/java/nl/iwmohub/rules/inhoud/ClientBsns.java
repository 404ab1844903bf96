package nl.iwmohub.rules.inhoud;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.wmo301.Wmo301;
import nl.iwmohub.model.wmo302.Wmo302;
import nl.iwmohub.model.wmo305.Wmo305;
import nl.iwmohub.model.wmo306.Wmo306;
import nl.iwmohub.model.wmo307.Wmo307;
import nl.iwmohub.model.wmo308.Wmo308;
import nl.iwmohub.model.wmo315.Wmo315;
import nl.iwmohub.model.wmo316.Wmo316;
import nl.iwmohub.model.wmo317.Wmo317;
import nl.iwmohub.model.wmo318.Wmo318;
import nl.iwmohub.model.wmo323.Client;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.model.wmo325.Wmo325;
import nl.iwmohub.read.ReceivedBericht;

/** The clients of a message with the path of their berichtklasse and their Bsn. */
final class ClientBsns {
    public record ClientBsn(String berichtklasse, String bsn) {}

    private ClientBsns() {}

    public static List<ClientBsn> of(ReceivedBericht bericht) {
        Object root = bericht.root();
        return switch (bericht.type()) {
            case WMO301 -> one(((Wmo301) root).getClient().getBsn());
            case WMO302 -> one(((Wmo302) root).getClient(), c -> c.getBsn());
            case WMO305 -> one(((Wmo305) root).getClient().getBsn());
            case WMO306 -> one(((Wmo306) root).getClient(), c -> c.getBsn());
            case WMO307 -> one(((Wmo307) root).getClient().getBsn());
            case WMO308 -> one(((Wmo308) root).getClient(), c -> c.getBsn());
            case WMO315 -> one(((Wmo315) root).getClient().getBsn());
            case WMO316 -> one(((Wmo316) root).getClient(), c -> c.getBsn());
            case WMO317 -> one(((Wmo317) root).getClient().getBsn());
            case WMO318 -> one(((Wmo318) root).getClient(), c -> c.getBsn());
            case WMO323 -> indexed("/Bericht/Declaratie/Clienten/Client",
                    ((Wmo323) root).getDeclaratie().getClienten().getClient().stream()
                            .map(Client::getBsn).toList());
            case WMO325 -> {
                var antwoord = ((Wmo325) root).getDeclaratieAntwoord();
                yield antwoord == null || antwoord.getClienten() == null ? List.of()
                        : indexed("/Bericht/DeclaratieAntwoord/Clienten/Client", antwoord.getClienten().getClient()
                                .stream().map(nl.iwmohub.model.wmo325.Client::getBsn).toList());
            }
            case WMO319, WMO320 -> List.of();
        };
    }

    private static List<ClientBsn> one(String bsn) {
        return List.of(new ClientBsn("/Bericht/Client", bsn));
    }

    private static <C> List<ClientBsn> one(C client, Function<C, String> bsn) {
        return client == null ? List.of() : one(bsn.apply(client));
    }

    /** Paths of list members: Client, Client[2], Client[3], ... */
    public static List<ClientBsn> indexed(String path, List<String> bsns) {
        List<ClientBsn> result = new ArrayList<>();
        for (int i = 0; i < bsns.size(); i++) result.add(new ClientBsn(Paths.member(path, i), bsns.get(i)));
        return result;
    }
}
