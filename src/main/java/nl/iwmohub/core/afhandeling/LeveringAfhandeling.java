package nl.iwmohub.core.afhandeling;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import nl.iwmohub.core.Afhandeling;
import nl.iwmohub.domain.ModelMapper;
import nl.iwmohub.ingest.OntvangenBericht;
import nl.iwmohub.store.ToestandStore;

/** WMO305 start zorg and WMO307 stop zorg: the StartProducten or StopProducten are recorded. */
public final class LeveringAfhandeling implements Afhandeling {
    private final ToestandStore toestand;
    private final boolean stop;

    public LeveringAfhandeling(ToestandStore toestand, boolean stop) {
        this.toestand = toestand;
        this.stop = stop;
    }

    @Override
    public Resultaat handle(Connection c, OntvangenBericht b, long berichtId, LocalDate today) throws SQLException {
        var leveringen = stop
                ? ModelMapper.stops(b.header(), b.root(nl.iwmohub.model.wmo307.Root.class))
                : ModelMapper.starts(b.header(), b.root(nl.iwmohub.model.wmo305.Root.class));
        toestand.insertLeveringen(c, berichtId, leveringen, stop);
        return Resultaat.of(java.util.List.of());
    }
}
