package nl.iwmohub.rules.kern.toewijzing;

import java.sql.Connection;
import java.sql.SQLException;
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
import nl.iwmohub.domain.ToegewezenProduct;
import nl.iwmohub.domain.ToewijzingVersie;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.kern.KernRegel;
import nl.iwmohub.rules.kern.TR381;
import nl.iwmohub.store.Declaraties;
import nl.iwmohub.store.Toewijzingen;

/**
 * Judges the ToegewezenProducten of a WMO301 against the toewijzingen and prestaties the hub recorded (TR332,
 * TR385) and says, for the history, what each one is: new, changed (by its RedenWijziging), shortened,
 * withdrawn or sent again unchanged. TR381 checks each product code against the gemeente's product code list.
 */
public final class ToewijzingKern {
    private static final String KLASSE = "/Bericht/Client/ToegewezenProducten/ToegewezenProduct";
    private final TR332 tr332 = new TR332();
    private final TR385 tr385 = new TR385();
    private final TR381 tr381 = new TR381();
    private final Toewijzingen toewijzingen = new Toewijzingen();
    private final Declaraties declaraties = new Declaraties();

    /** The findings, what each product is in the toewijzing's history, and the numbers sent for the first time. */
    public record Uitslag(List<Finding> findings, List<String> geschiedenis, Set<Long> nieuweNummers) {
    }

    public List<KernRegel> regels() {
        return List.of(tr332, tr385, tr381);
    }

    public Uitslag toets(Connection c, List<ToegewezenProduct> producten, Catalogus catalogus) throws SQLException {
        if (producten.isEmpty()) return new Uitslag(List.of(), List.of(), Set.of());
        String gemeente = producten.get(0).gemeente();
        Set<Long> nummers = new HashSet<>();
        producten.forEach(p -> nummers.add(p.toewijzingNummer()));
        Map<Long, List<ToewijzingVersie>> versies = toewijzingen.versies(c, gemeente, nummers);
        Map<Long, Set<String>> open = openDebets(c, gemeente, producten);

        List<Finding> findings = new ArrayList<>();
        List<String> geschiedenis = new ArrayList<>();
        for (int i = 0; i < producten.size(); i++) {
            ToegewezenProduct p = producten.get(i);
            String klasse = Paths.member(KLASSE, i);
            List<ToewijzingVersie> eerder = versies.getOrDefault(p.toewijzingNummer(), List.of());
            String actueel = eerder.isEmpty() ? null : eerder.get(eerder.size() - 1).describe();
            tr332.toets(klasse, p, eerder, findings);
            tr385.toets(klasse, p, open.getOrDefault(p.toewijzingNummer(), Set.of()), actueel, findings);
            tr381.toets(klasse, klasse + "/Product/Code", gemeente, p.productcategorie(), p.productcode(), catalogus,
                    actueel, findings);
            geschiedenis.add(geschiedenis(p, eerder));
        }
        if (!catalogus.covers(gemeente)) geschiedenis.add(TR381.nietGetoetst(gemeente));
        Set<Long> nieuw = new HashSet<>(nummers);
        nieuw.removeAll(versies.keySet());
        return new Uitslag(findings, geschiedenis, nieuw);
    }

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
