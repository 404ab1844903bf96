package nl.iwmohub.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** StUF-GGk envelopes received and sent (table envelop, V7), and the links between them and the messages. */
public final class Envelopes {

    /** A row of table envelop. */
    public record Row(String richting, String berichtcode, Long berichtId, String payloadSha256,
                      String referentienummer, String crossRefnummer, String tijdstipBericht,
                      String zenderOrganisatie, String zenderApplicatie, String ontvangerOrganisatie,
                      String ontvangerApplicatie, String functie, String applicatieVersie, String applicatieSubversie,
                      String functieVersie, String functieSubversie, String foutcode, String foutplek,
                      String foutomschrijving, String foutdetails, byte[] inhoud, Instant ontvangenOp) {}

    private static final String COLUMNS = "richting, berichtcode, bericht_id, payload_sha256, referentienummer,"
            + " cross_refnummer, tijdstip_bericht, zender_organisatie, zender_applicatie, ontvanger_organisatie,"
            + " ontvanger_applicatie, functie, applicatie_versie, applicatie_subversie, functie_versie, functie_subversie,"
            + " foutcode, foutplek, foutomschrijving, foutdetails, inhoud, ontvangen_op";

    public long insert(Connection c, Row r) throws SQLException {
        String sql = "INSERT INTO envelop (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, r.richting());
            s.setString(2, r.berichtcode());
            s.setObject(3, r.berichtId(), Types.BIGINT);
            s.setString(4, r.payloadSha256());
            s.setString(5, limit(r.referentienummer(), 40));
            s.setString(6, limit(r.crossRefnummer(), 40));
            s.setString(7, limit(r.tijdstipBericht(), 17));
            s.setString(8, limit(r.zenderOrganisatie(), 200));
            s.setString(9, limit(r.zenderApplicatie(), 50));
            s.setString(10, limit(r.ontvangerOrganisatie(), 200));
            s.setString(11, limit(r.ontvangerApplicatie(), 50));
            s.setString(12, limit(r.functie(), 30));
            s.setString(13, limit(r.applicatieVersie(), 4));
            s.setString(14, limit(r.applicatieSubversie(), 4));
            s.setString(15, limit(r.functieVersie(), 4));
            s.setString(16, limit(r.functieSubversie(), 4));
            s.setString(17, limit(r.foutcode(), 7));
            s.setString(18, limit(r.foutplek(), 6));
            s.setString(19, limit(r.foutomschrijving(), 200));
            s.setString(20, limit(r.foutdetails(), 1000));
            s.setBytes(21, r.inhoud());
            s.setTimestamp(22, Timestamp.from(r.ontvangenOp()));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /*
     * A received envelope is known by its sender's (organisatie, applicatie, referentienummer): StUF's key for a
     * retransmission (README §7.5 of stuf-ggk). A missing applicatie counts as empty, so the key is never NULL.
     */
    private static final String KEY = "e.richting = 'IN' AND e.referentienummer = ? AND e.zender_organisatie = ?"
            + " AND COALESCE(e.zender_applicatie, '') = ?";

    /** Whether this sender's referentienummer was stored as received before with this payload. */
    public boolean received(Connection c, String zenderOrganisatie, String zenderApplicatie, String referentienummer,
                            String payloadSha256) throws SQLException {
        return receivedWhere(c, "e.payload_sha256 = ?", zenderOrganisatie, zenderApplicatie, referentienummer, payloadSha256);
    }

    /** Whether this sender's referentienummer was received before with another payload. */
    public boolean receivedOtherwise(Connection c, String zenderOrganisatie, String zenderApplicatie,
                                     String referentienummer, String payloadSha256) throws SQLException {
        return receivedWhere(c, "e.payload_sha256 IS NOT NULL AND e.payload_sha256 <> ?", zenderOrganisatie,
                zenderApplicatie, referentienummer, payloadSha256);
    }

    private static boolean receivedWhere(Connection c, String payload, String zenderOrganisatie, String zenderApplicatie,
                                         String referentienummer, String payloadSha256) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM envelop e WHERE " + KEY + " AND " + payload)) {
            key(s, 1, zenderOrganisatie, zenderApplicatie, referentienummer);
            s.setString(4, payloadSha256);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /**
     * The message that settled an earlier receipt of this envelope, when this one repeats it (same key, same
     * content): its payload ({@code payloadSha256}, null for an envelope without a readable payload) was recorded
     * under the key and a message with that payload is settled (processed, refused, quarantined; not one still in
     * progress, so that a hub that stopped halfway processes it again); or the envelope under the key was refused
     * (or is an Fo01) and stored as a message with these bytes ({@code envelopeSha256}) or this payload.
     */
    public Optional<Long> settledReceipt(Connection c, String zenderOrganisatie, String zenderApplicatie,
                                         String referentienummer, String payloadSha256, String envelopeSha256)
            throws SQLException {
        if (payloadSha256 != null) {
            try (PreparedStatement s = c.prepareStatement("SELECT b.id FROM envelop e JOIN bericht b ON b.richting = 'IN'"
                    + " AND b.sha256 = e.payload_sha256 WHERE " + KEY + " AND e.payload_sha256 = ?"
                    + " AND b.uitkomst NOT IN ('IN_PROGRESS', 'DUPLICATE') ORDER BY b.id")) {
                key(s, 1, zenderOrganisatie, zenderApplicatie, referentienummer);
                s.setString(4, payloadSha256);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) return Optional.of(r.getLong(1));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT e.bericht_id FROM envelop e JOIN bericht b ON b.id = e.bericht_id"
                + " WHERE " + KEY + " AND e.foutcode IS NOT NULL AND (b.sha256 = ? OR EXISTS (SELECT 1 FROM envelop p"
                + " WHERE p.richting = 'IN' AND p.referentienummer = e.referentienummer AND p.zender_organisatie ="
                + " e.zender_organisatie AND COALESCE(p.zender_applicatie, '') = COALESCE(e.zender_applicatie, '')"
                + " AND p.payload_sha256 = ?)) ORDER BY e.id")) {
            key(s, 1, zenderOrganisatie, zenderApplicatie, referentienummer);
            s.setString(4, envelopeSha256);
            s.setString(5, payloadSha256);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        }
    }

