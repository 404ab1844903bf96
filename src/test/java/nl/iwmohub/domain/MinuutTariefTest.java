package nl.iwmohub.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** IV081's arithmetic: the worked examples of the instruction and the edges of the rounding. */
class MinuutTariefTest {

    @Test
    void theTariffPerMinuteIsTheHourlyTariffOverSixtyRoundedHalfUp() {
        assertEquals(110, MinuutTarief.perMinuut(6600));
        assertEquals(106, MinuutTarief.perMinuut(6383));
        // 1,455 euro rounds to 1,46 and 1,454 to 1,45 (IV081): 87,30 and 87,24 euro an hour
        assertEquals(146, MinuutTarief.perMinuut(8730));
        assertEquals(145, MinuutTarief.perMinuut(8724));
    }

    @Test
    void theAmountIsComputedFromTheHourlyTariffNotFromTheRoundedOne() {
        assertEquals(745, MinuutTarief.bedrag(6383, 7));      // 744.68; 7 x 106 would be 742
        assertEquals(5500, MinuutTarief.bedrag(6600, 50));
        assertEquals(0, MinuutTarief.bedrag(6383, 0));
    }

    @Test
    void withoutTheHourlyTariffEveryAmountOfAnHourlyTariffThatRoundsToTheTariffPerMinuteIsPossible() {
        assertEquals(6330, MinuutTarief.laagsteUurtarief(106));
        assertEquals(6389, MinuutTarief.hoogsteUurtarief(106));
        assertEquals(106, MinuutTarief.perMinuut(6330));
        assertEquals(106, MinuutTarief.perMinuut(6389));
        assertEquals(105, MinuutTarief.perMinuut(6329));
        assertEquals(107, MinuutTarief.perMinuut(6390));
        for (long b = 0; b < 2000; b++) {
            boolean some = false;
            for (long h = 6330; h <= 6389; h++) some |= MinuutTarief.bedrag(h, 7) == b;
            assertEquals(some, MinuutTarief.mogelijkBedrag(106, 7, b), "amount " + b);
        }
        // more minutes than an hour: not every amount between the lowest and the highest is reachable
        for (long b = 0; b < 200_000; b += 7) {
            boolean some = false;
            for (long h = 6330; h <= 6389; h++) some |= MinuutTarief.bedrag(h, 1000) == b;
            assertEquals(some, MinuutTarief.mogelijkBedrag(106, 1000, b), "amount " + b);
        }
        assertTrue(MinuutTarief.mogelijkBedrag(106, 0, 0));
        assertFalse(MinuutTarief.mogelijkBedrag(106, 0, 1));
    }
}
