package nl.iwmohub.processing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.catalogus.Catalogus;
import nl.iwmohub.domain.EerderePrestatie;
import nl.iwmohub.domain.ModelMapper;
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.domain.ToewijzingVersie;
import nl.iwmohub.domain.Verzoek;
import nl.iwmohub.model.wmo301.Wmo301;
import nl.iwmohub.processing.Handler;
import nl.iwmohub.read.ReceivedBericht;
import nl.iwmohub.rules.Registry;
import nl.iwmohub.rules.contract.Judgement;
import nl.iwmohub.rules.kern.TR381;
import nl.iwmohub.rules.kern.toewijzing.ToegewezenProductContext;
import nl.iwmohub.store.Declaraties;
import nl.iwmohub.store.Toewijzingen;
import nl.iwmohub.store.UniqueNumbers;
import nl.iwmohub.store.Verzoeken;
import nl.iwmohub.verdict.Finding;

/**
 * WMO301 from the back office: the recorded versions of its toewijzingen and the granted prestaties on those it
 * withdraws are read once; each ToegewezenProduct is judged through the registry's phase. When the message passes,
 * every ToegewezenProduct is recorded as a new version (the history is kept) and the message goes to the aanbieder;
 * the report says for each what it is in its toewijzing's history: new, changed (by its RedenWijziging), shortened,
 * withdrawn or sent again unchanged. A ToegewezenProduct with a ReferentieAanbieder honours the verzoek recorded
 * under it (TR379), which then is TOEGEWEZEN, in the same transaction.
 */
public final class ToewijzingHandler implements Handler {
    private static final String KLASSE = "/Bericht/Client/ToegewezenProducten/ToegewezenProduct";
    private final Registry registry;
    private final Catalogus catalogus;
    private final Toewijzingen toewijzingen = new Toewijzingen();
    private final Declaraties declaraties = new Declaraties();
    private final UniqueNumbers uniek = new UniqueNumbers();
    private final Verzoeken verzoeken = new Verzoeken();

    public ToewijzingHandler(Registry registry, Catalogus catalogus) {
        this.registry = registry;
        this.catalogus = catalogus;
    }

    @Override
    public Result handle(Connection c, ReceivedBericht b, long berichtId, LocalDate today, Judgement judgement)
            throws SQLException {
        var root = b.root(Wmo301.class);
        List<ToegewezenProduct> producten = ModelMapper.toegewezenProducten(b.header(), root);
        String gemeente = b.header().gemeente();
        Set<Long> nummers = new HashSet<>();
        producten.forEach(p -> nummers.add(p.toewijzingNummer()));
        Map<Long, List<ToewijzingVersie>> versies = nummers.isEmpty() ? Map.of() : toewijzingen.versies(c, gemeente, nummers);
        Map<Long, Set<String>> open = openDebets(c, gemeente, producten);
        List<String> referenties = root.getClient().getToegewezenProducten().getToegewezenProduct().stream()
                .map(t -> t.getReferentieAanbieder()).toList();
        Map<String, Verzoek> verzocht = verzoeken.byReferentie(c, b.header().aanbieder(),
                referenties.stream().filter(Objects::nonNull).toList());

        List<Finding> findings = new ArrayList<>();
        List<String> geschiedenis = new ArrayList<>();
        for (int i = 0; i < producten.size(); i++) {
            ToegewezenProduct p = producten.get(i);
            String klasse = Paths.member(KLASSE, i);
            List<ToewijzingVersie> eerder = versies.getOrDefault(p.toewijzingNummer(), List.of());
            String referentie = referenties.get(i);
            findings.addAll(judgement.judge(registry.toegewezenProduct(), new ToegewezenProductContext(klasse, p, eerder,
                    open.getOrDefault(p.toewijzingNummer(), Set.of()), catalogus, referentie,
                    referentie == null ? null : verzocht.get(referentie)), klasse));
            geschiedenis.add(geschiedenis(p, eerder));
        }
        if (!catalogus.covers(gemeente)) geschiedenis.add(TR381.nietGetoetst(gemeente));
        if (!findings.isEmpty()) return new Result(findings, 0, List.of(), null);

        Set<Long> nieuw = new HashSet<>(nummers);
        nieuw.removeAll(versies.keySet());
        toewijzingen.insert(c, berichtId, producten);
        uniek.toewijzingNummers(c, gemeente, nieuw, berichtId);
        // TR379 passed, so every verzoek named is this client's and not honoured before: now it is
        List<Long> gehonoreerd = verzocht.values().stream().map(Verzoek::id).toList();
        verzoeken.setStatus(c, gehonoreerd, Verzoek.Status.TOEGEWEZEN, berichtId);
        if (!gehonoreerd.isEmpty()) {
            geschiedenis.add("honours verzoek(en) " + String.join(", ", new java.util.TreeSet<>(verzocht.keySet())));
        }
        return new Result(List.of(), 0, List.of(PassOn.delivery(b, berichtId)), "recorded and delivered to aanbieder "
                + b.header().aanbieder(), geschiedenis);
    }

