package nl.iwmohub.core.afhandeling;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.iwmohub.core.Afhandeling;
import nl.iwmohub.domain.Declaratie;
import nl.iwmohub.domain.ModelMapper;
import nl.iwmohub.domain.Prestatie;
import nl.iwmohub.ingest.OntvangenBericht;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.store.ToestandStore;

/**
 * WMO323 declaratie: every prestatie is stored, accepted or rejected, and the granted total is the signed
 * sum of the accepted ones (debet minus credit). The prestatie rules of the processing core plug in here.
 */
public final class DeclaratieAfhandeling implements Afhandeling {
    private final ToestandStore toestand;

    public DeclaratieAfhandeling(ToestandStore toestand) {
        this.toestand = toestand;
    }

    @Override
    public Resultaat handle(Connection c, OntvangenBericht b, long berichtId, LocalDate today) throws SQLException {
        Declaratie declaratie = ModelMapper.declaratie(b.header(), b.root(nl.iwmohub.model.wmo323.Root.class));
        List<Finding> findings = List.of();
        Set<String> rejected = rejectedPrestaties(declaratie, findings);
        long toegekend = declaratie.prestaties().stream()
                .filter(p -> !rejected.contains(p.berichtklasse()))
                .mapToLong(Prestatie::signedBedrag).sum();
        toestand.insertDeclaratie(c, berichtId, declaratie, toegekend, rejected);
        return new Resultaat(findings, toegekend, List.of(), null);
    }

    /** A prestatie is rejected when a finding concerns it or its client (IV087: accepted or rejected whole). */
    private static Set<String> rejectedPrestaties(Declaratie declaratie, List<Finding> findings) {
        Set<String> faulty = findings.stream().map(Finding::berichtklasse).collect(Collectors.toSet());
        if (faulty.isEmpty()) return Set.of();
        return declaratie.prestaties().stream().map(Prestatie::berichtklasse)
                .filter(p -> faulty.contains(p) || faulty.contains(p.substring(0, p.indexOf("/Prestaties"))))
                .collect(Collectors.toSet());
    }
}
