package nl.iwmohub.rules.kern.declaratie;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.iwmohub.domain.Declaratie;
import nl.iwmohub.domain.EerderePrestatie;
import nl.iwmohub.domain.Prestatie;
import nl.iwmohub.domain.ToewijzingVersie;
import nl.iwmohub.store.Declaraties;
import nl.iwmohub.store.Toewijzingen;

/**
 * What the prestatie rules of one declaratie consult: the toewijzingen, clients and earlier prestaties it
 * refers to, read once per message with batched queries, and kept up to date while its prestaties are
 * judged one by one, so that a later prestatie of the same message sees the earlier accepted ones (TR314,
 * TR322, TR369, TR389, TR390).
 */
public final class DeclaratieToestand {
    final Map<Long, ToewijzingVersie> toewijzingen;
    final Set<String> bekendeClienten;
    final boolean declaratieNummerGebruikt;
    final Optional<LocalDate> laatstePeriode;
    private final Set<String> gebruikteReferenties = new HashSet<>();
    private final Set<String> eerderGebruikt = new HashSet<>();
    private final Map<String, EerderePrestatie> toegekendeDebets = new HashMap<>();
    private final Set<String> gecrediteerd = new HashSet<>();
    private final Map<DebetSleutel, Set<String>> openDebets = new HashMap<>();
    private final Map<Long, Long> volumeGebruikt = new HashMap<>();
    private final Map<Long, Long> bedragGebruikt = new HashMap<>();
    private final Map<String, Integer> notities = new LinkedHashMap<>();

    /** TR389: a debet is the same as an earlier one when toewijzing, product and ProductPeriode are. */
    record DebetSleutel(long toewijzingNummer, String productcategorie, String productcode, LocalDate begindatum,
                        LocalDate einddatum) {
        static DebetSleutel of(Prestatie p) {
            return new DebetSleutel(p.toewijzingNummer(), p.productcategorie(), p.productcode(), p.begindatum(),
                    p.einddatum());
        }

        static DebetSleutel of(EerderePrestatie p) {
            return new DebetSleutel(p.toewijzingNummer(), p.productcategorie(), p.productcode(), p.begindatum(),
                    p.einddatum());
        }
    }

    private DeclaratieToestand(Map<Long, ToewijzingVersie> toewijzingen, Set<String> bekendeClienten,
                               boolean declaratieNummerGebruikt, Optional<LocalDate> laatstePeriode) {
        this.toewijzingen = toewijzingen;
        this.bekendeClienten = bekendeClienten;
        this.declaratieNummerGebruikt = declaratieNummerGebruikt;
        this.laatstePeriode = laatstePeriode;
    }

    public static DeclaratieToestand lees(Connection c, Declaratie d, Toewijzingen toewijzingenStore,
                                          Declaraties declaraties) throws SQLException {
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
        Map<Long, ToewijzingVersie> toewijzingen = toewijzingenStore.actueel(c, d.gemeente(), nummers);
        // A client whose declared toewijzing is its own for this aanbieder is known without asking the store;
        // only the others need a query (usually none).
        Set<String> bekend = new HashSet<>();
        for (ToewijzingVersie v : toewijzingen.values()) {
            if (v.product().aanbieder().equals(d.aanbieder())) bekend.add(v.product().bsn());
        }
        Set<String> onbekend = new HashSet<>(bsns);
        onbekend.removeAll(bekend);
        bekend.retainAll(bsns);
        bekend.addAll(toewijzingenStore.clientenVanAanbieder(c, d.gemeente(), d.aanbieder(), onbekend));
        DeclaratieToestand t = new DeclaratieToestand(toewijzingen, bekend,
                declaraties.declaratieNummerGebruikt(c, d.aanbieder(), d.declaratieNummer()),
                declaraties.laatstePeriode(c, d.aanbieder(), d.gemeente()));
        Set<String> beide = new HashSet<>(referenties);
        beide.addAll(vorige);
        for (EerderePrestatie e : declaraties.metReferentie(c, d.aanbieder(), beide)) {
            if (referenties.contains(e.referentieNummer())) {
                t.gebruikteReferenties.add(e.referentieNummer());
                t.eerderGebruikt.add(e.referentieNummer());
            }
            if (e.debet() && e.toegekend()) t.toegekendeDebets.put(e.referentieNummer(), e);
        }
        for (EerderePrestatie e : declaraties.creditsOp(c, d.aanbieder(), vorige)) {
            t.gecrediteerd.add(e.vorigReferentieNummer());
        }
        List<EerderePrestatie> credits = new ArrayList<>();
        for (EerderePrestatie e : declaraties.toegekendOp(c, d.gemeente(), nummers)) {
            if (e.debet()) {
                t.openDebets.computeIfAbsent(DebetSleutel.of(e), k -> new HashSet<>()).add(e.referentieNummer());
            } else {
                credits.add(e);
                t.gecrediteerd.add(e.vorigReferentieNummer());
            }
            t.gebruik(e.toewijzingNummer(), e.eenheid(), e.geleverdVolume(), e.ingediendBedrag(), e.debet() ? 1 : -1);
        }
        for (EerderePrestatie credit : credits) {
            Set<String> open = t.openDebets.get(DebetSleutel.of(credit));
            if (open != null) open.remove(credit.vorigReferentieNummer());
        }
        return t;
    }

