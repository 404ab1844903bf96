package nl.iwmohub.rules.kern.levering;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.iwmohub.catalogus.Catalogus;
import nl.iwmohub.domain.Levering;
import nl.iwmohub.domain.ToewijzingVersie;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.kern.KernRegel;
import nl.iwmohub.rules.kern.TR381;
import nl.iwmohub.store.Leveringen;
import nl.iwmohub.store.Leveringen.Opgeslagen;
import nl.iwmohub.store.Toewijzingen;

/**
 * Judges the StartProducten of a WMO305 or the StopProducten of a WMO307 against the client's earlier starts
 * and stops and the toewijzingen, one by one in message order (a later product sees the earlier ones of the
 * same message). StatusAanlevering is 1 (new) or 3 (remove): CS058 refuses any other value at level 2, so a
 * change is a removal followed by a new aanlevering. Any finding rejects the whole message (IV032), and then
 * nothing is recorded. TR381 (the product code list) comes last, on new aanleveringen only.
 */
public final class LeveringKern {
    private final List<LeveringRegel> startRegels = List.of(new TR063(), new TR071(), new TR019(), new TR074(), new TR326());
    private final List<LeveringRegel> stopRegels = List.of(new TR063(), new TR382(), new TR074(), new TR413(), new TR414(),
            new TR415());
    private final TR381 tr381 = new TR381();
    private final Leveringen leveringen = new Leveringen();
    private final Toewijzingen toewijzingen = new Toewijzingen();

    /** What the judgement comes to, and what to record when there is no finding. */
    public record Uitslag(List<Finding> findings, List<Long> nietMeerActueel, Set<String> nieuwMaarVerwijderd,
                          List<String> notities) {
    }

    public List<KernRegel> regels(boolean stop) {
        List<KernRegel> result = new ArrayList<>(stop ? stopRegels : startRegels);
        result.add(tr381);
        return List.copyOf(result);
    }

    public Uitslag toets(Connection c, List<Levering> berichtLeveringen, boolean stop, Catalogus catalogus)
            throws SQLException {
        if (berichtLeveringen.isEmpty()) return new Uitslag(List.of(), List.of(), Set.of(), List.of());
        Levering eerste = berichtLeveringen.get(0);
        List<Opgeslagen> starts = new ArrayList<>(leveringen.actueel(c, eerste.gemeente(), eerste.aanbieder(), eerste.bsn(), false));
        List<Opgeslagen> stops = new ArrayList<>(leveringen.actueel(c, eerste.gemeente(), eerste.aanbieder(), eerste.bsn(), true));
        Set<Long> nummers = new HashSet<>();
        berichtLeveringen.forEach(l -> { if (l.toewijzingNummer() != null) nummers.add(l.toewijzingNummer()); });
        Map<Long, ToewijzingVersie> toegewezen = toewijzingen.actueel(c, eerste.gemeente(), nummers);

        List<Finding> findings = new ArrayList<>();
        List<Long> retire = new ArrayList<>();
        Set<String> removedNew = new HashSet<>();
        long nieuw = -1;
        for (Levering l : berichtLeveringen) {
            LeveringToets t = new LeveringToets(l, starts, stops, toegewezen);
            int before = findings.size();
            for (LeveringRegel regel : stop ? stopRegels : startRegels) regel.toets(t, findings);
            if (!t.verwijderen()) {
                tr381.toets(l.berichtklasse(), l.berichtklasse() + "/Product/Code", l.gemeente(), l.productcategorie(),
                        l.productcode(), catalogus, t.toewijzingTekst(), findings);
            }
            if (findings.size() > before) continue;
            List<Opgeslagen> own = stop ? stops : starts;
            if (t.verwijderen()) {
                List<Opgeslagen> same = stop ? t.stopsMetSleutel() : t.startsMetSleutel();
                Opgeslagen removed = same.get(same.size() - 1);
                own.remove(removed);
                if (removed.id() > 0) retire.add(removed.id()); else removedNew.add(removed.levering().berichtklasse());
            } else {
                own.add(new Opgeslagen(nieuw--, 0, l));
            }
        }
        List<String> notities = catalogus.covers(eerste.gemeente()) ? List.of() : List.of(TR381.nietGetoetst(eerste.gemeente()));
        return new Uitslag(findings, retire, removedNew, notities);
    }

    public void bewaar(Connection c, Uitslag uitslag, boolean stop) throws SQLException {
        leveringen.nietMeerActueel(c, uitslag.nietMeerActueel(), stop);
    }
}
