package nl.iwmohub.rules.kern.declaratie;

import java.util.Optional;
import nl.iwmohub.catalogus.Catalogus;
import nl.iwmohub.catalogus.TariefRegel;
import nl.iwmohub.domain.Declaratie;
import nl.iwmohub.domain.Prestatie;
import nl.iwmohub.domain.ToewijzingVersie;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.verdict.Finding;

/**
 * The subject of the Prestatie rules: one prestatie of a WMO323, with its toewijzing (if any), its contract tariff
 * row, and the state of the declaratie so far.
 */
public final class PrestatieContext implements Need.Subject {
    final Declaratie declaratie;
    final Prestatie prestatie;
    final ToewijzingVersie toewijzing;
    final DeclaratieState state;
    private final Catalogus catalogus;
    private Optional<TariefRegel> tarief;

    public PrestatieContext(Declaratie declaratie, Prestatie prestatie, DeclaratieState state, Catalogus catalogus) {
        this.declaratie = declaratie;
        this.prestatie = prestatie;
        this.toewijzing = state.toewijzing(prestatie.toewijzingNummer());
        this.state = state;
        this.catalogus = catalogus;
    }

    @Override
    public boolean has(Need need) {
        boolean toewijzingVanAanbieder = toewijzing != null
                && toewijzing.product().aanbieder().equals(declaratie.aanbieder());
        return switch (need) {
            case TOEWIJZING -> toewijzingVanAanbieder;
            case TOEWIJZING_VAN_CLIENT -> toewijzingVanAanbieder && toewijzing.product().bsn().equals(prestatie.bsn());
        };
    }

    /** A finding on this prestatie, naming the toewijzing version and the tariff row it was checked against. */
    Finding afwijking(AbstractRule<?> rule, String element, String reason, String reden) {
        return rule.finding(klasse(), element(element), reason, reden, toewijzingTekst(), tariefTekst());
    }

    public String klasse() {
        return prestatie.berichtklasse();
    }

    public String element(String relative) {
        return prestatie.berichtklasse() + "/" + relative;
    }

    boolean credit() {
        return "C".equals(prestatie.debetCredit());
    }

    public String toewijzingTekst() {
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

    public Catalogus catalogus() {
        return catalogus;
    }

    public Declaratie declaratie() {
        return declaratie;
    }

    public Prestatie prestatie() {
        return prestatie;
    }

    /** A remark without a retourcode for the report (counted per text): no contract tariff configured, say. */
    public void notitie(String text) {
        state.notitie(text);
    }

    public boolean catalogusVoorGemeente() {
        return catalogus.covers(declaratie.gemeente());
    }

    public String tariefTekst() {
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
