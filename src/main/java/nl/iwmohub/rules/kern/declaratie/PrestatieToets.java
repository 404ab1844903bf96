package nl.iwmohub.rules.kern.declaratie;

import java.util.Optional;
import nl.iwmohub.catalogus.Catalogus;
import nl.iwmohub.catalogus.TariefRegel;
import nl.iwmohub.domain.Declaratie;
import nl.iwmohub.domain.Prestatie;
import nl.iwmohub.domain.ToewijzingVersie;

/** One prestatie under judgement, with its toewijzing (if any), its contract tariff row and the state. */
public final class PrestatieToets {
    final Declaratie declaratie;
    final Prestatie prestatie;
    final ToewijzingVersie toewijzing;
    final DeclaratieToestand toestand;
    private final Catalogus catalogus;
    private Optional<TariefRegel> tarief;

    PrestatieToets(Declaratie declaratie, Prestatie prestatie, DeclaratieToestand toestand, Catalogus catalogus) {
        this.declaratie = declaratie;
        this.prestatie = prestatie;
        this.toewijzing = toestand.toewijzing(prestatie.toewijzingNummer());
        this.toestand = toestand;
        this.catalogus = catalogus;
    }

    String klasse() {
        return prestatie.berichtklasse();
    }

    String element(String relative) {
        return prestatie.berichtklasse() + "/" + relative;
    }

    boolean credit() {
        return "C".equals(prestatie.debetCredit());
    }

    String toewijzingTekst() {
        return toewijzing == null ? null : toewijzing.describe();
    }

    /** The contract row for the gemeente, the declared product and the ProductPeriode's Begindatum. */
    Optional<TariefRegel> tarief() {
        if (tarief == null) {
            tarief = catalogus.find(declaratie.gemeente(), prestatie.productcategorie(), prestatie.productcode(),
                    prestatie.begindatum());
        }
        return tarief;
    }

    Catalogus catalogus() {
        return catalogus;
    }

    boolean catalogusVoorGemeente() {
        return catalogus.covers(declaratie.gemeente());
    }

    String tariefTekst() {
        return tarief().map(TariefRegel::describe).orElse(null);
    }

    /**
     * IV081: minutes declared against a tariff per hour. The conversion follows the contract row's unit; without a
     * row (no catalogue, or the product not contracted) it follows a toewijzing in hours.
     */
    boolean minutenTegenUurtarief() {
        if (!Volumes.MINUUT.equals(prestatie.eenheid())) return false;
        Optional<TariefRegel> regel = tarief();
        if (regel.isPresent()) return Volumes.UUR.equals(regel.get().eenheid());
        return toewijzing != null && Volumes.UUR.equals(toewijzing.product().eenheid());
    }

    String product() {
        return prestatie.productcategorie() + "/" + prestatie.productcode();
    }
}
