package nl.iwmohub.rules.kern.levering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.iwmohub.domain.Levering;
import nl.iwmohub.domain.ToewijzingVersie;
import nl.iwmohub.store.Leveringen.Opgeslagen;

/**
 * One StartProduct or StopProduct under judgement, with the client's actueel starts and stops (the stored
 * ones plus those of this message judged before it) and the toewijzingen it names.
 */
public final class LeveringToets {
    final Levering levering;
    final List<Opgeslagen> starts;
    final List<Opgeslagen> stops;
    final Map<Long, ToewijzingVersie> toewijzingen;

    LeveringToets(Levering levering, List<Opgeslagen> starts, List<Opgeslagen> stops,
                  Map<Long, ToewijzingVersie> toewijzingen) {
        this.levering = levering;
        this.starts = starts;
        this.stops = stops;
        this.toewijzingen = toewijzingen;
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

    List<Opgeslagen> startsMetSleutel() {
        return starts.stream().filter(o -> zelfdeSleutel(o.levering(), levering)).toList();
    }

    List<Opgeslagen> stopsMetSleutel() {
        return new ArrayList<>(stops.stream().filter(o -> zelfdeSleutel(o.levering(), levering)).toList());
    }

    boolean verwijderen() {
        return "3".equals(levering.statusAanlevering());
    }

    String element(String relative) {
        return levering.berichtklasse() + "/" + relative;
    }

    String toewijzingTekst() {
        if (levering.toewijzingNummer() == null) return null;
        ToewijzingVersie t = toewijzingen.get(levering.toewijzingNummer());
        return t == null ? null : t.describe();
    }

    String sleutel() {
        return (levering.toewijzingNummer() == null ? "product " + levering.productcategorie() + "/" + levering.productcode()
                : "toewijzing " + levering.toewijzingNummer()) + ", Begindatum " + levering.begindatum();
    }
}
