package nl.iwmohub.core.afhandeling;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.catalogus.Catalogus;
import nl.iwmohub.core.Afhandeling;
import nl.iwmohub.domain.Levering;
import nl.iwmohub.domain.ModelMapper;
import nl.iwmohub.ingest.OntvangenBericht;
import nl.iwmohub.rules.kern.levering.LeveringKern;
import nl.iwmohub.store.ToestandStore;

/**
 * WMO305 start zorg and WMO307 stop zorg: judged against the client's earlier starts and stops and the
 * toewijzingen; recorded only when the whole message passes (IV032: a fault rejects the whole message).
 */
public final class LeveringAfhandeling implements Afhandeling {
    private final ToestandStore toestand;
    private final boolean stop;
    private final LeveringKern kern = new LeveringKern();
    private final Catalogus catalogus;

    public LeveringAfhandeling(ToestandStore toestand, boolean stop, Catalogus catalogus) {
        this.toestand = toestand;
        this.stop = stop;
        this.catalogus = catalogus;
    }

    @Override
    public Resultaat handle(Connection c, OntvangenBericht b, long berichtId, LocalDate today) throws SQLException {
        List<Levering> leveringen = stop
                ? ModelMapper.stops(b.header(), b.root(nl.iwmohub.model.wmo307.Root.class))
                : ModelMapper.starts(b.header(), b.root(nl.iwmohub.model.wmo305.Root.class));
        LeveringKern.Uitslag uitslag = kern.toets(c, leveringen, stop, catalogus);
        if (!uitslag.findings().isEmpty()) {
            return new Resultaat(uitslag.findings(), 0, List.of(), null, uitslag.notities());
        }
        kern.bewaar(c, uitslag, stop);
        toestand.insertLeveringen(c, berichtId, leveringen, stop, uitslag.nieuwMaarVerwijderd());
        long verwijderd = leveringen.stream().filter(l -> "3".equals(l.statusAanlevering())).count();
        return new Resultaat(List.of(), 0, List.of(), (leveringen.size() - verwijderd) + " recorded, " + verwijderd
                + " earlier aanlevering(en) removed", uitslag.notities());
    }
}
