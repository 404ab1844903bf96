package nl.iwmohub.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.iwmohub.verdict.Finding;

/** Messages received and sent, with their findings, and the Identificaties used (TR056). */
public final class BerichtStore {

    /** A row of table bericht, as it is written. */
    public record BerichtRecord(String richting, String berichtType, String afzender, String ontvanger,
                                String identificatie, LocalDate dagtekening, String bestandsnaam, String sha256,
                                byte[] inhoud, Instant ontvangenOp, String uitkomst, Long antwoordOp) {}

    public long insert(Connection c, BerichtRecord b) throws SQLException {
        return insert(c, b, null);
    }

    /**
     * The next number for the Identificatie of a message the hub writes itself (see V13): its own sequence, so two
     * stores that processed the same messages number them alike, whatever else they keep.
     */
    public long nextIdentificatieRetour(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT nextval('identificatie_retour')");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private long insert(Connection c, BerichtRecord b, Long inhoudVan) throws SQLException {
        String sql = "INSERT INTO bericht (richting, bericht_type, afzender, ontvanger, identificatie, dagtekening,"
                + " bestandsnaam, sha256, inhoud, ontvangen_op, uitkomst, antwoord_op, inhoud_van)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
            s.setString(1, b.richting());
            s.setString(2, b.berichtType());
            s.setString(3, limit(b.afzender(), 8));
            s.setString(4, limit(b.ontvanger(), 8));
            s.setString(5, limit(b.identificatie(), 12));
            s.setObject(6, b.dagtekening() == null ? null : Date.valueOf(b.dagtekening()), Types.DATE);
            s.setString(7, limit(b.bestandsnaam(), 255));
            s.setString(8, b.sha256());
            s.setBytes(9, b.inhoud());
            s.setTimestamp(10, Timestamp.from(b.ontvangenOp()));
            s.setString(11, b.uitkomst());
            s.setObject(12, b.antwoordOp(), Types.BIGINT);
            s.setObject(13, inhoudVan, Types.BIGINT);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * As {@link #insert}, for a sent message whose bytes are those of the received message {@code inhoudVan}: they
     * are not stored a second time (its inhoud is empty; readers take that of inhoudVan).
     */
    public long insertCopy(Connection c, BerichtRecord b, long inhoudVan) throws SQLException {
        return insert(c, new BerichtRecord(b.richting(), b.berichtType(), b.afzender(), b.ontvanger(), b.identificatie(),
                b.dagtekening(), b.bestandsnaam(), b.sha256(), new byte[0], b.ontvangenOp(), b.uitkomst(), b.antwoordOp()),
                inhoudVan);
    }

    /** The stored bytes of a message: its own, or those of the message it is a copy of (V12). */
    public static final String INHOUD = "CASE WHEN b.inhoud_van IS NULL THEN b.inhoud"
            + " ELSE (SELECT o.inhoud FROM bericht o WHERE o.id = b.inhoud_van) END";

    public void setUitkomst(Connection c, long berichtId, String uitkomst) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE bericht SET uitkomst = ? WHERE id = ?")) {
            s.setString(1, uitkomst);
            s.setLong(2, berichtId);
            s.executeUpdate();
        }
    }

    public void insertFindings(Connection c, long berichtId, List<Finding> findings) throws SQLException {
        insertFindings(c, berichtId, findings, Map.of());
    }

