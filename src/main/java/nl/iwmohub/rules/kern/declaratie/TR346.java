package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.catalogus.TariefRegel;
import nl.iwmohub.domain.MinuutTarief;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR346 (9346): unless Eenheid is 83 (euro), IngediendBedrag = GeleverdVolume x ProductTarief.
 *
 * <p>Minutes (01) declared against a tariff per hour (IV081, TR346's note): ProductTarief holds the rounded tariff
 * per minute and is not used; IngediendBedrag = contract hourly tariff x minutes / 60, rounded half up (6383 and
 * 7 minutes give 745). Reading where the catalogue names no hourly amount (a row without tarief, no catalogue for
 * the gemeente, or the product not contracted while the toewijzing is in hours): the hourly tariff is known only
 * to lie in the range whose per-minute tariff rounds to ProductTarief (60T - 30 .. 60T + 29), so the amount is
 * accepted when some hourly tariff in that range gives it, and the report says so.
 */
public final class TR346 extends AbstractRule<PrestatieContext> {
    public TR346() {
        super("TR346", "9346", Controleniveau.EXTERNE_BRON, BerichtType.WMO323);
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        Integer tarief = t.prestatie.productTarief();
        if ("83".equals(t.prestatie.eenheid()) || tarief == null) return;
        long volume = t.prestatie.geleverdVolume();
        long bedrag = t.prestatie.ingediendBedrag();
        String en;
        String nl;
        if (!t.minutenTegenUurtarief()) {
            if (volume * tarief == bedrag) return;
            en = nl = volume + " x " + tarief + " = " + volume * tarief;
        } else {
            Integer uurtarief = t.tarief().map(TariefRegel::tarief).orElse(null);
            if (uurtarief != null) {
                long verwacht = MinuutTarief.bedrag(uurtarief, volume);
                if (verwacht == bedrag) return;
                en = "contract hourly tariff " + uurtarief + " x " + volume + " minutes / 60 = " + verwacht + " (IV081)";
                nl = "contractueel uurtarief " + uurtarief + " x " + volume + " minuten / 60 = " + verwacht + " (IV081)";
            } else {
                if (MinuutTarief.mogelijkBedrag(tarief, volume, bedrag)) {
                    t.state.notitie("minutes against an hourly tariff without a contract amount: IngediendBedrag "
                            + "accepted within the rounding of the per-minute ProductTarief (TR346, IV081)");
                    return;
                }
                long van = MinuutTarief.laagsteUurtarief(tarief);
                long tot = MinuutTarief.hoogsteUurtarief(tarief);
                en = "no hourly tariff from " + van + " to " + tot + " (whose tariff per minute rounds to " + tarief
                        + ") x " + volume + " minutes / 60 gives it (IV081)";
                nl = "geen uurtarief van " + van + " tot en met " + tot + " (met tarief per minuut " + tarief
                        + ") x " + volume + " minuten / 60 geeft het (IV081)";
            }
        }
        findings.add(t.afwijking(this, "IngediendBedrag/Bedrag",
                "IngediendBedrag " + bedrag + " is not GeleverdVolume x ProductTarief: " + en,
                "IngediendBedrag " + bedrag + " is niet GeleverdVolume x ProductTarief: " + nl));
    }
}