    private static void key(PreparedStatement s, int first, String zenderOrganisatie, String zenderApplicatie,
                            String referentienummer) throws SQLException {
        s.setString(first, limit(referentienummer, 40));
        s.setString(first + 1, limit(zenderOrganisatie, 200));
        s.setString(first + 2, zenderApplicatie == null ? "" : limit(zenderApplicatie, 50));
    }

    /** The envelope in which message {@code berichtId} was received (its own, or the first one of its payload). */
    public Optional<Row> receivedWith(Connection c, long berichtId) throws SQLException {
        Optional<Row> own = one(c, "SELECT " + COLUMNS + " FROM envelop WHERE richting = 'IN' AND bericht_id = ?"
                + " ORDER BY id", berichtId);
        if (own.isPresent()) return own;
        return one(c, "SELECT " + COLUMNS + " FROM envelop WHERE richting = 'IN' AND payload_sha256 ="
                + " (SELECT sha256 FROM bericht WHERE id = ?) ORDER BY id", berichtId);
    }

    /** The envelope in which the hub sends (or sent) message {@code berichtId}. */
    public Optional<Row> sentWith(Connection c, long berichtId) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM envelop WHERE richting = 'UIT' AND bericht_id = ? ORDER BY id", berichtId);
    }

    /** The envelope the hub sent under this referentienummer. */
    public Optional<Row> sentAs(Connection c, String referentienummer) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM envelop WHERE richting = 'UIT'"
                + " AND referentienummer = ? ORDER BY id")) {
            s.setString(1, referentienummer);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(row(r)) : Optional.empty();
            }
        }
    }

    /** The message that message {@code berichtId} answers (bericht.antwoord_op), if any. */
    public Optional<Long> answers(Connection c, long berichtId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT antwoord_op FROM bericht WHERE id = ?")) {
            s.setLong(1, berichtId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) return Optional.empty();
                long v = r.getLong(1);
                return r.wasNull() ? Optional.empty() : Optional.of(v);
            }
        }
    }

    /** The latest tijdstipBericht the hub sent, so that a restarted hub keeps them increasing. */
    public Optional<String> lastSentTijdstip(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(tijdstip_bericht) FROM envelop WHERE richting = 'UIT'");
             ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
        }
    }

    private static Optional<Row> one(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(row(r)) : Optional.empty();
            }
        }
    }

    private static Row row(ResultSet r) throws SQLException {
        long berichtId = r.getLong(3);
        Long bericht = r.wasNull() ? null : berichtId;
        return new Row(r.getString(1), r.getString(2), bericht, r.getString(4), r.getString(5), r.getString(6),
                r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getString(12),
                r.getString(13), r.getString(14), r.getString(15), r.getString(16), r.getString(17), r.getString(18),
                r.getString(19), r.getString(20), r.getBytes(21), r.getTimestamp(22).toInstant());
    }

    private static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
