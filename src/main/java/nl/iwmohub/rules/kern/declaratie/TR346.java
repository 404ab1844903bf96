package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import nl.iwmohub.catalogus.TariefRegel;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;

/**
 * TR346 (9346): unless Eenheid is 83 (euro), IngediendBedrag = GeleverdVolume x ProductTarief. Minutes (01)
 * declared where the toewijzing or the contract is per hour (04): ProductTarief is the hourly tariff and the
 * amount is GeleverdVolume x ProductTarief / 60, rounded to whole eurocent (half up), as TR346's note and
 * IV081 prescribe for an hourly tariff not divisible by 60.
 */
public final class TR346 extends PrestatieRegel {
    public TR346() {
        super("TR346", "9346", Controleniveau.EXTERNE_BRON);
    }

    static boolean minutenTegenUurtarief(PrestatieToets t) {
        if (!Volumes.MINUUT.equals(t.prestatie.eenheid())) return false;
        boolean toewijzingInUren = t.toewijzing != null && Volumes.UUR.equals(t.toewijzing.product().eenheid());
        return toewijzingInUren || t.tarief().map(TariefRegel::eenheid).filter(Volumes.UUR::equals).isPresent();
    }

    static long verwacht(long volume, long tarief, boolean perMinuutVanUurtarief) {
        return perMinuutVanUurtarief ? (volume * tarief + 30) / 60 : volume * tarief;
    }

    @Override
    void toets(PrestatieToets t, List<Finding> findings) {
        if ("83".equals(t.prestatie.eenheid()) || t.prestatie.productTarief() == null) return;
        boolean uur = minutenTegenUurtarief(t);
        long verwacht = verwacht(t.prestatie.geleverdVolume(), t.prestatie.productTarief(), uur);
        if (verwacht == t.prestatie.ingediendBedrag()) return;
        String som = t.prestatie.geleverdVolume() + " x " + t.prestatie.productTarief() + (uur ? " / 60" : "") + " = " + verwacht;
        findings.add(afwijking(t, "IngediendBedrag/Bedrag",
                "IngediendBedrag " + t.prestatie.ingediendBedrag() + " is not GeleverdVolume x ProductTarief: " + som,
                "IngediendBedrag " + t.prestatie.ingediendBedrag() + " is niet GeleverdVolume x ProductTarief: " + som));
    }
}
