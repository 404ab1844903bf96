package nl.iwmohub.rules.kern.levering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.iwmohub.catalogus.Catalogus;
import nl.iwmohub.domain.Levering;
import nl.iwmohub.domain.OpgeslagenLevering;
import nl.iwmohub.domain.ToewijzingVersie;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Finding;

/**
 * The subject of the StartProduct and StopProduct rules: one of them, with the client's actueel starts and stops
 * (the stored ones plus those of this message judged before it, kept by the handler) and the toewijzingen it
 * names, and the contract catalogue.
 */
public final class LeveringContext {
    final Levering levering;
    final List<OpgeslagenLevering> starts;
    final List<OpgeslagenLevering> stops;
    final Map<Long, ToewijzingVersie> toewijzingen;
    private final Catalogus catalogus;

    public LeveringContext(Levering levering, List<OpgeslagenLevering> starts, List<OpgeslagenLevering> stops,
                           Map<Long, ToewijzingVersie> toewijzingen, Catalogus catalogus) {
        this.levering = levering;
        this.starts = starts;
        this.stops = stops;
        this.toewijzingen = toewijzingen;
        this.catalogus = catalogus;
    }

    /**
     * The logical key of a start, repeated unchanged in its stops (IV096, TR382): Bsn (one client per message),
     * ToewijzingNummer and Begindatum; without a ToewijzingNummer (taakgericht) the Product stands in for it.
     */
    static boolean zelfdeSleutel(Levering a, Levering b) {
        if (!a.begindatum().equals(b.begindatum())) return false;
        if (a.toewijzingNummer() != null || b.toewijzingNummer() != null) {
            return Objects.equals(a.toewijzingNummer(), b.toewijzingNummer());
        }
        return Objects.equals(a.productcategorie(), b.productcategorie()) && Objects.equals(a.productcode(), b.productcode());
    }

    /** Same ToegewezenProduct: same ToewijzingNummer, or the same Product when there is none. */
    static boolean zelfdeProduct(Levering a, Levering b) {
        if (a.toewijzingNummer() != null || b.toewijzingNummer() != null) {
            return Objects.equals(a.toewijzingNummer(), b.toewijzingNummer());
        }
        return Objects.equals(a.productcategorie(), b.productcategorie()) && Objects.equals(a.productcode(), b.productcode());
    }

    /** The client's actueel starts with this one's key (IV096). */
    public List<OpgeslagenLevering> startsMetSleutel() {
        return starts.stream().filter(o -> zelfdeSleutel(o.levering(), levering)).toList();
    }

    /**
     * The client's actueel stops that are this StopProduct: its logical key is the start's key with RedenBeeindiging
     * and Einddatum (rules.md, WMO307 StopProduct), so a removal names the stop it removes (TR063) and a new stop
     * repeats none (TR074).
     */
    public List<OpgeslagenLevering> dezelfdeStops() {
        return stopsMetSleutel().stream().filter(o -> Objects.equals(o.levering().redenBeeindiging(),
                levering.redenBeeindiging()) && Objects.equals(o.levering().einddatum(), levering.einddatum())).toList();
    }

    /** The client's actueel stops with this one's start key. */
    public List<OpgeslagenLevering> stopsMetSleutel() {
        return new ArrayList<>(stops.stream().filter(o -> zelfdeSleutel(o.levering(), levering)).toList());
    }

    public Levering levering() {
        return levering;
    }

    /** The contract catalogue: the gemeente's product code list (TR381). */
    public Catalogus catalogus() {
        return catalogus;
    }

    public boolean verwijderen() {
        return "3".equals(levering.statusAanlevering());
    }

    String element(String relative) {
        return levering.berichtklasse() + "/" + relative;
    }

    /** A finding on this StartProduct or StopProduct, naming the toewijzing version it was checked against. */
    Finding afwijking(AbstractRule<?> rule, String element, String reason, String reden) {
        return rule.finding(levering.berichtklasse(), element(element), reason, reden, toewijzingTekst(), null);
    }

    public String toewijzingTekst() {
        if (levering.toewijzingNummer() == null) return null;
        ToewijzingVersie t = toewijzingen.get(levering.toewijzingNummer());
        return t == null ? null : t.describe();
    }

    String sleutel() {
        return (levering.toewijzingNummer() == null ? "product " + levering.productcategorie() + "/" + levering.productcode()
                : "toewijzing " + levering.toewijzingNummer()) + ", Begindatum " + levering.begindatum();
    }
}
