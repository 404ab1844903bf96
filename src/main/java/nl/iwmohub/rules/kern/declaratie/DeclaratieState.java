package nl.iwmohub.rules.kern.declaratie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.iwmohub.domain.Declaratie;
import nl.iwmohub.domain.EerderePrestatie;
import nl.iwmohub.domain.Prestatie;
import nl.iwmohub.domain.ToewijzingVersie;

/**
 * What the rules of one declaratie consult: the {@link DeclaratieSnapshot} its handler read from the store, and
 * what the prestaties of this message judged so far changed in it, so that a later prestatie sees the earlier
 * accepted ones (TR314, TR322, TR369, TR389, TR390). Only the handler changes it, between two prestaties.
 */
public final class DeclaratieState {
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

    /** This message's view of the snapshot, before any of its prestaties is judged. */
    public DeclaratieState(Declaratie d, DeclaratieSnapshot snapshot) {
        this.toewijzingen = snapshot.toewijzingen();
        this.bekendeClienten = snapshot.clientenVanAanbieder();
        this.declaratieNummerGebruikt = snapshot.declaratieNummerGebruikt();
        this.laatstePeriode = snapshot.laatstePeriode();
        Set<String> referenties = new HashSet<>();
        for (Prestatie p : d.prestaties()) referenties.add(p.referentieNummer());
        for (EerderePrestatie e : snapshot.metReferentie()) {
            if (referenties.contains(e.referentieNummer())) {
                gebruikteReferenties.add(e.referentieNummer());
                eerderGebruikt.add(e.referentieNummer());
            }
            if (e.debet() && e.toegekend()) toegekendeDebets.put(e.referentieNummer(), e);
        }
        for (EerderePrestatie e : snapshot.creditsOpVorige()) gecrediteerd.add(e.vorigReferentieNummer());
        List<EerderePrestatie> credits = new ArrayList<>();
        for (EerderePrestatie e : snapshot.toegekendOpToewijzingen()) {
            if (e.debet()) {
                openDebets.computeIfAbsent(DebetSleutel.of(e), k -> new HashSet<>()).add(e.referentieNummer());
            } else {
                credits.add(e);
                gecrediteerd.add(e.vorigReferentieNummer());
            }
            gebruik(e.toewijzingNummer(), e.eenheid(), e.geleverdVolume(), e.ingediendBedrag(), e.debet() ? 1 : -1);
        }
        for (EerderePrestatie credit : credits) {
            Set<String> open = openDebets.get(DebetSleutel.of(credit));
            if (open != null) open.remove(credit.vorigReferentieNummer());
        }
    }

    public ToewijzingVersie toewijzing(long nummer) {
        return toewijzingen.get(nummer);
    }

    boolean referentieGebruikt(String referentie) {
        return gebruikteReferenties.contains(referentie);
    }

    /** Every ReferentieNummer of the message counts as sent once judged, accepted or not (TR314). */
    public void referentieVerstuurd(String referentie) {
        gebruikteReferenties.add(referentie);
    }

    /** The ReferentieNummers of the message no earlier declaratie used: this one claims them (TR314). */
    public Set<String> nieuweReferenties(Declaratie d) {
        Set<String> result = new LinkedHashSet<>();
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
    public void toegekend(Prestatie p) {
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