    /** TR385: per withdrawn toewijzing (RedenWijziging 13) its granted debets that no credit took back. */
    private Map<Long, Set<String>> openDebets(Connection c, String gemeente, List<ToegewezenProduct> producten)
            throws SQLException {
        Set<Long> withdrawn = new HashSet<>();
        producten.stream().filter(ToegewezenProduct::verwijderd).forEach(p -> withdrawn.add(p.toewijzingNummer()));
        Map<Long, Set<String>> open = new HashMap<>();
        if (withdrawn.isEmpty()) return open;
        List<EerderePrestatie> prestaties = declaraties.toegekendOp(c, gemeente, withdrawn);
        for (EerderePrestatie e : prestaties) {
            if (e.debet()) open.computeIfAbsent(e.toewijzingNummer(), k -> new HashSet<>()).add(e.referentieNummer());
        }
        for (EerderePrestatie e : prestaties) {
            if (!e.debet() && open.containsKey(e.toewijzingNummer())) open.get(e.toewijzingNummer()).remove(e.vorigReferentieNummer());
        }
        return open;
    }

    private static String geschiedenis(ToegewezenProduct p, List<ToewijzingVersie> eerder) {
        String nummer = "toewijzing " + p.toewijzingNummer() + ": ";
        if (eerder.isEmpty()) return nummer + "new, " + p.ingangsdatum() + ".." + (p.einddatum() == null ? "open" : p.einddatum());
        ToegewezenProduct oud = eerder.get(eerder.size() - 1).product();
        String versie = " (version " + (eerder.size() + 1) + ")";
        if (p.verwijderd()) return nummer + "withdrawn (RedenWijziging 13)" + versie;
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(oud.einddatum(), p.einddatum())) {
            boolean korter = oud.einddatum() == null || (p.einddatum() != null && p.einddatum().isBefore(oud.einddatum()));
            changes.add((korter ? "shortened" : "extended") + " to " + (p.einddatum() == null ? "open" : p.einddatum()));
        }
        if (!Objects.equals(oud.ingangsdatum(), p.ingangsdatum())) changes.add("Ingangsdatum " + p.ingangsdatum());
        if (!Objects.equals(oud.volume(), p.volume()) || !Objects.equals(oud.eenheid(), p.eenheid())
                || !Objects.equals(oud.frequentie(), p.frequentie())) {
            changes.add("omvang " + p.volume() + " x " + p.eenheid() + " per " + p.frequentie());
        }
        if (!Objects.equals(oud.budget(), p.budget())) changes.add("budget " + p.budget());
        if (changes.isEmpty()) return nummer + "sent again unchanged" + versie;
        return nummer + "changed" + (p.redenWijziging() == null ? "" : " (RedenWijziging " + p.redenWijziging() + ")")
                + ": " + String.join(", ", changes) + versie;
    }
}
