package nl.iwmohub.core.afhandeling;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.core.Afhandeling;
import nl.iwmohub.core.Uitgaand;
import nl.iwmohub.domain.ModelMapper;
import nl.iwmohub.ingest.OntvangenBericht;
import nl.iwmohub.outbox.Outbox;

/** WMO301 from the back office: the toegewezen producten are recorded and the message goes to the aanbieder. */
public final class ToewijzingAfhandeling implements Afhandeling {
    private final nl.iwmohub.store.ToestandStore toestand;

    public ToewijzingAfhandeling(nl.iwmohub.store.ToestandStore toestand) {
        this.toestand = toestand;
    }

    @Override
    public Resultaat handle(Connection c, OntvangenBericht b, long berichtId, LocalDate today) throws SQLException {
        var root = b.root(nl.iwmohub.model.wmo301.Root.class);
        toestand.insertToegewezenProducten(c, berichtId, ModelMapper.toegewezenProducten(b.header(), root));
        // Delivered as received: the bytes the gemeente signed off are the bytes the aanbieder gets.
        String name = "WMO301_" + String.format("%011d", berichtId) + "_" + Outbox.safeName(b.header().identificatie()) + ".xml";
        Uitgaand delivery = new Uitgaand(b.header().aanbieder(), name, "WMO301", b.raw());
        return new Resultaat(List.of(), 0, List.of(delivery), "recorded and delivered to aanbieder " + b.header().aanbieder());
    }
}
