package nl.iwmohub.processing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.iwmohub.bericht.BerichtHeader;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.domain.ToewijzingVersie;
import nl.iwmohub.domain.Verzoek;
import nl.iwmohub.model.basisschema.CDTOmvang;
import nl.iwmohub.model.wmo317.Wmo317;
import nl.iwmohub.read.ReceivedBericht;
import nl.iwmohub.rules.Registry;
import nl.iwmohub.rules.contract.Judgement;
import nl.iwmohub.rules.inhoud.ProductOverlap;
import nl.iwmohub.rules.kern.verzoek.VerzoekContext;
import nl.iwmohub.rules.kern.verzoek.WijzigingProductContext;
import nl.iwmohub.store.Toewijzingen;
import nl.iwmohub.store.Verzoeken;
import nl.iwmohub.verdict.Finding;

/**
 * WMO317 verzoek om wijziging from an aanbieder: one verzoek as a whole, known by the Verzoek's ReferentieAanbieder.
 * The verzoek recorded with that reference, the client's open verzoeken at the aanbieder and the current version of
 * each of the client's toewijzingen of this gemeente at this aanbieder are read once; the Verzoek is judged, then
 * each OngewijzigdProduct and TeWijzigenProduct in message order. Any finding rejects the whole message (IV032) and
 * nothing is recorded; else the verzoek is recorded as ONDERHANDEN and the message goes to the gemeente as received.
 */
public final class VerzoekOmWijzigingHandler implements Handler {
    static final String VERZOEK = "/Bericht/Client/Verzoek";
    private static final String ONGEWIJZIGD = VERZOEK + "/OngewijzigdeProducten/OngewijzigdProduct";
    private static final String TE_WIJZIGEN = VERZOEK + "/TeWijzigenProducten/TeWijzigenProduct";
    private final Registry registry;
    private final Verzoeken verzoeken = new Verzoeken();
    private final Toewijzingen toewijzingen = new Toewijzingen();

    public VerzoekOmWijzigingHandler(Registry registry) {
        this.registry = registry;
    }

    @Override
    public Result handle(Connection c, ReceivedBericht b, long berichtId, LocalDate today, Judgement judgement)
            throws SQLException {
        BerichtHeader h = b.header();
        var client = b.root(Wmo317.class).getClient();
        var vz = client.getVerzoek();
        Verzoek verzoek = new Verzoek(0, h.gemeente(), h.aanbieder(), vz.getReferentieAanbieder(), "WMO317", 0,
                client.getBsn(), h.dagtekening(), Verzoek.Status.ONDERHANDEN);
        Verzoek eerder = verzoeken.byReferentie(c, h.aanbieder(), List.of(verzoek.referentieAanbieder()))
                .get(verzoek.referentieAanbieder());
        List<Verzoek> open = verzoeken.open(c, h.aanbieder(), client.getBsn());
        Map<Long, ToewijzingVersie> vanClient = toewijzingen.vanClient(c, h.gemeente(), h.aanbieder(), client.getBsn());

        List<WijzigingProductContext> producten = new ArrayList<>();
        if (vz.getOngewijzigdeProducten() != null) {
            var list = vz.getOngewijzigdeProducten().getOngewijzigdProduct();
            for (int i = 0; i < list.size(); i++) {
                long nummer = list.get(i).getToewijzingNummer();
                producten.add(new WijzigingProductContext(Paths.member(ONGEWIJZIGD, i), nummer, vanClient.get(nummer),
                        h.dagtekening(), null, List.of(), 0));
            }
        }
        if (vz.getTeWijzigenProducten() != null) {
            var list = vz.getTeWijzigenProducten().getTeWijzigenProduct();
            for (int i = 0; i < list.size(); i++) {
                var p = list.get(i);
                CDTOmvang o = p.getOmvang();
                var wijziging = new WijzigingProductContext.TeWijzigen(p.getGewensteIngangsdatum(), p.getEinddatum(),
                        o == null ? null : o.getVolume(), o == null ? null : o.getEenheid(),
                        o == null ? null : o.getFrequentie(), p.getBudget());
                long nummer = p.getToewijzingNummer();
                producten.add(new WijzigingProductContext(Paths.member(TE_WIJZIGEN, i), nummer, vanClient.get(nummer),
                        h.dagtekening(), wijziging, List.of(), 0));
            }
        }
        // TR361: the zorgperiodes of the whole verzoek, the NieuweProducten after the others
        List<ProductOverlap.Item> zorgperiodes = new ArrayList<>(producten.stream().map(WijzigingProductContext::zorgperiode).toList());
        if (vz.getNieuweProducten() != null) {
            for (var n : vz.getNieuweProducten().getNieuwProduct()) {
                var product = n.getProduct();
                zorgperiodes.add(new ProductOverlap.Item(product == null ? null : product.getCategorie(),
                        product == null ? null : product.getCode(), n.getGewensteIngangsdatum(), n.getEinddatum()));
            }
        }
        Set<Long> genoemd = new HashSet<>();
        producten.forEach(p -> genoemd.add(p.toewijzingNummer()));

        List<Finding> findings = new ArrayList<>(judgement.judge(registry.verzoek(), new VerzoekContext(VERZOEK, verzoek,
                eerder, open, new VerzoekContext.Wijziging(vanClient, h.dagtekening(), genoemd)), VERZOEK));
        for (int i = 0; i < producten.size(); i++) {
            WijzigingProductContext p = producten.get(i).inVerzoek(zorgperiodes, i);
            findings.addAll(judgement.judge(registry.wijzigingProduct(), p, p.klasse()));
        }
        if (!findings.isEmpty()) return new Result(findings, 0, List.of(), null);
        verzoeken.insert(c, berichtId, List.of(verzoek));
        return new Result(List.of(), 0, List.of(PassOn.delivery(b, berichtId)),
                "verzoek recorded as onderhanden and delivered to gemeente " + h.gemeente());
    }
}
