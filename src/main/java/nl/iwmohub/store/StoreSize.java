package nl.iwmohub.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How large the store is next to what it holds (issue 14, goal 3). "What it holds" is the sum, over every row of
 * every table of the hub's schema, of the length in bytes of each value: a BLOB/BYTEA (the messages' raw bytes)
 * as stored, any other value as its text (a number, a date, a code), NULL as nothing. So it counts the messages
 * and the facts recorded about them, not the indexes, page headers or free space a database adds. The store's
 * size is the H2 file (.mv.db) or, on PostgreSQL, its tables with their indexes and TOAST.
 */
public final class StoreSize {
    public record Table(String name, long rows, long bytes) {}

    public record Report(List<Table> tables, long messageBytes, long heldBytes, long storeBytes, String storeWhat) {
        public double ratio() {
            return heldBytes == 0 ? 0 : (double) storeBytes / heldBytes;
        }
    }

    private StoreSize() {}

    public static Report measure(Database database, String jdbcUrl) throws SQLException, IOException {
        List<Table> tables = new ArrayList<>();
        long messages = 0;
        try (Connection c = database.dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) names.add(rs.getString("TABLE_NAME"));
            }
            for (String name : names) {
                List<String> terms = new ArrayList<>();
                try (ResultSet rs = meta.getColumns(null, schema, name, "%")) {
                    while (rs.next()) {
                        String column = '"' + rs.getString("COLUMN_NAME") + '"';
                        int type = rs.getInt("DATA_TYPE");
                        boolean binary = type == java.sql.Types.BLOB || type == java.sql.Types.BINARY
                                || type == java.sql.Types.VARBINARY || type == java.sql.Types.LONGVARBINARY;
                        terms.add("COALESCE(SUM(OCTET_LENGTH(" + (binary ? column : "CAST(" + column + " AS VARCHAR(100000))")
                                + ")), 0)");
                    }
                }
                String sql = "SELECT COUNT(*), " + String.join(" + ", terms) + " FROM \"" + name + '"';
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    tables.add(new Table(name.toLowerCase(Locale.ROOT), rs.getLong(1), rs.getLong(2)));
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(OCTET_LENGTH(inhoud)), 0) FROM bericht")) {
                rs.next();
                messages = rs.getLong(1);
            }
            c.rollback();
            long held = tables.stream().mapToLong(Table::bytes).sum();
            if (jdbcUrl.startsWith("jdbc:h2:file:")) {
                String path = jdbcUrl.substring("jdbc:h2:file:".length()).split(";", 2)[0];
                return new Report(tables, messages, held, Files.size(Path.of(path + ".mv.db")), "H2 file " + path + ".mv.db");
            }
            long total = 0;
            for (String name : names) {
                try (var s = c.prepareStatement("SELECT pg_total_relation_size(to_regclass(?))")) {
                    s.setString(1, '"' + schema + "\".\"" + name + '"');
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        total += rs.getLong(1);
                    }
                }
            }
            c.rollback();
            return new Report(tables, messages, held, total, "PostgreSQL tables with indexes and TOAST");
        }
    }
}
