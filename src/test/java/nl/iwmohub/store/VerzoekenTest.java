package nl.iwmohub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.iwmohub.domain.Verzoek;
import nl.iwmohub.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verzoek table (V14) through store.Verzoeken: insert, look-up by reference, the open ones, status changes. */
class VerzoekenTest {
    @TempDir
    Path temp;

    private static long bericht(Connection c, BerichtStore store, String type, String id) throws java.sql.SQLException {
        return store.insert(c, new BerichtStore.BerichtRecord("IN", type, "12345678", "0109", id,
                LocalDate.of(2026, 11, 2), id + ".xml", "0".repeat(64), new byte[] {1}, Instant.parse("2026-11-02T10:00:00Z"),
                "ACCEPTED", null));
    }

    private static Verzoek nieuw(String gemeente, String referentie, String bsn) {
        return new Verzoek(0, gemeente, "12345678", referentie, "WMO315", 0, bsn, LocalDate.of(2026, 11, 2),
                Verzoek.Status.ONDERHANDEN);
    }

    @Test
    void recordsLooksUpAndChangesStatus() throws Exception {
        TestDatabase db = TestDatabase.fresh(temp.resolve("db"));
        try (Database database = new Database(Database.jdbcUrl(db.location()), "", "")) {
            Verzoeken verzoeken = new Verzoeken();
            BerichtStore store = new BerichtStore();
            database.inTransaction(c -> {
                long b = bericht(c, store, "WMO315", "V-1");
                verzoeken.insert(c, b, List.of(nieuw("0109", "REF-1", "999993653"), nieuw("0109", "REF-2", "999993653"),
                        nieuw("1680", "REF-3", "999990019")));
                var found = verzoeken.byReferentie(c, "12345678", Set.of("REF-1", "REF-3", "REF-9"));
                assertEquals(Set.of("REF-1", "REF-3"), found.keySet());
                assertEquals(b, found.get("REF-1").berichtId());
                assertEquals(Verzoek.Status.ONDERHANDEN, found.get("REF-1").status());
                assertEquals(List.of(), verzoeken.byReferentie(c, "87654321", Set.of("REF-1")).values().stream().toList());
                assertEquals(2, verzoeken.open(c, "12345678", "999993653").size());

                long antwoord = bericht(c, store, "WMO319", "A-1");
                verzoeken.setStatus(c, List.of(found.get("REF-1").id()), Verzoek.Status.AFGEWEZEN, antwoord);
                assertEquals(List.of("REF-2"), verzoeken.open(c, "12345678", "999993653").stream()
                        .map(Verzoek::referentieAanbieder).toList());
                verzoeken.setStatus(c, List.of(found.get("REF-3").id()), Verzoek.Status.IN_ONDERZOEK, antwoord);
                assertEquals(1, verzoeken.open(c, "12345678", "999990019").size(), "in onderzoek is still open");
                return null;
            });
            // TR347's key: the same ReferentieAanbieder of the same aanbieder, also towards another gemeente
            assertThrows(StoreException.class, () -> database.inTransaction(c -> {
                verzoeken.insert(c, bericht(c, store, "WMO317", "V-2"), List.of(nieuw("1680", "REF-1", "999993653")));
                return null;
            }));
        }
    }
}
