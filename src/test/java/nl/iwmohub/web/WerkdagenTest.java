package nl.iwmohub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WerkdagenTest {
    final Werkdagen w = Werkdagen.standaard();

    @Test
    void easter() {
        assertEquals(LocalDate.of(2024, 3, 31), Werkdagen.pasen(2024));
        assertEquals(LocalDate.of(2025, 4, 20), Werkdagen.pasen(2025));
        assertEquals(LocalDate.of(2026, 4, 5), Werkdagen.pasen(2026));
        assertEquals(LocalDate.of(2027, 3, 28), Werkdagen.pasen(2027));
    }

    @Test
    void theHolidaysOf2026() {
        for (String d : new String[] {"2026-01-01", "2026-04-03", "2026-04-06", "2026-04-27", "2026-05-05", "2026-05-14", "2026-05-25",
                "2026-12-25"}) {
            assertFalse(w.isWerkdag(LocalDate.parse(d)), d);
        }
        assertTrue(w.isWerkdag(LocalDate.parse("2026-04-02")));
        assertTrue(w.isWerkdag(LocalDate.parse("2026-05-26")));
        // Koningsdag on a Sunday moves to Saturday (2025: 26 April)
        assertTrue(w.isFeestdag(LocalDate.parse("2025-04-26")));
        assertFalse(new Werkdagen(false, Set.of()).isFeestdag(LocalDate.parse("2026-04-03")), "Goede Vrijdag configurable");
        assertTrue(new Werkdagen(false, Set.of(LocalDate.parse("2026-06-01"))).isFeestdag(LocalDate.parse("2026-06-01")));
    }

    @Test
    void countingSkipsWeekendsAndHolidays() {
        // Thursday 2 April 2026 -> Thursday 9 April: Good Friday, the weekend and Easter Monday fall away
        assertEquals(3, w.tussen(LocalDate.parse("2026-04-02"), LocalDate.parse("2026-04-09")));
        assertEquals(5, w.tussen(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-08")));
        assertEquals(0, w.tussen(LocalDate.parse("2026-06-08"), LocalDate.parse("2026-06-01")));
    }
}
