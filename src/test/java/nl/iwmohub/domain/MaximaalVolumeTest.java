package nl.iwmohub.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The worked examples of IV076, IV077 and IV078, and the unit and frequency cases around them. */
class MaximaalVolumeTest {
    private static final String UUR = "04";
    private static final String MINUUT = "01";
    private static final String EURO = "83";

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static long periode(Omvang t, String begin, String eind, String eenheid) {
        return MaximaalVolume.perProductPeriode(t, d(begin), d(eind), eenheid).orElseThrow();
    }

    @Test
    void iv076InspanningsgerichtDrieUurPerWeek() {
        Omvang t = new Omvang("02", d("2025-07-07"), d("2025-09-07"), 3, UUR, "2");
        // IV076 states 9, 15 and 3 hours; July 7..31 touches ISO weeks 28..31 = 4 weeks, so 12 (the example's
        // text itself says "4 weken x 3 uur = 12 uur"): the rule counts weeks, we follow the rule.
        assertEquals(12, periode(t, "2025-07-01", "2025-07-31", UUR));
        assertEquals(15, periode(t, "2025-08-01", "2025-08-31", UUR));
        assertEquals(3, periode(t, "2025-09-01", "2025-09-30", UUR));
        assertEquals(27, MaximaalVolume.overToewijzing(t, UUR).orElseThrow(), "9 weeks x 3 hours");
    }

    @Test
    void iv076OutputgerichtToewijzingEindigtOpZondag() {
        Omvang t = new Omvang("02", d("2025-07-07"), d("2025-09-07"), 30000, EURO, "2");
        assertEquals(90000, periode(t, "2025-07-07", "2025-07-31", EURO));
        assertEquals(150000, periode(t, "2025-08-01", "2025-08-31", EURO));
        assertEquals(30000, periode(t, "2025-09-01", "2025-09-07", EURO));
    }

    @Test
    void iv076OutputgerichtToewijzingEindigtNietOpZondag() {
        Omvang t = new Omvang("02", d("2025-07-07"), d("2025-09-06"), 30000, EURO, "2");
        assertEquals(90000, periode(t, "2025-07-07", "2025-07-31", EURO));
        assertEquals(180000, periode(t, "2025-08-01", "2025-08-31", EURO), "5 Sundays + the broken last week");
        assertEquals(0, periode(t, "2025-09-01", "2025-09-06", EURO), "already counted in August");
    }

    @Test
    void iv077InspanningsgerichtOktoberTotDecember() {
        Omvang t = new Omvang("02", d("2025-10-07"), d("2025-12-30"), 3, UUR, "2");
        assertEquals(12, periode(t, "2025-10-01", "2025-10-31", UUR), "weeks 41-44");
        assertEquals(15, periode(t, "2025-11-01", "2025-11-30", UUR), "weeks 44-48");
        assertEquals(15, periode(t, "2025-12-01", "2025-12-31", UUR), "weeks 49-52 and 1");
        assertEquals(39, MaximaalVolume.overToewijzing(t, UUR).orElseThrow(), "13 weeks x 3 hours");
    }

    @Test
    void iv077OutputgerichtVoorbeeld2() {
        Omvang t = new Omvang("02", d("2025-07-07"), d("2025-09-05"), 30000, EURO, "2");
        assertEquals(90000, periode(t, "2025-07-07", "2025-07-31", EURO));
        assertEquals(180000, periode(t, "2025-08-01", "2025-08-31", EURO));
    }

    @Test
    void iv077OutputgerichtVoorbeeld1() {
        // IV077 example 1 (01-10-2025..31-12-2025, 300 euro a week): October from the 1st has 4 Sundays (the text
        // counts from 07-10 and says 3); November 5; December 4 plus the broken last week = 5.
        Omvang t = new Omvang("02", d("2025-10-01"), d("2025-12-31"), 30000, EURO, "2");
        assertEquals(120000, periode(t, "2025-10-01", "2025-10-31", EURO));
        assertEquals(150000, periode(t, "2025-11-01", "2025-11-30", EURO));
        assertEquals(150000, periode(t, "2025-12-01", "2025-12-31", EURO));
    }

    @Test
    void iv077HuishoudelijkeHulpMagZesMaalHetWeekvolume() {
        Omvang t = new Omvang("01", d("2025-10-07"), d("2025-12-30"), 3, UUR, "2");
        assertEquals(18, periode(t, "2025-10-01", "2025-10-31", UUR));
        assertEquals(39, MaximaalVolume.overToewijzing(t, UUR).orElseThrow(), "the total still counts weeks");
    }

    @Test
    void iv078GebrokenPeriode() {
        Omvang week = new Omvang("02", d("2025-11-12"), d("2025-12-13"), 3, UUR, "2");
        assertEquals(9, periode(week, "2025-11-12", "2025-11-30", UUR), "weeks 46-48, the first one broken");
        Omvang maand = new Omvang("02", d("2025-10-14"), d("2025-12-13"), 15, UUR, "4");
        assertEquals(15, periode(maand, "2025-10-14", "2025-10-31", UUR), "a broken month allows the whole month");
        assertEquals(45, MaximaalVolume.overToewijzing(maand, UUR).orElseThrow(), "three months touched");
    }

    @Test
    void minutenTegenUren() {
        Omvang t = new Omvang("02", d("2026-03-02"), d("2026-03-08"), 3, UUR, "2");
        assertEquals(180, periode(t, "2026-03-01", "2026-03-31", MINUUT));
        assertEquals(OptionalLong.empty(), MaximaalVolume.perProductPeriode(t, d("2026-03-01"), d("2026-03-31"), "16"));
        Omvang minuten = new Omvang("02", d("2026-03-02"), d("2026-03-08"), 90, MINUUT, "2");
        assertEquals(OptionalLong.empty(), MaximaalVolume.perProductPeriode(minuten, d("2026-03-01"), d("2026-03-31"), UUR),
                "hours against a toewijzing in minutes cannot be compared");
    }

    @Test
    void perDagTotaalEnOpenEinde() {
        Omvang dag = new Omvang("04", d("2026-03-10"), null, 1, "14", "1");
        assertEquals(22, periode(dag, "2026-03-01", "2026-03-31", "14"), "March 10..31");
        assertEquals(OptionalLong.empty(), MaximaalVolume.overToewijzing(dag, "14"), "no end, no maximum");
        Omvang totaal = new Omvang("10", d("2026-01-01"), null, 40, UUR, "6");
        assertEquals(40, periode(totaal, "2026-03-01", "2026-03-31", UUR));
        assertEquals(40, MaximaalVolume.overToewijzing(totaal, UUR).orElseThrow());
    }

    @Test
    void periodeBuitenDeToewijzing() {
        Omvang t = new Omvang("02", d("2026-03-10"), d("2026-04-30"), 3, UUR, "2");
        assertEquals(0, periode(t, "2026-02-01", "2026-02-28", UUR));
    }
}
