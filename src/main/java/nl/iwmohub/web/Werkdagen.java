package nl.iwmohub.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;

/**
 * Werkdagen: not Saturday or Sunday, and not an algemeen erkende feestdag of the Algemene termijnenwet (art. 3:
 * Nieuwjaarsdag, tweede paasdag, Hemelvaartsdag, tweede pinksterdag, Koningsdag, 5 mei, eerste en tweede
 * kerstdag; the Sundays among them fall away anyway), with Goede Vrijdag counted as free too unless switched
 * off, and any further free dates configured.
 */
public final class Werkdagen {
    private final boolean goedeVrijdag;
    private final Set<LocalDate> extra;

    public Werkdagen(boolean goedeVrijdag, Set<LocalDate> extra) {
        this.goedeVrijdag = goedeVrijdag;
        this.extra = new HashSet<>(extra);
    }

    public static Werkdagen standaard() {
        return new Werkdagen(true, Set.of());
    }

    /** Easter Sunday (Gregorian, the anonymous algorithm of Meeus/Jones/Butcher). */
    static LocalDate pasen(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    public boolean isFeestdag(LocalDate d) {
        if (extra.contains(d)) return true;
        MonthDay md = MonthDay.from(d);
        if (md.equals(MonthDay.of(1, 1)) || md.equals(MonthDay.of(5, 5)) || md.equals(MonthDay.of(12, 25)) || md.equals(MonthDay.of(12, 26))) return true;
        LocalDate koningsdag = LocalDate.of(d.getYear(), 4, 27);
        if (koningsdag.getDayOfWeek() == DayOfWeek.SUNDAY) koningsdag = koningsdag.minusDays(1);
        if (d.equals(koningsdag)) return true;
        LocalDate pasen = pasen(d.getYear());
        return d.equals(pasen.plusDays(1)) || d.equals(pasen.plusDays(39)) || d.equals(pasen.plusDays(50))
                || (goedeVrijdag && d.equals(pasen.minusDays(2)));
    }

    public boolean isWerkdag(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !isFeestdag(d);
    }

    /** The werkdagen after from up to and including to (0 when to is not after from). */
    public long tussen(LocalDate from, LocalDate to) {
        long n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWerkdag(d)) n++;
        }
        return n;
    }
}
