package nl.iwmohub.bericht;

import java.util.ArrayList;
import java.util.List;
import nl.iwmohub.ingest.OntvangenBericht;

/** The clients of a message with the path of their berichtklasse and their Bsn. */
public final class ClientBsns {
    public record ClientBsn(String berichtklasse, String bsn) {}

    private ClientBsns() {}

    public static List<ClientBsn> of(OntvangenBericht bericht) {
        Object root = bericht.root();
        return switch (bericht.type()) {
            case WMO301 -> one(((nl.iwmohub.model.wmo301.Root) root).getClient().getBsn());
            case WMO302 -> one(((nl.iwmohub.model.wmo302.Root) root).getClient(), c -> c.getBsn());
            case WMO305 -> one(((nl.iwmohub.model.wmo305.Root) root).getClient().getBsn());
            case WMO306 -> one(((nl.iwmohub.model.wmo306.Root) root).getClient(), c -> c.getBsn());
            case WMO307 -> one(((nl.iwmohub.model.wmo307.Root) root).getClient().getBsn());
            case WMO308 -> one(((nl.iwmohub.model.wmo308.Root) root).getClient(), c -> c.getBsn());
            case WMO315 -> one(((nl.iwmohub.model.wmo315.Root) root).getClient().getBsn());
            case WMO316 -> one(((nl.iwmohub.model.wmo316.Root) root).getClient(), c -> c.getBsn());
            case WMO317 -> one(((nl.iwmohub.model.wmo317.Root) root).getClient().getBsn());
            case WMO318 -> one(((nl.iwmohub.model.wmo318.Root) root).getClient(), c -> c.getBsn());
            case WMO323 -> indexed("/Bericht/Declaratie/Clienten/Client",
                    ((nl.iwmohub.model.wmo323.Root) root).getDeclaratie().getClienten().getClient().stream()
                            .map(nl.iwmohub.model.wmo323.Client::getBsn).toList());
            case WMO325 -> {
                var antwoord = ((nl.iwmohub.model.wmo325.Root) root).getDeclaratieAntwoord();
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

    private static <C> List<ClientBsn> one(C client, java.util.function.Function<C, String> bsn) {
        return client == null ? List.of() : one(bsn.apply(client));
    }

    /** Paths of list members: Client, Client[2], Client[3], ... */
    public static List<ClientBsn> indexed(String path, List<String> bsns) {
        List<ClientBsn> result = new ArrayList<>();
        for (int i = 0; i < bsns.size(); i++) result.add(new ClientBsn(Paths.member(path, i), bsns.get(i)));
        return result;
    }
}
