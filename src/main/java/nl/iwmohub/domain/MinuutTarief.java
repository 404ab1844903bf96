package nl.iwmohub.domain;

/**
 * IV081: minutes declared where the contract agreed a tariff per hour. The Prestatie's ProductTarief holds the
 * tariff per minute, the hourly tariff / 60 rounded half up to a whole eurocent; IngediendBedrag is computed from
 * the hourly tariff, not from that rounded tariff: (hourly tariff x minutes) / 60, rounded half up (TR346).
 * Amounts are whole eurocent and never negative (a credit carries its sign in DebetCredit).
 */
public final class MinuutTarief {
    private MinuutTarief() {}

    /** The ProductTarief for minutes: the hourly tariff / 60, rounded half up. */
    public static long perMinuut(long uurtarief) {
        return (uurtarief + 30) / 60;
    }

    /** The IngediendBedrag for minutes: hourly tariff x minutes / 60, rounded half up. */
    public static long bedrag(long uurtarief, long minuten) {
        return (uurtarief * minuten + 30) / 60;
    }

    /** The lowest hourly tariff whose per-minute tariff rounds to the given one. */
    public static long laagsteUurtarief(long perMinuut) {
        return Math.max(0, 60 * perMinuut - 30);
    }

    /** The highest hourly tariff whose per-minute tariff rounds to the given one. */
    public static long hoogsteUurtarief(long perMinuut) {
        return 60 * perMinuut + 29;
    }

    /**
     * Without the contract's hourly amount: can the amount be the IngediendBedrag of some hourly tariff that
     * rounds to this per-minute tariff? The amount of hourly tariff H is B exactly when 60B - 30 <= H x minutes
     * <= 60B + 29, so the question is whether that interval of H meets [laagsteUurtarief, hoogsteUurtarief].
     */
    public static boolean mogelijkBedrag(long perMinuut, long minuten, long bedrag) {
        if (minuten == 0) return bedrag == 0;
        long vanaf = Math.max(laagsteUurtarief(perMinuut), Math.floorDiv(60 * bedrag - 30 + minuten - 1, minuten));
        long tot = Math.min(hoogsteUurtarief(perMinuut), Math.floorDiv(60 * bedrag + 29, minuten));
        return vanaf <= tot;
    }
}
