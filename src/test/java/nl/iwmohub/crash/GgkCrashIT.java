package nl.iwmohub.crash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.iwmohub.ggk.Envelope;
import nl.iwmohub.ggk.EnvelopeReader;
import nl.iwmohub.ggk.GgkSchema;
import nl.iwmohub.ggk.Inbound;
import nl.iwmohub.ggk.Soap;
import nl.iwmohub.ggk.TestGgk;
import nl.iwmohub.read.BerichtReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CrashTest with iwmo.transport=ggk: the aanbieder's starts arrive as Di01 envelopes, every answer leaves as an
 * envelope (Di01 WMO301, Du01 WMO306, Fo01 StUF055 for an XSD-invalid start), and the hub's sender posts them to a
 * {@link TestGgk}, which applies StUF's retransmission rule. Kills a real hub process (SIGKILL) at random moments
 * while it works through a stream of 120 messages, 10 times (half the plain crash test, to keep the build short),
 * then lets a last one finish and send everything. Every input must end processed exactly once: archived or
 * rejected once, its answer written once, its state and outcome stored once; every outgoing message has exactly
 * one envelope, the one that reached the GGk, once by content (a retransmission of the same bytes under the same
 * referentienummer is counted, never a second envelope for one message), and every Du01 and Fo01 answers its own
 * Di01. Time-bounded: about three minutes on the shared 2-core machine (203 s measured).
 */
class GgkCrashIT {
    private static final int MESSAGES = 120;
    private static final int KILLS = 10;

    @TempDir
    Path temp;

