package nl.iwmohub.catalogus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue format: what is refused (with its line), what is read, and the shipped catalogues. */
class CatalogusTest {
    private static final String HEADER = Catalogus.HEADER + "\n";

    @TempDir
    Path temp;

    private static List<String> problems(String csv) {
        return assertThrows(CatalogusException.class, () -> Catalogus.parse("t.csv", csv)).problems();
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndTheWholeCatalogueIsRefused() {
        List<String> p = problems("# comment\n" + HEADER
                + "109,02,02A05,Zwaar,04,6600,2021-07-01,,seed\n"
                + "0109,19,02A05,Zwaar,04,6600,2021-07-01,,seed\n"
                + "0109,02,02A0567,Zwaar,04,6600,2021-07-01,,seed\n"
                + "0109,02,02A05,Zwaar,05,6600,2021-07-01,,seed\n"
                + "0109,02,02A06,Zwaar,04,\"66,00\",2021-07-01,,seed\n"
                + "0109,02,02A07,Zwaar,04,-1,2021-07-01,,seed\n"
                + "0109,02,02A08,Zwaar,04,6600,01-07-2021,,seed\n"
                + "0109,02,02A09,Zwaar,04,6600,2021-07-01,2021-06-30,seed\n"
                + "0109,02,02B01,Zwaar,04,6600,2021-07-01,,\n"
                + "0109,02,02B02,Zwaar,04,6600\n"
                + "0109,02,02B03,Zwaar,04,6600,2021-07-01,,seed\n");
        assertEquals(10, p.size(), String.join("\n", p));
        assertTrue(p.get(0).startsWith("t.csv line 3: gemeente '109'"), p.get(0));
        assertTrue(p.get(1).startsWith("t.csv line 4: productcategorie '19'"), p.get(1));
        assertTrue(p.get(2).startsWith("t.csv line 5: productcode"), p.get(2));
        assertTrue(p.get(3).startsWith("t.csv line 6: eenheid '05'"), p.get(3));
        assertTrue(p.get(4).startsWith("t.csv line 7: tarief '66,00'"), p.get(4));
        assertTrue(p.get(5).startsWith("t.csv line 8: tarief '-1'"), p.get(5));
        assertTrue(p.get(6).startsWith("t.csv line 9: geldig_van '01-07-2021'"), p.get(6));
        assertTrue(p.get(7).startsWith("t.csv line 10: geldig_tot 2021-06-30 lies before"), p.get(7));
        assertTrue(p.get(8).startsWith("t.csv line 11: bron is empty"), p.get(8));
        assertTrue(p.get(9).startsWith("t.csv line 12: 6 fields, expected 9"), p.get(9));
    }

    @Test
    void oneCodeUnderTwoCategoriesOfOneGemeenteIsRefused() {
        List<String> p = problems(HEADER + "0109,02,02A05,Zwaar,04,6600,2021-07-01,,seed\n"
                + "1681,07,02A05,Other gemeente,04,6600,2021-07-01,,seed\n"
                + "0109,07,02A05,Zwaar,04,6600,2021-07-01,,seed\n");
        assertEquals(1, p.size(), String.join("\n", p));
        assertTrue(p.get(0).startsWith("t.csv line 4: 0109 product code 02A05 is under category 07 here and under 02 in t.csv line 2"),
                p.get(0));
    }

    @Test
    void aProductCodeIsFoundWhateverItsPeriod() {
        Catalogus c = Catalogus.parse("t.csv", HEADER + "0109,02,02A05,Zwaar,04,6600,2021-07-01,2021-12-31,seed\n");
        assertEquals("02", c.productcode("0109", "02A05").orElseThrow().productcategorie());
        assertTrue(c.productcode("0109", "02A06").isEmpty());
        assertTrue(c.productcode("1681", "02A05").isEmpty());
    }

    @Test
    void aWrongHeaderIsRefused() {
        List<String> p = problems("gemeente;productcategorie\n0109;02\n");
        assertEquals(List.of("t.csv line 1: the header must be exactly '" + Catalogus.HEADER + "'"), p);
    }

    @Test
    void overlappingPeriodsAreRefusedAlsoAcrossFiles() throws Exception {
        List<String> p = problems(HEADER + "0109,02,02A05,Zwaar,04,6600,2021-07-01,,seed\n"
                + "0109,02,02A05,Zwaar,04,6800,2022-01-01,,seed\n");
        assertEquals(1, p.size());
        assertTrue(p.get(0).contains("line 3") && p.get(0).contains("overlaps t.csv line 2"), p.get(0));

        Path dir = Files.createDirectories(temp.resolve("cat"));
        Files.writeString(dir.resolve("a.csv"), HEADER + "0109,02,02A05,Zwaar,04,6600,2021-07-01,2022-12-31,seed\n");
        Files.writeString(dir.resolve("b.csv"), HEADER + "0109,02,02A05,Zwaar,04,6800,2022-06-01,,seed\n");
        List<String> across = assertThrows(CatalogusException.class, () -> Catalogus.load(dir)).problems();
        assertTrue(across.get(0).startsWith("b.csv line 2:") && across.get(0).contains("a.csv line 2"), across.get(0));
    }

    @Test
    void quotingCommentsBomAndCrlfAreRead() {
        Catalogus c = Catalogus.parse("t.csv", "\uFEFF# codes are the project's choice\r\n" + Catalogus.HEADER + "\r\n\r\n"
                + "0109,02,02A05,\"Zwaar, per uur \"\"z\"\"\",04,6600,2021-07-01,,\"seed 001, l.2815\"\r\n");
        TariefRegel r = c.find("0109", "02", "02A05", LocalDate.parse("2025-03-01")).orElseThrow();
        assertEquals("Zwaar, per uur \"z\"", r.omschrijving());
        assertEquals("seed 001, l.2815", r.bron());
        assertEquals(4, r.regel());
    }

    @Test
    void aYearlyIndexationIsANewRowFromTheFirstOfJanuary() {
        Catalogus c = Catalogus.parse("t.csv", HEADER
                + "0109,02,02A05,Zwaar,04,6600,2021-07-01,2026-12-31,seed\n"
                + "0109,02,02A05,Zwaar,04,6832,2027-01-01,,index\n"
                + "0796,02,02A01,Waakvlam,82,,2020-01-01,,seed 002\n");
        assertEquals(6600, c.find("0109", "02", "02A05", LocalDate.parse("2026-12-31")).orElseThrow().tarief());
        assertEquals(6832, c.find("0109", "02", "02A05", LocalDate.parse("2027-01-01")).orElseThrow().tarief());
        assertTrue(c.find("0109", "02", "02A05", LocalDate.parse("2021-06-30")).isEmpty(), "not before geldig_van");
        assertEquals(6832, c.find("0109", "02", "02A05", LocalDate.parse("2040-01-01")).orElseThrow().tarief(), "open end");
        assertFalse(c.find("0796", "02", "02A01", LocalDate.parse("2026-01-01")).orElseThrow().heeftTarief());
        assertTrue(c.covers("0796") && !c.covers("0363"));
    }

    @Test
    void theShippedCataloguesLoad() {
        Catalogus c = Catalogus.load(Path.of("catalogi"));
        assertEquals(10 + 8 + 9 + 21, c.size());
        TariefRegel zwaar = c.find("0109", "02", "02A05", LocalDate.parse("2025-03-01")).orElseThrow();
        assertEquals(6600, zwaar.tarief());
        assertEquals("04", zwaar.eenheid());
        assertEquals(3822, c.find("1681", "07", "07B01", LocalDate.parse("2025-03-01")).orElseThrow().tarief());
        assertEquals(28052, c.find("0828", "01", "01A01", LocalDate.parse("2021-08-01")).orElseThrow().tarief());
        assertTrue(c.find("0828", "01", "01A01", LocalDate.parse("2021-07-31")).isEmpty());
        assertFalse(c.find("0865", "07", "07A02", LocalDate.parse("2025-03-01")).orElseThrow().heeftTarief());
        assertFalse(c.covers("0363"));
        assertEquals(java.util.Set.of("0109", "1681", "0828", "0796", "1948", "0865"), c.gemeenten());
    }

    @Test
    void aMissingPathIsRefusedByName() {
        List<String> p = assertThrows(CatalogusException.class, () -> Catalogus.load(temp.resolve("nope"))).problems();
        assertTrue(p.get(0).endsWith("nope: no such file or folder"), p.get(0));
    }
}
