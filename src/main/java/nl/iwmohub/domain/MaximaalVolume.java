package nl.iwmohub.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.OptionalLong;

/**
 * The most that may be declared on a toewijzing with an Omvang: per ProductPeriode (TR321) and over the whole
 * toewijzing (TR322), as IV076, IV077 and IV078 compute it. Readings:
 * <ul>
 * <li>Only the part of a period inside the toewijzing counts; an empty intersection allows 0.</li>
 * <li>Units: the same unit, or minutes (01) against hours (04) at 60 to the hour (TR341); any other pair cannot
 * be compared (empty).</li>
 * <li>Outputgericht means Eenheid 82 (stuks output) or 83 (euro); every other unit is inspanningsgericht.</li>
 * <li>Per week, inspanningsgericht: the calendar weeks (ISO) the period touches, whole or broken (IV077), but 6
 * weeks for category 01 (huishoudelijke hulp) per ProductPeriode; outputgericht: the Sundays in the period, plus
 * one when the toewijzing's last Sunday lies in it and its Einddatum is not a Sunday (IV076/IV077).</li>
 * <li>Per maand: the calendar months the period touches, a broken month counting whole (IV078).</li>
 * <li>Totaal: the volume itself. Over an open-ended toewijzing no maximum exists for day, week or month.</li>
 * </ul>
 */
public final class MaximaalVolume {
    private MaximaalVolume() {}

    public static OptionalLong perProductPeriode(Omvang t, LocalDate begin, LocalDate eind, String prestatieEenheid) {
        OptionalLong factor = factor(t.eenheid(), prestatieEenheid);
        if (factor.isEmpty()) return OptionalLong.empty();
        LocalDate from = begin.isBefore(t.ingangsdatum()) ? t.ingangsdatum() : begin;
        LocalDate to = t.einddatum() != null && eind.isAfter(t.einddatum()) ? t.einddatum() : eind;
        if (to.isBefore(from)) return OptionalLong.of(0);
        long eenheden = switch (t.frequentie()) {
            case "1" -> ChronoUnit.DAYS.between(from, to) + 1;
            case "2" -> output(t.eenheid()) ? zondagen(from, to) + laatsteGebrokenWeek(t, from, to)
                    : "01".equals(t.productcategorie()) ? 6 : weken(from, to);
            case "4" -> maanden(from, to);
            case "6" -> 1;
            default -> -1;
        };
        if (eenheden < 0) return OptionalLong.empty();
        return OptionalLong.of(eenheden * t.volume() * factor.getAsLong());
    }

    public static OptionalLong overToewijzing(Omvang t, String prestatieEenheid) {
        OptionalLong factor = factor(t.eenheid(), prestatieEenheid);
        if (factor.isEmpty()) return OptionalLong.empty();
        if ("6".equals(t.frequentie())) return OptionalLong.of((long) t.volume() * factor.getAsLong());
        LocalDate from = t.ingangsdatum();
        LocalDate to = t.einddatum();
        if (to == null) return OptionalLong.empty();
        if (to.isBefore(from)) return OptionalLong.of(0);
        long eenheden = switch (t.frequentie()) {
            case "1" -> ChronoUnit.DAYS.between(from, to) + 1;
            case "2" -> output(t.eenheid()) ? zondagen(from, to) + (to.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : 1)
                    : weken(from, to);
            case "4" -> maanden(from, to);
            default -> -1;
        };
        if (eenheden < 0) return OptionalLong.empty();
        return OptionalLong.of(eenheden * t.volume() * factor.getAsLong());
    }

    private static OptionalLong factor(String toegewezen, String gedeclareerd) {
        if (toegewezen == null || gedeclareerd == null) return OptionalLong.empty();
        if (toegewezen.equals(gedeclareerd)) return OptionalLong.of(1);
        if ("04".equals(toegewezen) && "01".equals(gedeclareerd)) return OptionalLong.of(60);
        return OptionalLong.empty();
    }

    private static boolean output(String eenheid) {
        return "82".equals(eenheid) || "83".equals(eenheid);
    }

    /** Distinct ISO calendar weeks (week-based year and number) the days from..to touch. */
    static long weken(LocalDate from, LocalDate to) {
        LocalDate firstMonday = from.with(DayOfWeek.MONDAY);
        LocalDate lastMonday = to.with(DayOfWeek.MONDAY);
        return ChronoUnit.WEEKS.between(firstMonday, lastMonday) + 1;
    }

    static long zondagen(LocalDate from, LocalDate to) {
        LocalDate firstSunday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        if (firstSunday.isAfter(to)) return 0;
        return ChronoUnit.WEEKS.between(firstSunday, to) + 1;
    }

    /** IV076: the broken last week of a toewijzing not ending on a Sunday counts where its last Sunday lies. */
    private static long laatsteGebrokenWeek(Omvang t, LocalDate from, LocalDate to) {
        LocalDate eind = t.einddatum();
        if (eind == null || eind.getDayOfWeek() == DayOfWeek.SUNDAY) return 0;
        LocalDate laatsteZondag = eind.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        if (laatsteZondag.isBefore(t.ingangsdatum())) {
            // no Sunday at all in the toewijzing: its only (broken) week counts in the period holding its end
            return !eind.isBefore(from) && !eind.isAfter(to) ? 1 : 0;
        }
        return !laatsteZondag.isBefore(from) && !laatsteZondag.isAfter(to) ? 1 : 0;
    }

    static long maanden(LocalDate from, LocalDate to) {
        return (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue() + 1;
    }
}
