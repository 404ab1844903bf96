package nl.iwmohub.web;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.iwmohub.bericht.Bsn;
import nl.iwmohub.bericht.Privacy;

/** The workbench's own read-only JDBC queries over the store (standard SQL for H2 and PostgreSQL). */
final class Reads {
    private Reads() {}

    interface Rows {
        void row(Map<String, Object> row) throws IOException, SQLException;
    }

    /** A finding as stored in bevinding. */
    record Bevinding(String regel, String retourcode, String berichtklasse, String element, String reason,
                     String reden, String toewijzing, String tarief, String referentieNummer) {}

    static final List<String> DECLARATIE_COLUMNS = List.of("id", "DeclaratieNummer", "Identificatie", "aanbieder",
            "gemeente", "Begindatum", "Einddatum", "ontvangen", "uitkomst", "RetourCode", "regel",
            "TotaalIngediendBedrag", "TotaalToegekendBedrag", "prestaties", "afgewezenPrestaties", "bestandsnaam", "bericht");

    static final List<String> PRESTATIE_COLUMNS = List.of("id", "declaratie", "DeclaratieNummer", "ReferentieNummer",
            "VorigReferentieNummer", "ToewijzingNummer", "gemeente", "aanbieder", "bsn", "Productcategorie", "Productcode",
            "Begindatum", "Einddatum", "GeleverdVolume", "Eenheid", "ProductTarief", "IngediendBedrag", "DebetCredit",
            "uitkomst", "RetourCode", "regel", "reden", "reason", "toewijzing", "tarief");

    static final List<String> BERICHT_COLUMNS = List.of("id", "richting", "BerichtType", "afzender", "ontvanger",
            "Identificatie", "bestandsnaam", "ontvangen", "uitkomst", "RetourCode", "antwoordOp", "antwoorden");

    static final List<String> OVERZICHT_COLUMNS = List.of("gemeente", "aanbieder", "maand", "prestaties",
            "afgewezenPrestaties", "IngediendBedrag", "ToegekendBedrag", "AfgewezenBedrag", "CreditBedrag",
            "aandeelAfgewezen", "RetourCode");

    /** A WHERE clause with its parameters. */
    static final class Where {
        final StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        final List<Object> params = new ArrayList<>();

        Where and(String clause, Object... values) {
            sql.append(" AND ").append(clause);
            params.addAll(List.of(values));
            return this;
        }

        /** A product given as its code (02A03), category and code (0202A03) or category/code (02/02A03). */
        Where product(String alias, String product) {
            String a = alias + ".";
            return and("(" + a + "productcode = ? OR " + a + "productcategorie || " + a + "productcode = ? OR " + a + "productcategorie || '/' || "
                    + a + "productcode = ?)", product, product, product);
        }

        void bind(PreparedStatement s, int from) throws SQLException {
            for (int i = 0; i < params.size(); i++) s.setObject(from + i, params.get(i));
        }

