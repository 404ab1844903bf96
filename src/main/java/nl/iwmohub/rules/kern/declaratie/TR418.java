package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.catalogus.TariefRegel;
import nl.iwmohub.domain.MinuutTarief;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR418 (0611): ProductTarief equals the contract tariff of the gemeente's catalogue for the product on the
 * ProductPeriode's Begindatum. Readings:
 * <ul>
 * <li>A gemeente without any catalogue row, or a row without an amount: not rejected; the report says that no
 * contract tariff is configured.</li>
 * <li>A gemeente with a catalogue but no row for the product on that date: the product is not contracted then,
 * so no declared tariff can equal a contract tariff: 0611.</li>
 * <li>Minutes (01) declared against an hourly contract (04): ProductTarief is the tariff per minute, the hourly
 * tariff / 60 rounded half up to a whole eurocent (IV081: 6600 gives 110, 6383 gives 106). Any other unit than
 * the row's: 0611 (the tariff is per another unit than contracted).</li>
 * <li>No ProductTarief (Eenheid 83, CD087): nothing to compare.</li>
 * </ul>
 */
public final class TR418 extends AbstractRule<PrestatieContext> {
    public TR418() {
        super("TR418", "0611", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        Integer tarief = t.prestatie.productTarief();
        if (tarief == null) return;
        String gemeente = t.declaratie.gemeente();
        if (!t.catalogusVoorGemeente()) {
            t.state.notitie("no contract catalogue configured for gemeente " + gemeente
                    + "; ProductTarief not checked (TR418)");
            return;
        }
        var regel = t.tarief();
        if (regel.isEmpty()) {
            findings.add(t.afwijking(this, "ProductTarief",
                    "gemeente " + gemeente + " has no contract for product " + t.product() + " on " + t.prestatie.begindatum(),
                    "gemeente " + gemeente + " heeft geen contract voor product " + t.product() + " op " + t.prestatie.begindatum()));
            return;
        }
        TariefRegel r = regel.get();
        if (!r.heeftTarief()) {
            t.state.notitie("no contract tariff configured for gemeente " + gemeente + " product " + t.product()
                    + " (" + r.bestand() + " line " + r.regel() + " has no amount); ProductTarief not checked (TR418)");
            return;
        }
        if (t.minutenTegenUurtarief()) {
            long perMinuut = MinuutTarief.perMinuut(r.tarief());
            if (perMinuut == tarief) return;
            findings.add(t.afwijking(this, "ProductTarief",
                    "ProductTarief " + tarief + " differs from the contract tariff per minute " + perMinuut
                            + " (hourly tariff " + r.tarief() + " / 60, rounded half up; IV081)",
                    "ProductTarief " + tarief + " wijkt af van het contracttarief per minuut " + perMinuut
                            + " (uurtarief " + r.tarief() + " / 60, rekenkundig afgerond; IV081)"));
            return;
        }
        boolean eenheidPast = r.eenheid().equals(t.prestatie.eenheid());
        if (eenheidPast && r.tarief().intValue() == tarief) return;
        String en = eenheidPast
                ? "ProductTarief " + tarief + " differs from the contract tariff " + r.tarief() + " per eenheid " + r.eenheid()
                : "ProductTarief is per eenheid " + t.prestatie.eenheid() + "; the contract tariff " + r.tarief()
                        + " is per eenheid " + r.eenheid();
        String nl = eenheidPast
                ? "ProductTarief " + tarief + " wijkt af van het contracttarief " + r.tarief() + " per eenheid " + r.eenheid()
                : "ProductTarief is per eenheid " + t.prestatie.eenheid() + "; het contracttarief " + r.tarief()
                        + " is per eenheid " + r.eenheid();
        findings.add(t.afwijking(this, "ProductTarief", en, nl));
    }
}