    @Test
    void everyInputIsProcessedAndDeliveredExactlyOnceAcrossKills() throws Exception {
        Set<String> referenties = new TreeSet<>();
        try (TestGgk ggk = new TestGgk()) {
            Path sent = temp.resolve("sent");
            CrashHarness crash = new CrashHarness(temp, temp.resolve("db").toString(), "ggk",
                    List.of("--iwmo.ggk.endpoint=" + ggk.endpoint(), "--iwmo.ggk.sent=" + sent));
            Map<String, String> expected = crash.writeStream(MESSAGES, payload -> {
                // the aanbieder's start comes from the GGk in a Di01
                String ref = UUID.randomUUID().toString();
                referenties.add(ref);
                return di01(ref, payload);
            });
            crash.killRepeatedly(KILLS, 20261122L, 60);
            crash.finish(() -> pending(crash.outbox()) == 0);
            crash.assertSettledOnce(expected);

            // every answer written once, sent once, and only answers that are stored
            Path party = sent.resolve("12345678");
            List<String> envelopes = CrashHarness.names(party).stream().sorted().toList();
            assertFalse(envelopes.stream().anyMatch(n -> n.startsWith(".")), "no partial file left: " + envelopes);
            assertEquals(0, pending(crash.outbox()), "every envelope accepted by the GGk");
            long notices = expected.values().stream().filter(v -> v.equals("XSD_INVALID")).count();
            long retours = expected.size() - notices - crash.toewijzingen.size();
            assertEquals(retours, envelopes.stream().filter(n -> n.startsWith("Du01_WMO306_")).count(), "one WMO306 per start");
            assertEquals(crash.toewijzingen.size(), envelopes.stream().filter(n -> n.startsWith("Di01_WMO301_")).count(),
                    "each toewijzing delivered once");
            assertEquals(notices, envelopes.stream().filter(n -> n.startsWith("Fo01_")).count(), "one Fo01 per XSD-invalid");
            assertEquals(retours + crash.toewijzingen.size() + notices, envelopes.size(), "only envelopes: " + envelopes);
            // every Du01 and Fo01 answers its own Di01, once
            EnvelopeReader reader = new EnvelopeReader(new GgkSchema());
            Set<String> answered = new HashSet<>();
            for (String n : envelopes) {
                if (n.startsWith("Di01_")) continue;
                Inbound in = reader.read(Files.readAllBytes(party.resolve(n)));
                Envelope e = in instanceof Inbound.Unwrapped u ? u.envelope() : ((Inbound.ReceivedFo01) in).envelope();
                assertTrue(referenties.contains(e.crossRefnummer()), n + " answers a Di01 of the stream");
                assertTrue(answered.add(e.crossRefnummer()), n + ": one answer per Di01");
            }

            // Read-only: the check must not change the store it checks. (Opened writable, closing it may make H2 clean
            // up temporary LOBs a killed hub left behind, and with -ea H2's own assertion in that clean-up can trip.)
            String url = nl.iwmohub.store.Database.jdbcUrl(temp.resolve("db").toString()) + ";ACCESS_MODE_DATA=r";
            Map<String, byte[]> stored = new HashMap<>();   // referentienummer -> the envelope the hub made
            try (Connection c = DriverManager.getConnection(url)) {
                Set<String> messages = crash.assertStored(c, expected);
                Set<String> unwrapped = new HashSet<>();
                for (String n : envelopes) unwrapped.add(n.replaceFirst("^D[iu]01_", ""));
                assertEquals(unwrapped, messages, "the GGk got exactly the stored outgoing messages");
                // one envelope per outgoing message, and it is the file that was sent: no envelope made twice
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT b.bestandsnaam, (SELECT COUNT(*) FROM envelop e WHERE e.bericht_id = b.id"
                             + " AND e.richting = 'UIT') FROM bericht b WHERE b.richting = 'UIT'")) {
                    while (r.next()) assertEquals(1, r.getLong(2), r.getString(1) + " has one envelope");
                }
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT b.bestandsnaam, b.bericht_type, e.inhoud, e.referentienummer FROM envelop e"
                             + " JOIN bericht b ON b.id = e.bericht_id WHERE e.richting = 'UIT'")) {
                    while (r.next()) {
                        String file = r.getString(2).equals("Fo01") ? r.getString(1)
                                : (r.getString(2).equals("WMO301") ? "Di01_" : "Du01_") + r.getString(1);
                        assertArrayEquals(r.getBytes(3), Files.readAllBytes(party.resolve(file)), file + " is its stored envelope");
                        stored.put(r.getString(4), r.getBytes(3));
                    }
                }
            }

            // at the GGk: each stored envelope once, by its referentienummer and by content; no second envelope
            List<TestGgk.Delivered> delivered = ggk.delivered();
            assertEquals(List.of(), ggk.conflicts(), "no referentienummer sent with other content");
            assertEquals(stored.size(), delivered.size(), "every envelope delivered, once");
            Set<String> contents = new HashSet<>();
            for (TestGgk.Delivered d : delivered) {
                String ref = d.header().referentienummer();
                assertTrue(stored.containsKey(ref), ref + " is an envelope the hub stored");
                // what the GGk reads out of the SOAP Body: the stored envelope, as its own document
                assertArrayEquals(Soap.bodyElement(Soap.envelope(stored.get(ref))), d.envelope(), ref + " delivered as stored");
                String content = d.payload() != null ? BerichtReader.sha256(d.payload()) : "Fo01 " + d.header().crossRefnummer();
                assertTrue(contents.add(content), ref + ": its message was not delivered before in another envelope");
            }
            System.out.printf("GgkCrashIT: %d envelopes delivered once each, %d retransmissions (same bytes, same"
                    + " referentienummer) after a kill between the GGk's answer and the move to sent%n",
                    delivered.size(), ggk.retransmissions());
            crash.assertNoBsnInLog();
        }
    }

    /** Envelopes in the outbox that the GGk has not accepted yet. */
    private static long pending(Path outbox) {
        if (!Files.isDirectory(outbox)) return 0;
        try (var walk = Files.walk(outbox)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().matches("(Di01|Du01|Fo01)_.*")).count();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    private static String di01(String ref, String payload) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><GGK:envelopHeenbericht-ggk_Di01"
                + " xmlns:GGK=\"http://www.stufstandaarden.nl/koppelvlak/ggk0210\" xmlns:StUF=\"http://www.egem.nl/StUF/StUF0301\">"
                + "<GGK:stuurgegevens><StUF:berichtcode>Di01</StUF:berichtcode><StUF:zender><StUF:organisatie>12345678"
                + "</StUF:organisatie><StUF:applicatie>ZorgAdminPro</StUF:applicatie></StUF:zender><StUF:ontvanger>"
                + "<StUF:organisatie>0109</StUF:organisatie><StUF:applicatie>GGk</StUF:applicatie></StUF:ontvanger>"
                + "<StUF:referentienummer>" + ref + "</StUF:referentienummer><StUF:tijdstipBericht>20261115091512"
                + "</StUF:tijdstipBericht><StUF:functie>WMO305</StUF:functie></GGK:stuurgegevens><GGK:parameters>"
                + "<GGK:applicatieVersie>0007</GGK:applicatieVersie><GGK:applicatieSubversie>0003</GGK:applicatieSubversie>"
                + "<GGK:functieVersie>0003</GGK:functieVersie><GGK:functieSubversie>0002</GGK:functieSubversie><GGK:bericht>"
                + "<GGK:xmlBestand>" + Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "</GGK:xmlBestand></GGK:bericht></GGK:parameters></GGK:envelopHeenbericht-ggk_Di01>";
    }
}