        /** Runs {@code sql}, whose parameters are this filter's values from the first on, and hands on each row. */
        <E extends Exception> void each(Connection c, String sql, Row<E> row) throws SQLException, E {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, 1);
                s.setFetchSize(500);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) row.read(r);
                }
            }
        }
    }

    /** What a query does with one row of its result; E: what else it may throw (writing a page, say). */
    @FunctionalInterface
    interface Row<E extends Exception> {
        void read(ResultSet r) throws SQLException, E;
    }

    static YearMonth month(String periode) {
        try {
            return YearMonth.parse(periode);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("periode is YYYY-MM, not '" + periode + "'");
        }
    }

    private static boolean has(Map<String, String> f, String key) {
        return f.get(key) != null && !f.get(key).isBlank();
    }

    private static final String PRESTATIE_AFGEWEZEN =
            "(d.afgewezen = TRUE OR EXISTS (SELECT 1 FROM prestatie p2 WHERE p2.declaratie_id = d.id AND p2.toegekend = FALSE))";

    static Where declaratieFilter(Map<String, String> f) {
        Where w = new Where();
        if (has(f, "id")) w.and("d.id = ?", Long.parseLong(f.get("id").trim()));
        if (has(f, "gemeente")) w.and("d.gemeente = ?", f.get("gemeente").trim());
        if (has(f, "aanbieder")) w.and("d.aanbieder = ?", f.get("aanbieder").trim());
        if (has(f, "periode")) {
            YearMonth m = month(f.get("periode").trim());
            w.and("d.periode_begin >= ? AND d.periode_begin < ?", Date.valueOf(m.atDay(1)), Date.valueOf(m.plusMonths(1).atDay(1)));
        }
        if (has(f, "uitkomst")) {
            switch (f.get("uitkomst").trim()) {
                case "afgewezen" -> w.and(PRESTATIE_AFGEWEZEN);
                case "toegekend" -> w.and("NOT " + PRESTATIE_AFGEWEZEN);
                default -> throw new IllegalArgumentException("uitkomst is toegekend or afgewezen");
            }
        }
        if (has(f, "retourcode")) w.and("EXISTS (SELECT 1 FROM bevinding b WHERE b.bericht_id = d.bericht_id AND b.retourcode = ?)", f.get("retourcode").trim());
        if (has(f, "regel")) w.and("EXISTS (SELECT 1 FROM bevinding b WHERE b.bericht_id = d.bericht_id AND b.regel = ?)", f.get("regel").trim());
        if (has(f, "product")) {
            Where p = new Where().product("p3", f.get("product").trim());
            w.and("EXISTS (SELECT 1 FROM prestatie p3 WHERE p3.declaratie_id = d.id" + p.sql.substring(" WHERE 1 = 1".length()) + ")",
                    p.params.toArray());
        }
        return w;
    }

    static void declaraties(Connection c, Map<String, String> f, long offset, int limit, Rows out) throws SQLException, IOException {
        Where w = declaratieFilter(f);
        String sql = "SELECT d.id, d.declaratie_nummer, m.identificatie, d.aanbieder, d.gemeente, d.periode_begin, d.periode_eind,"
                + " m.ontvangen_op, d.afgewezen, d.totaal_ingediend, d.totaal_toegekend, m.bestandsnaam, d.bericht_id,"
                + " (SELECT COUNT(*) FROM prestatie p WHERE p.declaratie_id = d.id),"
                + " (SELECT COUNT(*) FROM prestatie p WHERE p.declaratie_id = d.id AND p.toegekend = FALSE)"
                + " FROM declaratie d JOIN bericht m ON m.id = d.bericht_id" + w.sql + " ORDER BY d.id"
                + page(offset, limit);
        w.each(c, sql, r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.getLong(1));
            row.put("DeclaratieNummer", r.getString(2));
            row.put("Identificatie", r.getString(3));
            row.put("aanbieder", r.getString(4));
            row.put("gemeente", r.getString(5));
            row.put("Begindatum", str(r.getDate(6)));
            row.put("Einddatum", str(r.getDate(7)));
            row.put("ontvangen", str(r.getTimestamp(8)));
            long n = r.getLong(14), rejected = r.getLong(15);
            row.put("uitkomst", declaratieUitkomst(r.getBoolean(9), n, rejected));
            long berichtId = r.getLong(13);
            List<Bevinding> bev = bevindingen(c, berichtId);
            row.put("RetourCode", codes(bev, true));
            row.put("regel", codes(bev, false));
            row.put("TotaalIngediendBedrag", r.getLong(10));
            row.put("TotaalToegekendBedrag", r.getLong(11));
            row.put("prestaties", n);
            row.put("afgewezenPrestaties", rejected);
            row.put("bestandsnaam", Privacy.fileName(r.getString(12)));
            row.put("bericht", berichtId);
            out.row(row);
        });
    }

    static String declaratieUitkomst(boolean afgewezen, long prestaties, long rejected) {
        // as the hub decides (report.json): rejected as a whole, or accepted with some or all prestaties rejected
        if (afgewezen) return "afgewezen";
        return rejected > 0 ? "deels afgewezen" : "toegekend";
    }

    static String page(long offset, int limit) {
        if (limit <= 0) return "";
        return " OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY";
    }

    static String codes(List<Bevinding> bev, boolean retourcode) {
        TreeSet<String> set = new TreeSet<>();
        for (Bevinding b : bev) {
            String v = retourcode ? b.retourcode() : b.regel();
            if (v != null) set.add(v);
        }
        return String.join(" ", set);
    }

    static List<Bevinding> bevindingen(Connection c, long berichtId) throws SQLException {
        List<Bevinding> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT regel, retourcode, berichtklasse, element, toelichting, toelichting_nl,"
                + " toewijzing, tarief, referentie_nummer FROM bevinding WHERE bericht_id = ? ORDER BY id")) {
            s.setLong(1, berichtId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    list.add(new Bevinding(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            // masked at the source when stored; the elfproef net catches a BSN in reasons stored before that
                            Privacy.maskPossibleBsns(r.getString(5)), Privacy.maskPossibleBsns(r.getString(6)), r.getString(7), r.getString(8),
                            r.getString(9)));
                }
            }
        }
        return list;
    }

    /** The prestaties of a declaratie and, for each, the findings about it (own and, when rejected, enclosing). */
    static final class DeclaratieContext {
        final long declaratieId;
        final List<Bevinding> bevindingen;
        final Map<Long, String> pathById = new LinkedHashMap<>();

        DeclaratieContext(Connection c, long declaratieId, long berichtId) throws SQLException {
            this.declaratieId = declaratieId;
            this.bevindingen = bevindingen(c, berichtId);
            // the paths are only needed for findings about a client, and for findings about a prestatie stored before
            // the processing wrote their ReferentieNummer
            boolean byPath = false;
            for (Bevinding b : bevindingen) {
                String k = b.berichtklasse() == null ? "" : b.berichtklasse();
                if (b.referentieNummer() == null && k.contains("/Prestatie") || !k.contains("/Prestatie") && k.contains("/Client")) byPath = true;
            }
            if (!byPath) return;
            try (PreparedStatement s = c.prepareStatement("SELECT id, bsn FROM prestatie WHERE declaratie_id = ? ORDER BY id")) {
                s.setLong(1, declaratieId);
                s.setFetchSize(1000);
                try (ResultSet r = s.executeQuery()) {
                    int client = 0, prestatie = 0;
                    String lastBsn = null;
                    while (r.next()) {
                        String bsn = r.getString(2);
                        if (!bsn.equals(lastBsn)) {
                            client++;
                            prestatie = 0;
                            lastBsn = bsn;
                        }
                        prestatie++;
                        pathById.put(r.getLong(1), "/Bericht/Declaratie/Clienten/Client" + (client == 1 ? "" : "[" + client + "]")
                                + "/Prestaties/Prestatie" + (prestatie == 1 ? "" : "[" + prestatie + "]"));
                    }
                }
            }
        }

        List<Bevinding> of(long prestatieId, String ref, boolean toegekend) {
            String path = pathById.get(prestatieId);
            List<Bevinding> own = new ArrayList<>(), enclosing = new ArrayList<>();
            for (Bevinding b : bevindingen) {
                if (b.referentieNummer() != null) {
                    if (b.referentieNummer().equals(ref)) own.add(b);
                    continue;
                }
                String k = b.berichtklasse() == null ? "" : b.berichtklasse();
                if (path != null && (k.equals(path) || k.startsWith(path + "/"))) own.add(b);
                else if (!k.contains("/Prestatie") && (path == null || path.startsWith(k + "/") || k.startsWith("/Bericht/Header") || k.isEmpty())) {
                    // without paths there is no finding about a client (see the constructor): this one is about the message
                    enclosing.add(b);
                }
            }
            if (!toegekend) own.addAll(enclosing);
            return own;
        }
    }

    /** Filters on the prestatie table alone, so that the database pages along the prestatie's primary key. */
    static Where prestatieFilter(Map<String, String> f) {
        Where w = new Where();
        if (has(f, "gemeente")) w.and("p.declaratie_id IN (SELECT d.id FROM declaratie d WHERE d.gemeente = ?)", f.get("gemeente").trim());
        if (has(f, "aanbieder")) w.and("p.aanbieder = ?", f.get("aanbieder").trim());
        if (has(f, "declaratie")) w.and("p.declaratie_id = ?", Long.parseLong(f.get("declaratie").trim()));
        if (has(f, "toewijzing")) w.and("p.toewijzing_nummer = ?", Long.parseLong(f.get("toewijzing").trim()));
        if (has(f, "periode")) {
            YearMonth m = month(f.get("periode").trim());
            w.and("p.begindatum >= ? AND p.begindatum < ?", Date.valueOf(m.atDay(1)), Date.valueOf(m.plusMonths(1).atDay(1)));
        }
        if (has(f, "uitkomst")) {
            switch (f.get("uitkomst").trim()) {
                case "afgewezen" -> w.and("p.toegekend = FALSE");
                case "toegekend" -> w.and("p.toegekend = TRUE");
                default -> throw new IllegalArgumentException("uitkomst is toegekend or afgewezen");
            }
        }
        // Narrowed in SQL to the declaraties with the code; the exact per-prestatie match is made per row.
        if (has(f, "retourcode")) w.and("EXISTS (SELECT 1 FROM bevinding b JOIN declaratie d2 ON d2.bericht_id = b.bericht_id WHERE d2.id = p.declaratie_id"
                + " AND b.retourcode = ? AND (b.referentie_nummer = p.referentie_nummer OR b.referentie_nummer IS NULL))", f.get("retourcode").trim());
        if (has(f, "regel")) w.and("EXISTS (SELECT 1 FROM bevinding b JOIN declaratie d2 ON d2.bericht_id = b.bericht_id WHERE d2.id = p.declaratie_id"
                + " AND b.regel = ? AND (b.referentie_nummer = p.referentie_nummer OR b.referentie_nummer IS NULL))", f.get("regel").trim());
        if (has(f, "product")) w.product("p", f.get("product").trim());
        return w;
    }

    /** Prestaties; bsn masked unless showBsn. Rows not matching retourcode/regel exactly are left out. */
    static void prestaties(Connection c, Map<String, String> f, long offset, int limit, boolean showBsn, Rows out)
            throws SQLException, IOException {
        if (limit > 0 || offset > 0) {
            prestaties(c, f, offset, limit, -1, showBsn, out);
            return;
        }
        // every row (an export): pages along the primary key, so the first rows go out at once instead of after the
        // database has sorted the whole join
        long after = -1;
        while (true) {
            long last = prestaties(c, f, 0, exportPage, after, showBsn, out);
            if (last < 0) return;
            after = last;
        }
    }

    /** Rows per page of an export of every prestatie (a test sets it small to cross page boundaries). */
    static int exportPage = 5000;

    /** One page of prestaties with an id above {@code after}; returns the last id read, or -1 when there was none. */
    private static long prestaties(Connection c, Map<String, String> f, long offset, int limit, long after, boolean showBsn, Rows out)
            throws SQLException, IOException {
        Where w = prestatieFilter(f);
        if (after >= 0) w.and("p.id > ?", after);
        long last = -1;
        String sql = "SELECT p.id, d.id, d.declaratie_nummer, p.referentie_nummer, p.vorig_referentie_nummer, p.toewijzing_nummer,"
                + " d.gemeente, d.aanbieder, p.bsn, p.productcategorie, p.productcode, p.begindatum, p.einddatum, p.geleverd_volume,"
                + " p.eenheid, p.product_tarief, p.ingediend_bedrag, p.debet_credit, p.toegekend, d.bericht_id,"
                + " p.getoetst_toewijzing, p.getoetst_tarief"
                + " FROM (SELECT * FROM prestatie p" + w.sql + " ORDER BY p.id" + page(offset, limit) + ") p"
                + " JOIN declaratie d ON d.id = p.declaratie_id ORDER BY p.id";
        String code = has(f, "retourcode") ? f.get("retourcode").trim() : null;
        String regel = has(f, "regel") ? f.get("regel").trim() : null;
        DeclaratieContext ctx = null;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            w.bind(s, 1);
            s.setFetchSize(500);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    last = r.getLong(1);
                    long declId = r.getLong(2);
                    if (ctx == null || ctx.declaratieId != declId) ctx = new DeclaratieContext(c, declId, r.getLong(20));
                    boolean toegekend = r.getBoolean(19);
                    List<Bevinding> bev = ctx.of(r.getLong(1), r.getString(4), toegekend);
                    if (code != null && bev.stream().noneMatch(b -> code.equals(b.retourcode()))) continue;
                    if (regel != null && bev.stream().noneMatch(b -> regel.equals(b.regel()))) continue;
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", r.getLong(1));
                    row.put("declaratie", declId);
                    row.put("DeclaratieNummer", r.getString(3));
                    row.put("ReferentieNummer", r.getString(4));
                    row.put("VorigReferentieNummer", r.getString(5));
                    row.put("ToewijzingNummer", r.getLong(6));
                    row.put("gemeente", r.getString(7));
                    row.put("aanbieder", r.getString(8));
                    row.put("bsn", showBsn ? r.getString(9) : Bsn.mask(r.getString(9)));
                    row.put("Productcategorie", r.getString(10));
                    row.put("Productcode", r.getString(11));
                    row.put("Begindatum", str(r.getDate(12)));
                    row.put("Einddatum", str(r.getDate(13)));
                    row.put("GeleverdVolume", r.getInt(14));
                    row.put("Eenheid", r.getString(15));
                    Object tarief = r.getObject(16);
                    row.put("ProductTarief", tarief == null ? null : ((Number) tarief).longValue());
                    row.put("IngediendBedrag", r.getLong(17));
                    row.put("DebetCredit", r.getString(18));
                    row.put("uitkomst", toegekend ? "toegekend" : "afgewezen");
                    row.put("RetourCode", codes(bev, true));
                    row.put("regel", codes(bev, false));
                    row.put("reden", join(bev, Bevinding::reden));
                    row.put("reason", join(bev, Bevinding::reason));
                    // as stored with the prestatie when it was judged; for older rows, as its findings name them
                    row.put("toewijzing", r.getString(21) != null ? r.getString(21) : join(bev, Bevinding::toewijzing));
                    row.put("tarief", r.getString(22) != null ? r.getString(22) : join(bev, Bevinding::tarief));
                    row.put("_bsn", r.getString(9));
                    out.row(row);
                }
            }
        }
        return last;
    }

    private static String join(List<Bevinding> bev, java.util.function.Function<Bevinding, String> f) {
        List<String> parts = new ArrayList<>();
        for (Bevinding b : bev) {
            String v = f.apply(b);
            if (v != null && !v.isBlank() && !parts.contains(v)) parts.add(v);
        }
        return parts.isEmpty() ? null : String.join(" | ", parts);
    }

    static Where berichtFilter(Map<String, String> f) {
        Where w = new Where();
        if (has(f, "id")) w.and("m.id = ?", Long.parseLong(f.get("id").trim()));
        if (has(f, "richting")) w.and("m.richting = ?", f.get("richting").trim().toUpperCase());
        if (has(f, "type")) w.and("m.bericht_type = ?", f.get("type").trim().toUpperCase());
        if (has(f, "uitkomst")) w.and("m.uitkomst = ?", f.get("uitkomst").trim().toUpperCase());
        if (has(f, "afzender")) w.and("m.afzender = ?", f.get("afzender").trim());
        if (has(f, "ontvanger")) w.and("m.ontvanger = ?", f.get("ontvanger").trim());
        if (has(f, "retourcode")) w.and("EXISTS (SELECT 1 FROM bevinding b WHERE b.bericht_id = m.id AND b.retourcode = ?)", f.get("retourcode").trim());
        if (has(f, "q")) {
            String q = "%" + f.get("q").trim().replace("\\", "").replace("%", "").replace("_", "") + "%";
            w.and("(m.identificatie LIKE ? OR m.bestandsnaam LIKE ? OR m.afzender LIKE ? OR m.ontvanger LIKE ?)", q, q, q, q);
        }
        return w;
    }

    static final List<String> ENVELOP_COLUMNS = List.of("richting", "berichtcode", "referentienummer", "crossRefnummer", "tijdstipBericht",
            "zender", "ontvanger", "functie", "versie", "fout");

    /**
     * The StUF-GGk envelopes of a message (GGk transport, V7): those naming it, the received Di01/Du01 whose payload
     * it is (same sha256, an input), and the Fo01s that refused it.
     */
    static List<Map<String, Object>> envelopes(Connection c, long berichtId) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT e.richting, e.berichtcode, e.referentienummer, e.cross_refnummer, e.tijdstip_bericht,"
                + " e.zender_organisatie, e.zender_applicatie, e.ontvanger_organisatie, e.ontvanger_applicatie, e.functie, e.applicatie_versie,"
                + " e.applicatie_subversie, e.functie_versie, e.functie_subversie, e.foutcode, e.foutplek, e.foutomschrijving FROM envelop e"
                + " WHERE e.bericht_id = ? OR (e.richting = 'IN' AND e.bericht_id IS NULL AND e.payload_sha256 ="
                + " (SELECT m.sha256 FROM bericht m WHERE m.id = ? AND m.richting = 'IN'))"
                + " OR e.bericht_id IN (SELECT f.id FROM bericht f WHERE f.antwoord_op = ? AND f.bericht_type = 'Fo01') ORDER BY e.id")) {
            s.setLong(1, berichtId);
            s.setLong(2, berichtId);
            s.setLong(3, berichtId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("richting", r.getString(1));
                    row.put("berichtcode", r.getString(2));
                    row.put("referentienummer", r.getString(3));
                    row.put("crossRefnummer", r.getString(4));
                    row.put("tijdstipBericht", r.getString(5));
                    row.put("zender", join(r.getString(6), r.getString(7)));
                    row.put("ontvanger", join(r.getString(8), r.getString(9)));
                    row.put("functie", r.getString(10));
                    row.put("versie", r.getString(11) == null ? "" : r.getString(11) + "." + r.getString(12) + " / " + r.getString(13) + "." + r.getString(14));
                    row.put("fout", r.getString(15) == null ? "" : Privacy.maskPossibleBsns(r.getString(15) + " (" + r.getString(16) + ") " + r.getString(17)));
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static String join(String organisatie, String applicatie) {
        return (organisatie == null ? "" : organisatie) + (applicatie == null ? "" : " / " + applicatie);
    }

    static void berichten(Connection c, Map<String, String> f, long offset, int limit, Rows out) throws SQLException, IOException {
        Where w = berichtFilter(f);
        String sql = "SELECT m.id, m.richting, m.bericht_type, m.afzender, m.ontvanger, m.identificatie, m.bestandsnaam,"
                + " m.ontvangen_op, m.uitkomst, m.antwoord_op FROM bericht m" + w.sql + " ORDER BY m.id" + page(offset, limit);
        try (PreparedStatement s = c.prepareStatement(sql);
             PreparedStatement answers = c.prepareStatement("SELECT id FROM bericht WHERE antwoord_op = ? ORDER BY id")) {
            w.bind(s, 1);
            s.setFetchSize(500);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    long id = r.getLong(1);
                    row.put("id", id);
                    row.put("richting", r.getString(2));
                    row.put("BerichtType", r.getString(3));
                    row.put("afzender", r.getString(4));
                    row.put("ontvanger", r.getString(5));
                    row.put("Identificatie", r.getString(6));
                    row.put("bestandsnaam", Privacy.fileName(r.getString(7)));
                    row.put("ontvangen", str(r.getTimestamp(8)));
                    row.put("uitkomst", r.getString(9));
                    row.put("RetourCode", codes(bevindingen(c, id), true));
                    Object ant = r.getObject(10);
                    row.put("antwoordOp", ant == null ? null : ((Number) ant).longValue());
                    answers.setLong(1, id);
                    List<String> ids = new ArrayList<>();
                    try (ResultSet a = answers.executeQuery()) {
                        while (a.next()) ids.add(Long.toString(a.getLong(1)));
                    }
                    row.put("antwoorden", String.join(" ", ids));
                    out.row(row);
                }
            }
        }
    }

    static final List<String> VERZOEK_COLUMNS = List.of("aanbieder", "gemeente", "ReferentieAanbieder", "BerichtType", "Dagtekening",
            "ontvangen", "werkdagen", "status", "bsn", "bericht");

    /**
     * The open verzoeken (ONDERHANDEN, IN_ONDERZOEK; V14) per aanbieder, oldest first within each (sorteer=ouderdom:
     * oldest first over all), with their age in werkdagen since they arrived. Filters: gemeente, aanbieder, status;
     * the query reads along the index verzoek_open (gemeente, status, aanbieder). The BSN is masked: a list never
     * shows it (as the prestaties list).
     */
    static void verzoeken(Connection c, Map<String, String> f, long offset, int limit, LocalDate today, Werkdagen werkdagen, Rows out)
            throws SQLException, IOException {
        Where w = new Where();
        if (has(f, "gemeente")) w.and("v.gemeente = ?", f.get("gemeente").trim());
        if (has(f, "status")) {
            String status = f.get("status").trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
            if (!status.equals(nl.iwmohub.domain.Verzoek.Status.ONDERHANDEN.name()) && !status.equals(nl.iwmohub.domain.Verzoek.Status.IN_ONDERZOEK.name())) {
                throw new IllegalArgumentException("status is ONDERHANDEN or IN_ONDERZOEK");
            }
            w.and("v.status = ?", status);
        } else {
            w.and("v.status IN (?, ?)", nl.iwmohub.domain.Verzoek.Status.ONDERHANDEN.name(), nl.iwmohub.domain.Verzoek.Status.IN_ONDERZOEK.name());
        }
        if (has(f, "aanbieder")) w.and("v.aanbieder = ?", f.get("aanbieder").trim());
        String order = switch (f.getOrDefault("sorteer", "").trim()) {
            case "", "aanbieder" -> "v.aanbieder, v.ontvangen_op, v.id";
            case "ouderdom" -> "v.ontvangen_op, v.id";
            default -> throw new IllegalArgumentException("sorteer is aanbieder or ouderdom");
        };
        w.each(c, "SELECT v.aanbieder, v.gemeente, v.referentie_aanbieder, v.bericht_type, v.dagtekening, v.ontvangen_op, v.status, v.bsn,"
                + " v.bericht_id FROM verzoek v" + w.sql + " ORDER BY " + order + page(offset, limit), r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("aanbieder", r.getString(1));
            row.put("gemeente", r.getString(2));
            row.put("ReferentieAanbieder", r.getString(3));
            row.put("BerichtType", r.getString(4));
            row.put("Dagtekening", str(r.getDate(5)));
            row.put("ontvangen", str(r.getTimestamp(6)));
            row.put("werkdagen", werkdagen.tussen(r.getTimestamp(6).toLocalDateTime().toLocalDate(), today));
            row.put("status", r.getString(7));
            row.put("bsn", Bsn.mask(r.getString(8)));
            row.put("bericht", r.getLong(9));
            out.row(row);
        });
    }

    /** Filters on the summary tables (V6): gemeente, aanbieder, van/tot (YYYY-MM of the DeclaratiePeriode), product. */
    static Where totaalFilter(Map<String, String> f, boolean product) {
        Where w = new Where();
        if (has(f, "gemeente")) w.and("t.gemeente = ?", f.get("gemeente").trim());
        if (has(f, "aanbieder")) w.and("t.aanbieder = ?", f.get("aanbieder").trim());
        if (has(f, "van")) w.and("t.periode_jaar * 100 + t.periode_maand >= ?", yyyymm(month(f.get("van").trim())));
        if (has(f, "tot")) w.and("t.periode_jaar * 100 + t.periode_maand <= ?", yyyymm(month(f.get("tot").trim())));
        if (product && has(f, "product")) w.product("t", f.get("product").trim());
        return w;
    }

    static int yyyymm(YearMonth m) {
        return m.getYear() * 100 + m.getMonthValue();
    }

    /**
     * Per gemeente, aanbieder and month of the declaratieperiode: amounts and counts of the prestaties, from the
     * summaries the processing keeps (store.Totalen), so its cost does not grow with the number of prestaties.
     */
    static List<Map<String, Object>> overzicht(Connection c, Map<String, String> f) throws SQLException {
        Where w = totaalFilter(f, true);
        String signed = "CASE WHEN t.debet_credit = 'C' THEN -t.bedrag ELSE t.bedrag END";
        String sql = "SELECT t.gemeente, t.aanbieder, t.periode_jaar, t.periode_maand,"
                + " SUM(t.aantal), SUM(CASE WHEN t.toegekend THEN 0 ELSE t.aantal END), SUM(" + signed + "),"
                + " SUM(CASE WHEN t.toegekend THEN " + signed + " ELSE 0 END), SUM(CASE WHEN t.toegekend THEN 0 ELSE " + signed + " END),"
                + " SUM(CASE WHEN t.debet_credit = 'C' THEN -t.bedrag ELSE 0 END)"
                + " FROM prestatie_totaal t" + w.sql
                + " GROUP BY t.gemeente, t.aanbieder, t.periode_jaar, t.periode_maand ORDER BY 3, 4, 1, 2";
        List<Map<String, Object>> rows = new ArrayList<>();
        w.each(c, sql, r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("gemeente", r.getString(1));
            row.put("aanbieder", r.getString(2));
            row.put("maand", String.format("%04d-%02d", r.getInt(3), r.getInt(4)));
            row.put("prestaties", r.getLong(5));
            row.put("afgewezenPrestaties", r.getLong(6));
            row.put("IngediendBedrag", r.getLong(7));
            row.put("ToegekendBedrag", r.getLong(8));
            row.put("AfgewezenBedrag", r.getLong(9));
            row.put("CreditBedrag", r.getLong(10));
            long declared = Math.abs(r.getLong(7));
            row.put("aandeelAfgewezen", declared == 0 ? "0%" : Math.round(100.0 * Math.abs(r.getLong(9)) / declared) + "%");
            rows.add(row);
        });
        // the most frequent retourcodes per gemeente, aanbieder and month (of the whole message: not per product)
        if (!has(f, "product")) {
            Where wc = totaalFilter(f, false);
            String codes = "SELECT t.gemeente, t.aanbieder, t.periode_jaar, t.periode_maand, t.retourcode, SUM(t.aantal)"
                    + " FROM retourcode_totaal t" + wc.sql
                    + " GROUP BY t.gemeente, t.aanbieder, t.periode_jaar, t.periode_maand, t.retourcode ORDER BY 6 DESC, 5";
            Map<String, List<String>> top = new LinkedHashMap<>();
            wc.each(c, codes, r -> {
                String key = r.getString(1) + "|" + r.getString(2) + "|" + String.format("%04d-%02d", r.getInt(3), r.getInt(4));
                List<String> l = top.computeIfAbsent(key, k -> new ArrayList<>());
                if (l.size() < 3) l.add(r.getString(5) + " (" + r.getLong(6) + ")");
            });
            for (Map<String, Object> row : rows) {
                List<String> l = top.get(row.get("gemeente") + "|" + row.get("aanbieder") + "|" + row.get("maand"));
                row.put("RetourCode", l == null ? "" : String.join(" ", l));
            }
        }
        return rows;
    }

    static String str(Date d) {
        return d == null ? null : d.toLocalDate().toString();
    }

    static String str(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }

    static LocalDate today() {
        return LocalDate.now();
    }
}
