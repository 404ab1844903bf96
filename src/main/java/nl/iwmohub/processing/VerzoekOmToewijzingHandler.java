package nl.iwmohub.processing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.iwmohub.bericht.BerichtHeader;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.domain.Verzoek;
import nl.iwmohub.model.wmo315.Wmo315;
import nl.iwmohub.read.ReceivedBericht;
import nl.iwmohub.rules.Registry;
import nl.iwmohub.rules.contract.Judgement;
import nl.iwmohub.rules.kern.verzoek.VerzoekContext;
import nl.iwmohub.store.Verzoeken;
import nl.iwmohub.verdict.Finding;

/**
 * WMO315 verzoek om toewijzing from an aanbieder: every AangevraagdProduct is a verzoek of its own, with its own
 * ReferentieAanbieder (TR379). The verzoeken recorded with those references and the client's open verzoeken at the
 * aanbieder are read once; each AangevraagdProduct is judged through the registry's phase. Any finding rejects the
 * whole message (IV032 as for the other heen messages) and nothing is recorded; else every AangevraagdProduct is
 * recorded as ONDERHANDEN and the message goes to the gemeente's back office as received.
 */
public final class VerzoekOmToewijzingHandler implements Handler {
    static final String KLASSE = "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct";
    private final Registry registry;
    private final Verzoeken verzoeken = new Verzoeken();

    public VerzoekOmToewijzingHandler(Registry registry) {
        this.registry = registry;
    }

    @Override
    public Result handle(Connection c, ReceivedBericht b, long berichtId, LocalDate today, Judgement judgement)
            throws SQLException {
        BerichtHeader h = b.header();
        var client = b.root(Wmo315.class).getClient();
        List<Verzoek> aangevraagd = new ArrayList<>();
        for (var p : client.getAangevraagdeProducten().getAangevraagdProduct()) {
            aangevraagd.add(new Verzoek(0, h.gemeente(), h.aanbieder(), p.getReferentieAanbieder(), "WMO315", 0,
                    client.getBsn(), h.dagtekening(), Verzoek.Status.ONDERHANDEN));
        }
        Map<String, Verzoek> eerder = verzoeken.byReferentie(c, h.aanbieder(),
                aangevraagd.stream().map(Verzoek::referentieAanbieder).toList());
        List<Verzoek> open = verzoeken.open(c, h.aanbieder(), client.getBsn());

        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < aangevraagd.size(); i++) {
            Verzoek v = aangevraagd.get(i);
            String klasse = Paths.member(KLASSE, i);
            findings.addAll(judgement.judge(registry.aangevraagdProduct(),
                    new VerzoekContext(klasse, v, eerder.get(v.referentieAanbieder()), open), klasse));
        }
        if (!findings.isEmpty()) return new Result(findings, 0, List.of(), null);
        verzoeken.insert(c, berichtId, aangevraagd);
        return new Result(List.of(), 0, List.of(PassOn.delivery(b, berichtId)), aangevraagd.size()
                + " verzoek(en) recorded as onderhanden and delivered to gemeente " + h.gemeente());
    }
}
