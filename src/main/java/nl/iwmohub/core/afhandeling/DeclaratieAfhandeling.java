package nl.iwmohub.core.afhandeling;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.catalogus.Catalogus;
import nl.iwmohub.core.Afhandeling;
import nl.iwmohub.domain.Declaratie;
import nl.iwmohub.domain.ModelMapper;
import nl.iwmohub.ingest.OntvangenBericht;
import nl.iwmohub.rules.kern.declaratie.DeclaratieKern;
import nl.iwmohub.rules.kern.declaratie.DeclaratieToestand;
import nl.iwmohub.store.Declaraties;
import nl.iwmohub.store.ToestandStore;
import nl.iwmohub.store.Toewijzingen;
import nl.iwmohub.store.UniekeNummers;

/**
 * WMO323 declaratie: judged by the processing core against the toewijzingen, earlier prestaties and the
 * contract catalogue; every prestatie is stored, granted or not, because later declarations are checked
 * against them. The granted total is the signed sum of the granted ones (debet minus credit).
 */
public final class DeclaratieAfhandeling implements Afhandeling {
    private final ToestandStore toestand;
    private final Toewijzingen toewijzingen = new Toewijzingen();
    private final Declaraties declaraties = new Declaraties();
    private final UniekeNummers uniek = new UniekeNummers();
    private final DeclaratieKern kern = new DeclaratieKern();
    private final Catalogus catalogus;

    public DeclaratieAfhandeling(ToestandStore toestand, Catalogus catalogus) {
        this.toestand = toestand;
        this.catalogus = catalogus;
    }

    @Override
    public Resultaat handle(Connection c, OntvangenBericht b, long berichtId, LocalDate today) throws SQLException {
        Declaratie declaratie = ModelMapper.declaratie(b.header(), b.root(nl.iwmohub.model.wmo323.Root.class));
        DeclaratieToestand state = DeclaratieToestand.lees(c, declaratie, toewijzingen, declaraties);
        DeclaratieKern.Uitslag uitslag = kern.toets(declaratie, state, catalogus);
        toestand.insertDeclaratie(c, berichtId, declaratie, uitslag.toegekend(), uitslag.afgewezen(),
                uitslag.geheelAfgewezen());
        if (!uitslag.geheelAfgewezen()) {
            uniek.declaratieNummer(c, declaratie.aanbieder(), declaratie.declaratieNummer(), berichtId);
            uniek.referentieNummers(c, declaratie.aanbieder(), state.nieuweReferenties(declaratie), berichtId);
        }
        int totaal = declaratie.prestaties().size();
        String note = uitslag.geheelAfgewezen()
                ? "declaratie rejected as a whole; " + totaal + " prestatie(s) not judged"
                : (totaal - uitslag.afgewezen().size()) + " of " + totaal + " prestatie(s) granted, total "
                        + uitslag.toegekend() + " eurocent";
        return new Resultaat(uitslag.findings(), uitslag.toegekend(), List.of(), note, uitslag.notities());
    }
}