    /**
     * Stores the findings; referenties maps a prestatie's berichtklasse to its ReferentieNummer, written with every
     * finding at or below that prestatie so that the workbench finds a prestatie's findings without paths.
     */
    public void insertFindings(Connection c, long berichtId, List<Finding> findings, Map<String, String> referenties)
            throws SQLException {
        String sql = "INSERT INTO bevinding (bericht_id, regel, retourcode, controleniveau, berichtklasse, element,"
                + " toelichting, toelichting_nl, toewijzing, tarief, referentie_nummer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (Finding f : findings) {
                s.setLong(1, berichtId);
                s.setString(2, f.rule());
                s.setString(3, f.retourCode());
                s.setString(4, f.niveau().name());
                s.setString(5, limit(f.berichtklasse(), 300));
                s.setString(6, limit(f.element(), 300));
                s.setString(7, limit(f.reason(), 4000));
                s.setString(8, limit(f.reden(), 4000));
                s.setString(9, limit(f.toewijzing(), 1000));
                s.setString(10, limit(f.tarief(), 1000));
                s.setString(11, referenties.isEmpty() ? null : referenties.get(prestatieKlasse(f.berichtklasse())));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The path up to and including the Prestatie segment ("/Bericht/.../Prestatie[2]"), or null. */
    static String prestatieKlasse(String berichtklasse) {
        if (berichtklasse == null) return null;
        int at = berichtklasse.indexOf("/Prestatie");
        while (at >= 0) {
            int end = at + "/Prestatie".length();
            if (end == berichtklasse.length() || berichtklasse.charAt(end) == '/' || berichtklasse.charAt(end) == '[') {
                int slash = berichtklasse.indexOf('/', end);
                return slash < 0 ? berichtklasse : berichtklasse.substring(0, slash);
            }
            at = berichtklasse.indexOf("/Prestatie", end);
        }
        return null;
    }

    public boolean identificatieUsed(Connection c, String berichtType, String verzender, String identificatie)
            throws SQLException {
        String sql = "SELECT 1 FROM gebruikte_identificatie WHERE bericht_type = ? AND verzender = ? AND identificatie = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, berichtType);
            s.setString(2, verzender);
            s.setString(3, identificatie);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    public void registerIdentificatie(Connection c, String berichtType, String verzender, String identificatie,
                                      long berichtId) throws SQLException {
        String sql = "INSERT INTO gebruikte_identificatie (bericht_type, verzender, identificatie, bericht_id)"
                + " VALUES (?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, berichtType);
            s.setString(2, verzender);
            s.setString(3, identificatie);
            s.setLong(4, berichtId);
            s.executeUpdate();
        }
    }

    /** The id of the received message of this type, sender and Identificatie (a WMO301 answered by a WMO302). */
    /** Records that message {@code id} answers message {@code answers} (a WMO302 its WMO301). */
    public void linkAnswer(Connection c, long id, long answers) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE bericht SET antwoord_op = ? WHERE id = ?")) {
            s.setLong(1, answers);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    public Optional<Long> findReceived(Connection c, String berichtType, String afzender, String identificatie)
            throws SQLException {
        String sql = "SELECT id FROM bericht WHERE richting = 'IN' AND bericht_type = ? AND afzender = ?"
                + " AND identificatie = ? ORDER BY id DESC";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, berichtType);
            s.setString(2, afzender);
            s.setString(3, identificatie);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The first processed message received with these bytes (quarantined files are not counted). */
    public record Processed(long id, String berichtType, String identificatie, String bestandsnaam, String uitkomst) {}

    public Optional<Processed> findProcessed(Connection c, String sha256) throws SQLException {
        String sql = "SELECT id, bericht_type, identificatie, bestandsnaam, uitkomst FROM bericht WHERE richting = 'IN'"
                + " AND sha256 = ? AND uitkomst NOT IN ('IN_PROGRESS', 'QUARANTINED', 'DUPLICATE') ORDER BY id LIMIT 1";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, sha256);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Processed(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5))) : Optional.empty();
            }
        }
    }

    /** An outgoing message as stored. */
    public record Outgoing(long id, String partij, String bestandsnaam, String berichtType, byte[] inhoud) {}

    /** The outgoing messages caused by a received one that were stored but never written to the outbox. */
    public List<Outgoing> unwritten(Connection c, long answers) throws SQLException {
        String sql = "SELECT b.id, b.ontvanger, b.bestandsnaam, b.bericht_type, " + INHOUD + " FROM bericht b"
                + " WHERE b.richting = 'UIT' AND b.antwoord_op = ? AND b.geschreven_op IS NULL ORDER BY b.id";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, answers);
            try (ResultSet r = s.executeQuery()) {
                List<Outgoing> result = new ArrayList<>();
                while (r.next()) {
                    result.add(new Outgoing(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getBytes(5)));
                }
                return result;
            }
        }
    }

    /** Whether outgoing message {@code id} is stored and marked written. */
    public boolean isWritten(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM bericht WHERE id = ? AND richting = 'UIT'"
                + " AND geschreven_op IS NOT NULL")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    public void markWritten(Connection c, long id, Instant when) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE bericht SET geschreven_op = ? WHERE id = ?")) {
            s.setTimestamp(1, Timestamp.from(when));
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    private static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