    public ToewijzingVersie toewijzing(long nummer) {
        return toewijzingen.get(nummer);
    }

    boolean referentieGebruikt(String referentie) {
        return gebruikteReferenties.contains(referentie);
    }

    /** Every ReferentieNummer of the message counts as sent once judged, accepted or not (TR314). */
    void referentieVerstuurd(String referentie) {
        gebruikteReferenties.add(referentie);
    }

    /** The ReferentieNummers of the message no earlier declaratie used: this one claims them (TR314). */
    public Set<String> nieuweReferenties(Declaratie d) {
        Set<String> result = new java.util.LinkedHashSet<>();
        for (Prestatie p : d.prestaties()) {
            if (!eerderGebruikt.contains(p.referentieNummer())) result.add(p.referentieNummer());
        }
        return result;
    }

    Optional<EerderePrestatie> toegekendeDebet(String referentie) {
        return Optional.ofNullable(toegekendeDebets.get(referentie));
    }

    boolean gecrediteerd(String debetReferentie) {
        return gecrediteerd.contains(debetReferentie);
    }

    Set<String> openDebets(Prestatie p) {
        return openDebets.getOrDefault(DebetSleutel.of(p), Set.of());
    }

    /** Net granted volume on the toewijzing, in its base unit (minutes for a toewijzing in hours). */
    long volumeGebruikt(long toewijzingNummer) {
        return volumeGebruikt.getOrDefault(toewijzingNummer, 0L);
    }

    /** Net granted amount (eurocent) on the toewijzing. */
    long bedragGebruikt(long toewijzingNummer) {
        return bedragGebruikt.getOrDefault(toewijzingNummer, 0L);
    }

    /** An accepted prestatie of this message changes what later ones are checked against. */
    void toegekend(Prestatie p) {
        int sign = "C".equals(p.debetCredit()) ? -1 : 1;
        gebruik(p.toewijzingNummer(), p.eenheid(), p.geleverdVolume(), p.ingediendBedrag(), sign);
        if (sign > 0) {
            openDebets.computeIfAbsent(DebetSleutel.of(p), k -> new HashSet<>()).add(p.referentieNummer());
        } else {
            gecrediteerd.add(p.vorigReferentieNummer());
            Set<String> open = openDebets.get(DebetSleutel.of(p));
            if (open != null) open.remove(p.vorigReferentieNummer());
        }
    }

    private void gebruik(long nummer, String eenheid, long volume, long bedrag, int sign) {
        ToewijzingVersie t = toewijzingen.get(nummer);
        long base = Volumes.inBasis(t == null ? null : t.product().eenheid(), eenheid, volume);
        volumeGebruikt.merge(nummer, sign * base, Long::sum);
        bedragGebruikt.merge(nummer, sign * bedrag, Long::sum);
    }

    /** A remark without a retourcode for the report, counted: e.g. no contract tariff configured. */
    void notitie(String text) {
        notities.merge(text, 1, Integer::sum);
    }

    public List<String> notities() {
        List<String> result = new ArrayList<>();
        notities.forEach((text, count) -> result.add(count + " prestatie(s): " + text));
        return result;
    }
}
