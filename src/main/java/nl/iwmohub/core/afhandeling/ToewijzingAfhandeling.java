package nl.iwmohub.core.afhandeling;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.catalogus.Catalogus;
import nl.iwmohub.core.Afhandeling;
import nl.iwmohub.core.Uitgaand;
import nl.iwmohub.domain.ModelMapper;
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.ingest.OntvangenBericht;
import nl.iwmohub.outbox.Outbox;
import nl.iwmohub.rules.kern.toewijzing.ToewijzingKern;
import nl.iwmohub.store.ToestandStore;

/**
 * WMO301 from the back office: judged against the recorded toewijzingen and prestaties; when it passes, every
 * ToegewezenProduct is recorded as a new version (the history is kept) and the message goes to the aanbieder.
 */
public final class ToewijzingAfhandeling implements Afhandeling {
    private final ToestandStore toestand;
    private final ToewijzingKern kern = new ToewijzingKern();
    private final nl.iwmohub.store.UniekeNummers uniek = new nl.iwmohub.store.UniekeNummers();

    private final Catalogus catalogus;

    public ToewijzingAfhandeling(ToestandStore toestand, Catalogus catalogus) {
        this.toestand = toestand;
        this.catalogus = catalogus;
    }

    @Override
    public Resultaat handle(Connection c, OntvangenBericht b, long berichtId, LocalDate today) throws SQLException {
        var root = b.root(nl.iwmohub.model.wmo301.Root.class);
        List<ToegewezenProduct> producten = ModelMapper.toegewezenProducten(b.header(), root);
        ToewijzingKern.Uitslag uitslag = kern.toets(c, producten, catalogus);
        if (!uitslag.findings().isEmpty()) return Resultaat.of(uitslag.findings());
        toestand.insertToegewezenProducten(c, berichtId, producten);
        uniek.toewijzingNummers(c, b.header().gemeente(), uitslag.nieuweNummers(), berichtId);
        // Delivered as received: the bytes the gemeente signed off are the bytes the aanbieder gets.
        String name = "WMO301_" + String.format("%011d", berichtId) + "_" + Outbox.safeName(b.header().identificatie()) + ".xml";
        Uitgaand delivery = new Uitgaand(b.header().aanbieder(), name, "WMO301", b.raw());
        return new Resultaat(List.of(), 0, List.of(delivery), "recorded and delivered to aanbieder "
                + b.header().aanbieder(), uitslag.geschiedenis());
    }
}
