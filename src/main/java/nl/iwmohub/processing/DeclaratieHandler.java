package nl.iwmohub.processing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.iwmohub.catalogus.Catalogus;
import nl.iwmohub.domain.Declaratie;
import nl.iwmohub.domain.ModelMapper;
import nl.iwmohub.domain.Prestatie;
import nl.iwmohub.domain.ToewijzingVersie;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.processing.Handler;
import nl.iwmohub.read.ReceivedBericht;
import nl.iwmohub.rules.Registry;
import nl.iwmohub.rules.contract.Judgement;
import nl.iwmohub.rules.kern.declaratie.ClientContext;
import nl.iwmohub.rules.kern.declaratie.DeclaratieContext;
import nl.iwmohub.rules.kern.declaratie.DeclaratieSnapshot;
import nl.iwmohub.rules.kern.declaratie.DeclaratieState;
import nl.iwmohub.rules.kern.declaratie.PrestatieContext;
import nl.iwmohub.store.Declaraties;
import nl.iwmohub.store.Toewijzingen;
import nl.iwmohub.store.Totalen;
import nl.iwmohub.store.UniqueNumbers;
import nl.iwmohub.verdict.Finding;

/**
 * WMO323 declaratie: reads what its rules consult in batches (never per prestatie), judges the class Declaratie,
 * each Client and each Prestatie through the registry's phases, and stores every prestatie, granted or not,
 * because later declarations are checked against them. Credits are judged before debets, so that a debet may
 * follow the credit of its predecessor in the same message (IV086, TR389); findings are reported in document
 * order all the same. The granted total is the signed sum of the granted prestaties (debet minus credit).
 */
public final class DeclaratieHandler implements Handler {
    private final Toewijzingen toewijzingen = new Toewijzingen();
    private final Declaraties declaraties = new Declaraties();
    private final UniqueNumbers uniek = new UniqueNumbers();
    private final Totalen totalen = new Totalen();
    private final Registry registry;
    private final Catalogus catalogus;

    public DeclaratieHandler(Registry registry, Catalogus catalogus) {
        this.registry = registry;
        this.catalogus = catalogus;
    }

    @Override
    public Result handle(Connection c, ReceivedBericht b, long berichtId, LocalDate today, Judgement judgement)
            throws SQLException {
        Declaratie d = ModelMapper.declaratie(b.header(), b.root(Wmo323.class));
        DeclaratieState state = new DeclaratieState(d, snapshot(c, d));
        List<Finding> findings = new ArrayList<>(
                judgement.judge(registry.declaratie(), new DeclaratieContext(d, state), DeclaratieContext.KLASSE));
        Set<String> afgewezen = new HashSet<>();
        Map<String, Declaraties.Getoetst> getoetst = new java.util.HashMap<>();
        long toegekend = 0;
        List<Prestatie> prestaties = d.prestaties();
        if (judgement.stopped()) {
            prestaties.forEach(p -> afgewezen.add(p.berichtklasse()));
        } else {
            Map<String, Prestatie> eersteVanClient = new LinkedHashMap<>();
            for (Prestatie p : prestaties) eersteVanClient.putIfAbsent(ClientContext.klasseVan(p), p);
            for (Map.Entry<String, Prestatie> e : eersteVanClient.entrySet()) {
                findings.addAll(judgement.judge(registry.client(),
                        new ClientContext(d, e.getKey(), e.getValue().bsn(), state), e.getKey()));
            }
            @SuppressWarnings("unchecked")
            List<Finding>[] perPrestatie = new List[prestaties.size()];
            for (boolean credits : new boolean[] {true, false}) {
                for (int i = 0; i < prestaties.size(); i++) {
                    Prestatie p = prestaties.get(i);
                    if ("C".equals(p.debetCredit()) != credits) continue;
                    PrestatieContext context = new PrestatieContext(d, p, state, catalogus);
                    List<Finding> own = judgement.judge(registry.prestatie(), context, p.berichtklasse());
                    if (own == null) {
                        afgewezen.add(p.berichtklasse()); // under a faulty Client: not judged (0233)
                        continue;
                    }
                    // what it was checked against, granted or not, for the workbench (an auditor asks for both)
                    getoetst.put(p.berichtklasse(), new Declaraties.Getoetst(context.toewijzingTekst(), context.tariefTekst()));
                    state.referentieVerstuurd(p.referentieNummer());
                    if (own.isEmpty()) {
                        state.toegekend(p);
                        toegekend += p.signedBedrag();
                    } else {
                        perPrestatie[i] = own;
                        afgewezen.add(p.berichtklasse());
                    }
                }
            }
            for (List<Finding> own : perPrestatie) if (own != null) findings.addAll(own);
        }
        boolean geheelAfgewezen = judgement.stopped();
        declaraties.insert(c, berichtId, d, toegekend, afgewezen, geheelAfgewezen, getoetst);
        if (!geheelAfgewezen) {
            uniek.declaratieNummer(c, d.aanbieder(), d.declaratieNummer(), berichtId);
            uniek.referentieNummers(c, d.aanbieder(), state.nieuweReferenties(d), berichtId);
        }
        int totaal = prestaties.size();
        String note = geheelAfgewezen
                ? "declaratie rejected as a whole; " + totaal + " prestatie(s) not judged"
                : (totaal - afgewezen.size()) + " of " + totaal + " prestatie(s) granted, total " + toegekend + " eurocent";
        Map<String, String> referenties = new LinkedHashMap<>();
        for (Prestatie p : prestaties) referenties.put(p.berichtklasse(), p.referentieNummer());
        return new Result(findings, toegekend, List.of(), note, state.notities(), referenties);
    }

    @Override
    public void stored(Connection c, long berichtId) throws SQLException {
        totalen.record(c, berichtId);
    }

    /** Everything the rules of this declaratie consult, in a few batched queries. */
    private DeclaratieSnapshot snapshot(Connection c, Declaratie d) throws SQLException {
        Set<Long> nummers = new HashSet<>();
        Set<String> bsns = new HashSet<>();
        Set<String> referenties = new HashSet<>();
        Set<String> vorige = new HashSet<>();
        for (Prestatie p : d.prestaties()) {
            nummers.add(p.toewijzingNummer());
            bsns.add(p.bsn());
            referenties.add(p.referentieNummer());
            if (p.vorigReferentieNummer() != null) vorige.add(p.vorigReferentieNummer());
        }
        Map<Long, ToewijzingVersie> actueel = toewijzingen.actueel(c, d.gemeente(), nummers);
        // A client whose declared toewijzing is its own for this aanbieder is known without asking the store;
        // only the others need a query (usually none).
        Set<String> bekend = new HashSet<>();
        for (ToewijzingVersie v : actueel.values()) {
            if (v.product().aanbieder().equals(d.aanbieder())) bekend.add(v.product().bsn());
        }
        Set<String> onbekend = new HashSet<>(bsns);
        onbekend.removeAll(bekend);
        bekend.retainAll(bsns);
        bekend.addAll(toewijzingen.clientenVanAanbieder(c, d.gemeente(), d.aanbieder(), onbekend));
        Set<String> beide = new HashSet<>(referenties);
        beide.addAll(vorige);
        return new DeclaratieSnapshot(actueel, bekend,
                declaraties.declaratieNummerGebruikt(c, d.aanbieder(), d.declaratieNummer()),
                declaraties.laatstePeriode(c, d.aanbieder(), d.gemeente()),
                declaraties.metReferentie(c, d.aanbieder(), beide), declaraties.creditsOp(c, d.aanbieder(), vorige),
                declaraties.toegekendOp(c, d.gemeente(), nummers));
    }
}
