package nl.iwmohub.processing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.iwmohub.catalogus.Catalogus;
import nl.iwmohub.domain.Levering;
import nl.iwmohub.domain.ModelMapper;
import nl.iwmohub.domain.OpgeslagenLevering;
import nl.iwmohub.domain.ToewijzingVersie;
import nl.iwmohub.model.wmo305.Wmo305;
import nl.iwmohub.model.wmo307.Wmo307;
import nl.iwmohub.processing.Handler;
import nl.iwmohub.read.ReceivedBericht;
import nl.iwmohub.rules.Registry;
import nl.iwmohub.rules.contract.Judgement;
import nl.iwmohub.rules.contract.Phase;
import nl.iwmohub.rules.kern.TR381;
import nl.iwmohub.rules.kern.levering.LeveringContext;
import nl.iwmohub.store.Leveringen;
import nl.iwmohub.store.Toewijzingen;
import nl.iwmohub.verdict.Finding;

/**
 * WMO305 start zorg and WMO307 stop zorg: the client's actueel starts and stops and the toewijzingen they name are
 * read once; each StartProduct or StopProduct is judged in message order against them and against those of the
 * same message judged before it (a removal takes the latest aanlevering with the key, IV096). StatusAanlevering is
 * 1 (new) or 3 (remove): CS058 refuses any other value at level 2. Any finding rejects the whole message (IV032),
 * and then nothing is recorded.
 */
public final class LeveringHandler implements Handler {
    private final boolean stop;
    private final Registry registry;
    private final Catalogus catalogus;
    private final Leveringen leveringen = new Leveringen();
    private final Toewijzingen toewijzingen = new Toewijzingen();

    public LeveringHandler(boolean stop, Registry registry, Catalogus catalogus) {
        this.stop = stop;
        this.registry = registry;
        this.catalogus = catalogus;
    }

    @Override
    public Result handle(Connection c, ReceivedBericht b, long berichtId, LocalDate today, Judgement judgement)
            throws SQLException {
        List<Levering> bericht = stop
                ? ModelMapper.stops(b.header(), b.root(Wmo307.class))
                : ModelMapper.starts(b.header(), b.root(Wmo305.class));
        String gemeente = b.header().gemeente();
        List<String> details = catalogus.covers(gemeente) ? List.of() : List.of(TR381.nietGetoetst(gemeente));
        List<OpgeslagenLevering> starts = new ArrayList<>();
        List<OpgeslagenLevering> stops = new ArrayList<>();
        Map<Long, ToewijzingVersie> toegewezen = Map.of();
        if (!bericht.isEmpty()) {
            Levering eerste = bericht.get(0); // one client per message
            starts.addAll(leveringen.actueel(c, gemeente, eerste.aanbieder(), eerste.bsn(), false));
            stops.addAll(leveringen.actueel(c, gemeente, eerste.aanbieder(), eerste.bsn(), true));
            Set<Long> nummers = new HashSet<>();
            bericht.forEach(l -> { if (l.toewijzingNummer() != null) nummers.add(l.toewijzingNummer()); });
            toegewezen = toewijzingen.actueel(c, gemeente, nummers);
        }

        Phase<LeveringContext> phase = stop ? registry.stopProduct() : registry.startProduct();
        List<Finding> findings = new ArrayList<>();
        List<Long> retire = new ArrayList<>();
        Set<String> nieuwMaarVerwijderd = new HashSet<>();
        long nieuw = -1;
        for (Levering l : bericht) {
            LeveringContext t = new LeveringContext(l, starts, stops, toegewezen, catalogus);
            List<Finding> own = judgement.judge(phase, t, l.berichtklasse());
            findings.addAll(own);
            if (!own.isEmpty()) continue;
            List<OpgeslagenLevering> same = stop ? stops : starts;
            if (t.verwijderen()) {
                List<OpgeslagenLevering> metSleutel = stop ? t.dezelfdeStops() : t.startsMetSleutel();
                OpgeslagenLevering removed = metSleutel.get(metSleutel.size() - 1);
                same.remove(removed);
                if (removed.id() > 0) retire.add(removed.id()); else nieuwMaarVerwijderd.add(removed.levering().berichtklasse());
            } else {
                same.add(new OpgeslagenLevering(nieuw--, 0, l));
            }
        }
        if (!findings.isEmpty()) return new Result(findings, 0, List.of(), null, details);
        leveringen.nietMeerActueel(c, retire, stop);
        leveringen.insert(c, berichtId, bericht, stop, nieuwMaarVerwijderd);
        long verwijderd = bericht.stream().filter(l -> "3".equals(l.statusAanlevering())).count();
        return new Result(List.of(), 0, List.of(), (bericht.size() - verwijderd) + " recorded, " + verwijderd
                + " earlier aanlevering(en) removed", details);
    }
}
