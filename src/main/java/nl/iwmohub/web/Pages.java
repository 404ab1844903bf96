package nl.iwmohub.web;

import static nl.iwmohub.web.Html.esc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import nl.iwmohub.bericht.Bsn;
import nl.iwmohub.bericht.Privacy;
import nl.iwmohub.store.Database;
import nl.iwmohub.store.StoreException;

/** The pages, their CSV and JSON forms. */
final class Pages {
    private final Database database;
    private final int pageSize;
    private final java.util.function.Supplier<java.time.LocalDate> today;
    private final Werkdagen werkdagen;

    Pages(Database database, int pageSize, java.util.function.Supplier<java.time.LocalDate> today, Werkdagen werkdagen) {
        this.database = database;
        this.pageSize = pageSize;
        this.today = today;
        this.werkdagen = werkdagen;
    }

    interface ListQuery {
        void run(Connection c, Map<String, String> f, long offset, int limit, Reads.Rows out) throws SQLException, IOException;
    }

    void serve(WebServer.Request r) throws Exception {
        String path = r.path();
        String base = path, format = "html";
        if (path.endsWith(".csv")) {
            base = path.substring(0, path.length() - 4);
            format = "csv";
        } else if (path.endsWith(".json")) {
            base = path.substring(0, path.length() - 5);
            format = "json";
        }
        String[] seg = base.split("/");
        switch (base) {
            case "", "/", "/overzicht" -> overzicht(r, format);
            case "/declaraties" -> list(r, format, "Declaraties", Reads.DECLARATIE_COLUMNS, Reads::declaraties,
                    List.of("gemeente", "aanbieder", "periode", "uitkomst", "retourcode", "regel", "product"), this::declaratieCell, "declaraties");
            case "/prestaties" -> {
                boolean showBsn = false; // lists always mask; the BSN is shown on the declaratie's own page
                list(r, format, "Prestaties", Reads.PRESTATIE_COLUMNS, (c, f, o, l, out) -> Reads.prestaties(c, f, o, l, showBsn, out),
                        List.of("gemeente", "aanbieder", "periode", "uitkomst", "retourcode", "regel", "product"), this::prestatieCell, "prestaties");
            }
            case "/productie" -> productie(r, format);
            case "/berichten" -> list(r, format, "Berichten", Reads.BERICHT_COLUMNS, Reads::berichten,
                    List.of("q", "richting", "type", "afzender", "ontvanger", "uitkomst", "retourcode"), this::berichtCell, "berichten");
            case "/signalen" -> list(r, format, "Signalen", Signalen.COLUMNS,
                    (c, f, o, l, out) -> Signalen.list(c, f, o, l, today.get(), werkdagen, out),
                    List.of("signaal", "gemeente", "aanbieder"), this::signaalCell, "signalen");
            case "/verzoeken" -> list(r, format, "Open verzoeken", Reads.VERZOEK_COLUMNS,
                    (c, f, o, l, out) -> Reads.verzoeken(c, f, o, l, today.get(), werkdagen, out),
                    List.of("gemeente", "aanbieder", "status", "sorteer"), this::signaalCell, "verzoeken");
            case "/toegang" -> {
                if (!r.user.role().atLeast(Role.BEHEER)) {
                    forbidden(r);
                    return;
                }
                list(r, format, "Toegangslog", List.of("id", "tijdstip", "gebruiker", "rol", "wat", "pagina", "bericht", "bsn"),
                        Pages::toegang, List.of("gebruiker"), c -> null, "toegang");
            }
            default -> {
                if (seg.length == 3 && seg[1].equals("declaraties")) declaratie(r, format, id(seg[2]));
                else if (seg.length == 3 && seg[1].equals("prestaties")) prestatie(r, id(seg[2]));
                else if (seg.length == 3 && seg[1].equals("toewijzingen")) toewijzing(r, id(seg[2]));
                else if (seg.length == 3 && seg[1].equals("berichten")) bericht(r, id(seg[2]));
                else if (seg.length == 4 && seg[1].equals("berichten") && seg[3].equals("inhoud")) inhoud(r, id(seg[2]));
                else r.html(404, Html.page(r.taal, r.t("Niet gevonden"), r.user, "<p>" + esc(r.t("Deze pagina bestaat niet.")) + "</p>"));
            }
        }
    }

    private static long id(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + s);
        }
    }

    private static void forbidden(WebServer.Request r) {
        r.html(403, Html.page(r.taal, r.t("Geen toegang"), r.user, "<p>" + esc(r.t("Uw rol heeft geen toegang tot deze pagina.")) + "</p>"));
    }

    static String loginPage(Taal taal, String error) {
        return Html.page(taal, taal.t("Inloggen"), null, (error == null ? "" : "<p class=\"error\" id=\"fout\">" + esc(error) + "</p>") + """
                <form method="post" action="/login" id="login">
                <p><label>%s <input name="naam" id="naam" autocomplete="username" required></label></p>
                <p><label>%s <input name="wachtwoord" id="wachtwoord" type="password" autocomplete="current-password" required></label></p>
                <p><button type="submit" id="inloggen">%s</button></p>
                </form>""".formatted(esc(taal.t("Naam")), esc(taal.t("Wachtwoord")), esc(taal.t("Inloggen"))));
    }

    // ---- lists ----

    private void list(WebServer.Request r, String format, String title, List<String> columns, ListQuery query,
                      List<String> filters, Function<String, Function<Map<String, Object>, String>> cell, String name) throws Exception {
        Map<String, String> params = r.params();
        int pagina = params.containsKey("pagina") ? Math.max(1, (int) id(params.get("pagina"))) : 1;
        if (!format.equals("html")) {
            long offset = params.containsKey("pagina") ? (long) (pagina - 1) * pageSize : 0;
            int limit = params.containsKey("pagina") ? pageSize : 0;
            export(r, format, columns, name, (c, out) -> query.run(c, params, offset, limit, out));
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        read(c -> {
            query.run(c, params, (long) (pagina - 1) * pageSize, pageSize + 1, rows::add);
            return null;
        });
        boolean more = rows.size() > pageSize;
        if (more) rows.remove(rows.size() - 1);
        StringBuilder b = new StringBuilder(filterForm(r.taal, r.path(), filters, params));
        Map<String, String> q = new LinkedHashMap<>(params);
        q.remove("pagina");
        b.append("<p class=\"exports\">").append(esc(r.t("Als data:"))).append(" <a id=\"csv\" href=\"").append(esc(r.path() + ".csv" + Html.query(q))).append("\">CSV</a> · ")
                .append("<a href=\"").append(esc(r.path() + ".csv" + Html.query(with(q, "sep", ";")))).append("\">CSV (;)</a> · ")
                .append("<a href=\"").append(esc(r.path() + ".json" + Html.query(q))).append("\">JSON</a></p>");
        b.append(Table.html(r.taal, columns, rows, cell));
        b.append("<p class=\"pager\">").append(esc(r.t("Pagina"))).append(' ').append(pagina);
        if (pagina > 1) b.append(" <a href=\"").append(esc(r.path() + Html.query(with(q, "pagina", Integer.toString(pagina - 1))))).append("\">")
                .append(esc(r.t("vorige"))).append("</a>");
        if (more) b.append(" <a id=\"volgende\" href=\"").append(esc(r.path() + Html.query(with(q, "pagina", Integer.toString(pagina + 1))))).append("\">")
                .append(esc(r.t("volgende"))).append("</a>");
        b.append("</p>");
        r.html(200, Html.page(r.taal, r.t(title), r.user, b.toString()));
    }

    private static Map<String, String> with(Map<String, String> q, String k, String v) {
        Map<String, String> m = new LinkedHashMap<>(q);
        m.put(k, v);
        return m;
    }

    interface Export {
        void run(Connection c, Reads.Rows out) throws SQLException, IOException;
    }

    private void export(WebServer.Request r, String format, List<String> columns, String name, Export export) throws Exception {
        String sep = r.params().getOrDefault("sep", ",");
        if (!sep.equals(",") && !sep.equals(";")) throw new IllegalArgumentException("sep is , or ;");
        try (Connection c = database.dataSource().getConnection()) {
            c.setReadOnly(true);
            try (OutputStream out = r.stream(format.equals("csv") ? "text/csv; charset=utf-8" : "application/json",
                    format.equals("csv") ? name + ".csv" : null);
                 Table.Sink sink = format.equals("csv") ? Table.csv(out, columns, sep.charAt(0)) : Table.json(out, columns)) {
                export.run(c, sink::row);
            } finally {
                c.rollback();
                c.setReadOnly(false);
            }
        }
    }

    private static String filterForm(Taal taal, String action, List<String> filters, Map<String, String> params) {
        StringBuilder b = new StringBuilder("<form method=\"get\" class=\"filters\" action=\"").append(esc(action)).append("\">");
        for (String f : filters) {
            b.append("<label>").append(esc(taal.t(f))).append(" <input name=\"").append(esc(f)).append("\" id=\"f-").append(esc(f))
                    .append("\" value=\"").append(esc(params.getOrDefault(f, ""))).append("\"></label>");
        }
        return b.append("<button type=\"submit\" id=\"filter\">").append(esc(taal.t("Filter"))).append("</button></form>").toString();
    }

    private Function<Map<String, Object>, String> declaratieCell(String column) {
        return switch (column) {
            case "id" -> row -> "<a href=\"/declaraties/" + row.get("id") + "\">" + row.get("id") + "</a>";
            case "TotaalIngediendBedrag", "TotaalToegekendBedrag" -> row -> esc(Html.euro((Long) row.get(column)));
            case "bericht" -> row -> "<a href=\"/berichten/" + row.get("bericht") + "\">" + row.get("bericht") + "</a>";
            default -> null;
        };
    }

    private Function<Map<String, Object>, String> prestatieCell(String column) {
        return switch (column) {
            case "id" -> row -> "<a href=\"/declaraties/" + row.get("declaratie") + "#p" + row.get("id") + "\">" + row.get("id") + "</a>";
            case "declaratie" -> row -> "<a href=\"/declaraties/" + row.get("declaratie") + "\">" + row.get("declaratie") + "</a>";
            case "ToewijzingNummer" -> row -> "<a href=\"/toewijzingen/" + row.get(column) + "\">" + row.get(column) + "</a>";
            case "IngediendBedrag", "ProductTarief" -> row -> row.get(column) == null ? "" : esc(Html.euro((Long) row.get(column)));
            default -> null;
        };
    }

    private Function<Map<String, Object>, String> signaalCell(String column) {
        return switch (column) {
            case "ToewijzingNummer" -> row -> row.get(column) == null ? "" : "<a href=\"/toewijzingen/" + row.get(column) + "\">" + row.get(column) + "</a>";
            case "bericht" -> row -> "<a href=\"/berichten/" + row.get(column) + "\">" + row.get(column) + "</a>";
            default -> null;
        };
    }

    private Function<Map<String, Object>, String> berichtCell(String column) {
        return switch (column) {
            case "id" -> row -> "<a href=\"/berichten/" + row.get("id") + "\">" + row.get("id") + "</a>";
            case "antwoordOp" -> row -> row.get(column) == null ? "" : "<a href=\"/berichten/" + row.get(column) + "\">" + row.get(column) + "</a>";
            case "antwoorden" -> row -> links(String.valueOf(row.get(column)));
            default -> null;
        };
    }

    private static String links(String ids) {
        StringBuilder b = new StringBuilder();
        for (String id : ids.split(" ")) {
            if (!id.isBlank()) b.append("<a href=\"/berichten/").append(esc(id)).append("\">").append(esc(id)).append("</a> ");
        }
        return b.toString();
    }

    private static void toegang(Connection c, Map<String, String> f, long offset, int limit, Reads.Rows out) throws SQLException, IOException {
        Reads.Where w = new Reads.Where();
        if (f.get("gebruiker") != null && !f.get("gebruiker").isBlank()) w.and("gebruiker = ?", f.get("gebruiker").trim());
        w.each(c, "SELECT id, tijdstip, gebruiker, rol, wat, pagina, bericht_id, bsn FROM toegang"
                + w.sql + " ORDER BY id DESC" + Reads.page(offset, limit), rs -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", rs.getLong(1));
            row.put("tijdstip", Reads.str(rs.getTimestamp(2)));
            row.put("gebruiker", rs.getString(3));
            row.put("rol", rs.getString(4));
            row.put("wat", rs.getString(5));
            row.put("pagina", rs.getString(6));
            Object b = rs.getObject(7);
            row.put("bericht", b == null ? null : ((Number) b).longValue());
            // the access log names the client; beheer sees it masked, it is for the FG's inquiries
            row.put("bsn", Bsn.mask(rs.getString(8)));
            out.row(row);
        });
    }

    // ---- overview ----

    private void overzicht(WebServer.Request r, String format) throws Exception {
        Map<String, String> params = r.params();
        List<Map<String, Object>> rows = read(c -> Reads.overzicht(c, params));
        if (!format.equals("html")) {
            export(r, format, Reads.OVERZICHT_COLUMNS, "overzicht", (c, out) -> {
                for (Map<String, Object> row : rows) out.row(row);
            });
            return;
        }
        TreeMap<String, long[]> perMonth = new TreeMap<>();
        long declared = 0, granted = 0, rejected = 0, credit = 0, n = 0, nRejected = 0;
        for (Map<String, Object> row : rows) {
            long[] m = perMonth.computeIfAbsent((String) row.get("maand"), k -> new long[2]);
            m[0] += (Long) row.get("ToegekendBedrag");
            m[1] += (Long) row.get("AfgewezenBedrag");
            declared += (Long) row.get("IngediendBedrag");
            granted += (Long) row.get("ToegekendBedrag");
            rejected += (Long) row.get("AfgewezenBedrag");
            credit += (Long) row.get("CreditBedrag");
            n += (Long) row.get("prestaties");
            nRejected += (Long) row.get("afgewezenPrestaties");
        }
        StringBuilder b = new StringBuilder(filterForm(r.taal, "/", List.of("gemeente", "aanbieder", "van", "tot", "product"), params));
        b.append("<table class=\"kv\" id=\"totalen\">")
                .append(kv(r.t("Ingediend"), Html.euro(declared))).append(kv(r.t("Toegekend"), Html.euro(granted)))
                .append(kv(r.t("Afgewezen"), Html.euro(rejected))).append(kv(r.t("Credit"), Html.euro(credit)))
                .append(kv(r.t("Prestaties"), n + " (" + nRejected + " " + r.t("afgewezen") + ")")).append("</table>");
        b.append(chart(r.taal, perMonth));
        b.append("<p>").append(esc(r.t("Als data:"))).append(" <a href=\"").append(esc("/overzicht.csv" + Html.query(params))).append("\">CSV</a> · <a href=\"")
                .append(esc("/overzicht.json" + Html.query(params))).append("\">JSON</a></p>");
        b.append(Table.html(r.taal, Reads.OVERZICHT_COLUMNS, rows, col -> switch (col) {
            case "IngediendBedrag", "ToegekendBedrag", "AfgewezenBedrag", "CreditBedrag" -> row -> esc(Html.euro((Long) row.get(col)));
            case "aanbieder" -> row -> "<a href=\"" + esc("/declaraties?aanbieder=" + Html.url((String) row.get("aanbieder"))
                    + "&periode=" + row.get("maand")) + "\">" + esc(row.get("aanbieder")) + "</a>";
            default -> null;
        }));
        r.html(200, Html.page(r.taal, r.t("Overzicht"), r.user, b.toString()));
    }

    // ---- productie ----

    private void productie(WebServer.Request r, String format) throws Exception {
        Map<String, String> params = r.params();
        String per = params.getOrDefault("per", "maand");
        if (!per.equals("maand") && !per.equals("jaar") && !per.equals("aanbieder")) {
            throw new IllegalArgumentException(r.t("per is maand, jaar of aanbieder"));
        }
        List<Map<String, Object>> maanden = read(c -> Productie.perMaand(c, params));
        Productie.Jaar jaar = read(c -> Productie.perJaar(c, params, today.get()));
        if (!format.equals("html")) {
            List<Map<String, Object>> rows = switch (per) {
                case "jaar" -> jaar.perBouwsteen();
                case "aanbieder" -> jaar.perAanbieder();
                default -> maanden;
            };
            List<String> columns = switch (per) {
                case "jaar" -> Productie.JAAR_COLUMNS;
                case "aanbieder" -> Productie.AANBIEDER_COLUMNS;
                default -> Productie.MAAND_COLUMNS;
            };
            export(r, format, columns, "productie-" + per, (c, out) -> {
                for (Map<String, Object> row : rows) out.row(row);
            });
            return;
        }
        Function<String, Function<Map<String, Object>, String>> cell = col -> switch (col) {
            case "ToegekendBedrag", "GecrediteerdBedrag", "NettoBedrag" -> row -> esc(Html.euro((Long) row.get(col)));
            case "controleverklaring" -> row -> "<span class=\"drempel\">" + esc(r.t((String) row.get(col))) + "</span>";
            case "beeindiging" -> row -> row.get(col).equals("") ? "" : "<span class=\"drempel onder\">" + esc(r.t("mogelijk (art. 9.1)")) + "</span>";
            case "jaarAfgesloten" -> row -> esc(r.t((String) row.get(col)));
            default -> null;
        };
        Map<String, String> q = new LinkedHashMap<>(params);
        q.remove("per");
        StringBuilder b = new StringBuilder(filterForm(r.taal, "/productie", List.of("gemeente", "aanbieder", "jaar", "product"), params));
        b.append("<p class=\"toelichting\">").append(esc(r.t(
                "De toegekende prestaties per maand van hun ProductPeriode, gewaardeerd tegen het contracttarief (de hub kent een bedrag pas toe na toetsing aan de tariefregel van het contract, TR418 en TR346); gecrediteerde bedragen staan apart. Drempels van het contract van Coevorden en Borger-Odoorn (seed 001): onder € 125.000 jaaromzet Wmo geen controleverklaring van de accountant (l.2392-2394); onder € 10.000 in een kalenderjaar binnen een gemeente kan de overeenkomst voor die bouwsteen worden beëindigd (art. 9.1, l.591-598).")))
                .append("</p>");
        b.append("<h2>").append(esc(r.t("Per aanbieder en jaar"))).append("</h2>");
        b.append("<p class=\"exports\">").append(esc(r.t("Als data:"))).append(" <a href=\"").append(esc("/productie.csv" + Html.query(with(q, "per", "aanbieder"))))
                .append("\">CSV</a> · <a href=\"").append(esc("/productie.json" + Html.query(with(q, "per", "aanbieder")))).append("\">JSON</a></p>");
        b.append("<div id=\"per-aanbieder\">").append(Table.html(r.taal, Productie.AANBIEDER_COLUMNS, jaar.perAanbieder(), cell)).append("</div>");
        b.append("<h2>").append(esc(r.t("Per aanbieder, gemeente, bouwsteen en jaar"))).append("</h2>");
        b.append("<p class=\"exports\">").append(esc(r.t("Als data:"))).append(" <a href=\"").append(esc("/productie.csv" + Html.query(with(q, "per", "jaar"))))
                .append("\">CSV</a> · <a href=\"").append(esc("/productie.json" + Html.query(with(q, "per", "jaar")))).append("\">JSON</a></p>");
        b.append("<div id=\"per-jaar\">").append(Table.html(r.taal, Productie.JAAR_COLUMNS, jaar.perBouwsteen(), cell)).append("</div>");
        b.append("<h2>").append(esc(r.t("Per aanbieder, gemeente, product en maand"))).append("</h2>");
        b.append("<p class=\"exports\">").append(esc(r.t("Als data:"))).append(" <a id=\"csv\" href=\"").append(esc("/productie.csv" + Html.query(q)))
                .append("\">CSV</a> · <a href=\"").append(esc("/productie.csv" + Html.query(with(q, "sep", ";")))).append("\">CSV (;)</a> · <a href=\"")
                .append(esc("/productie.json" + Html.query(q))).append("\">JSON</a></p>");
        b.append("<div id=\"per-maand\">").append(Table.html(r.taal, Productie.MAAND_COLUMNS, maanden, cell)).append("</div>");
        r.html(200, Html.page(r.taal, r.t("Productie"), r.user, b.toString()));
    }

    /** Bars per month: granted (green) against rejected (red); server-side SVG, no script. */
    static String chart(Taal taal, TreeMap<String, long[]> perMonth) {
        if (perMonth.isEmpty()) return "<p>" + esc(taal.t("Geen declaraties.")) + "</p>";
        long max = 1;
        for (long[] m : perMonth.values()) max = Math.max(max, Math.max(Math.abs(m[0]), Math.abs(m[1])));
        int bar = 14, group = 2 * bar + 16, height = 160, top = 10, left = 10;
        int width = left + perMonth.size() * group + 10;
        StringBuilder b = new StringBuilder("<svg id=\"grafiek\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height + 50).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height + 50)
                .append("\"><title>").append(esc(taal.t("Toegekend (groen) tegen afgewezen (rood) per maand"))).append("</title>");
        int x = left;
        for (Map.Entry<String, long[]> e : perMonth.entrySet()) {
            long g = Math.abs(e.getValue()[0]), rj = Math.abs(e.getValue()[1]);
            int hg = (int) Math.round((double) height * g / max), hr = (int) Math.round((double) height * rj / max);
            b.append("<rect class=\"granted\" x=\"").append(x).append("\" y=\"").append(top + height - hg).append("\" width=\"").append(bar)
                    .append("\" height=\"").append(hg).append("\"><title>").append(esc(e.getKey() + " " + taal.t("toegekend") + " " + Html.euro(e.getValue()[0])))
                    .append("</title></rect>");
            b.append("<rect class=\"rejected\" x=\"").append(x + bar).append("\" y=\"").append(top + height - hr).append("\" width=\"").append(bar)
                    .append("\" height=\"").append(hr).append("\"><title>").append(esc(e.getKey() + " " + taal.t("afgewezen") + " " + Html.euro(e.getValue()[1])))
                    .append("</title></rect>");
            b.append("<text x=\"").append(x).append("\" y=\"").append(top + height + 15).append("\">").append(esc(e.getKey())).append("</text>");
            x += group;
        }
        return b.append("</svg>").toString();
    }

    private static String kv(String k, Object v) {
        return "<tr><th>" + esc(k) + "</th><td>" + esc(v) + "</td></tr>";
    }

    // ---- one declaratie ----

    private void declaratie(WebServer.Request r, String format, long id) throws Exception {
        boolean privacy = r.user.role().atLeast(Role.PRIVACY);
        Map<String, Object> head = new LinkedHashMap<>();
        List<Map<String, Object>> prestaties = new ArrayList<>();
        List<Reads.Bevinding> bericht = new ArrayList<>();
        List<Map<String, Object>> answers = new ArrayList<>();
        boolean found = read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM declaratie WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) return false;
                }
            }
            List<Map<String, Object>> one = new ArrayList<>();
            Reads.declaraties(c, Map.of("id", Long.toString(id)), 0, 0, one::add);
            head.putAll(one.get(0));
            Reads.prestaties(c, Map.of("declaratie", Long.toString(id)), 0, 0, privacy, prestaties::add);
            long berichtId = (Long) head.get("bericht");
            for (Reads.Bevinding b : Reads.bevindingen(c, berichtId)) {
                if (b.berichtklasse() == null || !b.berichtklasse().contains("/Prestatie")) bericht.add(b);
            }
            try (PreparedStatement s = c.prepareStatement("SELECT id, bericht_type, bestandsnaam, ontvangen_op FROM bericht WHERE antwoord_op = ? ORDER BY id")) {
                s.setLong(1, berichtId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> a = new LinkedHashMap<>();
                        a.put("id", rs.getLong(1));
                        a.put("BerichtType", rs.getString(2));
                        a.put("bestandsnaam", Privacy.fileName(rs.getString(3)));
                        a.put("verzonden", Reads.str(rs.getTimestamp(4)));
                        answers.add(a);
                    }
                }
            }
            return true;
        });
        if (!found) {
            r.html(404, Html.page(r.taal, r.t("Niet gevonden"), r.user, "<p>" + esc(r.t("Geen declaratie")) + " " + id + ".</p>"));
            return;
        }
        if (privacy) {
            Set<String> bsns = new LinkedHashSet<>();
            for (Map<String, Object> p : prestaties) bsns.add((String) p.get("_bsn"));
            for (String bsn : bsns) r.log("BSN", (Long) head.get("bericht"), bsn);
        }
        if (format.equals("json")) {
            Map<String, Object> root = new LinkedHashMap<>(head);
            List<Map<String, Object>> ps = new ArrayList<>();
            for (Map<String, Object> p : prestaties) {
                Map<String, Object> copy = new LinkedHashMap<>(p);
                copy.remove("_bsn");
                ps.add(copy);
            }
            root.put("prestaties", ps);
            root.put("antwoorden", answers);
            try (OutputStream out = r.stream("application/json", null)) {
                new com.fasterxml.jackson.databind.ObjectMapper().writeValue(out, root);
            }
            return;
        }
        if (format.equals("csv")) throw new IllegalArgumentException(r.t("Eén declaratie is er als .json, niet als .csv."));
        StringBuilder b = new StringBuilder("<table class=\"kv\" id=\"kop\">");
        for (String k : List.of("DeclaratieNummer", "Identificatie", "aanbieder", "gemeente", "Begindatum", "Einddatum", "ontvangen", "uitkomst", "RetourCode")) {
            b.append(kv(r.t(k), head.get(k)));
        }
        b.append(kv("TotaalIngediendBedrag", Html.euro((Long) head.get("TotaalIngediendBedrag"))))
                .append(kv("TotaalToegekendBedrag", Html.euro((Long) head.get("TotaalToegekendBedrag"))));
        b.append("<tr><th>WMO323</th><td><a href=\"/berichten/").append(head.get("bericht")).append("\">").append(esc(r.t("bericht"))).append(' ').append(head.get("bericht")).append("</a>");
        if (privacy) b.append(" · <a id=\"ruw323\" href=\"/berichten/").append(head.get("bericht")).append("/inhoud\">")
                .append(esc(r.t("het ontvangen bericht lezen"))).append("</a>");
        b.append("</td></tr>");
        for (Map<String, Object> a : answers) {
            b.append("<tr><th>").append(esc(r.t("Verzonden"))).append("</th><td><a href=\"/berichten/").append(a.get("id")).append("\">").append(esc(a.get("BerichtType")))
                    .append(" ").append(esc(a.get("bestandsnaam"))).append("</a>");
            if (privacy) b.append(" · <a href=\"/berichten/").append(a.get("id")).append("/inhoud\">").append(esc(r.t("lezen"))).append("</a>");
            b.append("</td></tr>");
        }
        b.append("</table>");
        if (!bericht.isEmpty()) {
            b.append("<h2>").append(esc(r.t("Bevindingen over het bericht en de declaratie"))).append("</h2>").append(bevindingTable(r.taal, bericht));
        }
        b.append("<h2>").append(esc(r.t("Prestaties"))).append("</h2>");
        for (Map<String, Object> p : prestaties) {
            boolean rejected = "afgewezen".equals(p.get("uitkomst"));
            b.append("<section class=\"prestatie\" id=\"p").append(p.get("id")).append("\"><h3>ReferentieNummer ").append(esc(p.get("ReferentieNummer")))
                    .append(" — <span class=\"uitkomst\">").append(esc(p.get("uitkomst"))).append("</span></h3><table class=\"kv\">");
            b.append(kv(r.t("Client (BSN)"), privacy ? p.get("_bsn") : Bsn.mask((String) p.get("_bsn"))));
            b.append("<tr><th>ToewijzingNummer</th><td><a class=\"toewijzing\" href=\"/toewijzingen/").append(p.get("ToewijzingNummer")).append("\">")
                    .append(p.get("ToewijzingNummer")).append("</a></td></tr>");
            b.append(kv("Product", p.get("Productcategorie") + " " + p.get("Productcode")))
                    .append(kv("ProductPeriode", p.get("Begindatum") + " t/m " + p.get("Einddatum")))
                    .append(kv("GeleverdVolume", p.get("GeleverdVolume") + " (" + r.t("eenheid") + " " + p.get("Eenheid") + ")"))
                    .append(kv("ProductTarief", p.get("ProductTarief") == null ? "" : Html.euro((Long) p.get("ProductTarief"))))
                    .append(kv("IngediendBedrag", Html.euro((Long) p.get("IngediendBedrag")) + " " + p.get("DebetCredit")));
            if (rejected || p.get("RetourCode") != null && !((String) p.get("RetourCode")).isEmpty()) {
                b.append(kv("RetourCode", p.get("RetourCode"))).append(kv(r.t("Regel"), p.get("regel")))
                        .append("<tr><th>Reden</th><td class=\"reden\" lang=\"nl\">").append(esc(p.get("reden"))).append("</td></tr>")
                        .append("<tr><th>Reason</th><td class=\"reason\" lang=\"en\">").append(esc(p.get("reason"))).append("</td></tr>");
            }
            b.append("<tr><th>").append(esc(r.t("Getoetst aan toewijzing"))).append("</th><td class=\"toewijzingversie\">")
                    .append(esc(p.get("toewijzing"))).append("</td></tr>")
                    .append("<tr><th>").append(esc(r.t("Tariefregel"))).append("</th><td class=\"tarief\">").append(esc(p.get("tarief"))).append("</td></tr>");
            b.append("</table></section>");
        }
        r.html(200, Html.page(r.taal, r.t("Declaratie") + " " + head.get("DeclaratieNummer"), r.user, b.toString()));
    }

    private static String bevindingTable(Taal taal, List<Reads.Bevinding> list) {
        StringBuilder b = new StringBuilder("<table class=\"list bevindingen\"><tr>");
        for (String h : List.of("Regel", "RetourCode", "Element", "Reden", "Reason", "Toewijzing", "Tarief")) {
            b.append("<th>").append(esc(h.equals("Reden") || h.equals("Reason") ? h : taal.t(h))).append("</th>");
        }
        b.append("</tr>");
        for (Reads.Bevinding f : list) {
            b.append("<tr><td>").append(esc(f.regel())).append("</td><td>").append(esc(f.retourcode())).append("</td><td>").append(esc(f.element()))
                    .append("</td><td>").append(esc(f.reden())).append("</td><td>").append(esc(f.reason())).append("</td><td>")
                    .append(esc(f.toewijzing())).append("</td><td>").append(esc(f.tarief())).append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    private void prestatie(WebServer.Request r, long id) throws Exception {
        Long decl = read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT declaratie_id FROM prestatie WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : null;
                }
            }
        });
        if (decl == null) r.html(404, Html.page(r.taal, r.t("Niet gevonden"), r.user, "<p>" + esc(r.t("Geen prestatie")) + " " + id + ".</p>"));
        else r.ctx.response().setStatusCode(303).putHeader("Location", "/declaraties/" + decl + "#p" + id).end();
    }

    // ---- one toewijzing ----

    private void toewijzing(WebServer.Request r, long nummer) throws Exception {
        boolean privacy = r.user.role().atLeast(Role.PRIVACY);
        List<Map<String, Object>> versies = new ArrayList<>(), starts = new ArrayList<>(), stops = new ArrayList<>(), prestaties = new ArrayList<>();
        Set<String> bsns = new LinkedHashSet<>();
        read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT t.gemeente, t.aanbieder, t.bsn, t.productcategorie, t.productcode, t.toewijzingsdatum,"
                    + " t.toewijzingstijd, t.reden_wijziging, t.ingangsdatum, t.einddatum, t.volume, t.eenheid, t.frequentie, t.budget, t.bericht_id"
                    + " FROM toegewezen_product t WHERE t.toewijzing_nummer = ? ORDER BY t.toewijzingsdatum, t.toewijzingstijd, t.id")) {
                s.setLong(1, nummer);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> v = new LinkedHashMap<>();
                        v.put("gemeente", rs.getString(1));
                        v.put("aanbieder", rs.getString(2));
                        bsns.add(rs.getString(3));
                        v.put("bsn", privacy ? rs.getString(3) : Bsn.mask(rs.getString(3)));
                        v.put("Product", rs.getString(4) + " " + (rs.getString(5) == null ? "" : rs.getString(5)));
                        v.put("Toewijzingsdatum", Reads.str(rs.getDate(6)) + (rs.getTime(7) == null ? "" : " " + rs.getTime(7)));
                        v.put("RedenWijziging", rs.getString(8));
                        v.put("Ingangsdatum", Reads.str(rs.getDate(9)));
                        v.put("Einddatum", Reads.str(rs.getDate(10)));
                        Object vol = rs.getObject(11);
                        v.put("Omvang", vol == null ? "" : vol + " eenheid " + rs.getString(12) + " frequentie " + rs.getString(13));
                        Object budget = rs.getObject(14);
                        v.put("Budget", budget == null ? "" : Html.euro(((Number) budget).longValue()));
                        v.put("bericht", rs.getLong(15));
                        versies.add(v);
                    }
                }
            }
            for (boolean stop : new boolean[] {false, true}) {
                String sql = "SELECT gemeente, aanbieder, begindatum, status_aanlevering, actueel, bericht_id"
                        + (stop ? ", reden_beeindiging, einddatum FROM stop_product" : " FROM start_product")
                        + " WHERE toewijzing_nummer = ? ORDER BY id";
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, nummer);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            Map<String, Object> v = new LinkedHashMap<>();
                            v.put("gemeente", rs.getString(1));
                            v.put("aanbieder", rs.getString(2));
                            v.put("Begindatum", Reads.str(rs.getDate(3)));
                            if (stop) {
                                v.put("RedenBeeindiging", rs.getString(7));
                                v.put("Einddatum", Reads.str(rs.getDate(8)));
                            }
                            v.put("StatusAanlevering", rs.getString(4));
                            v.put("actueel", rs.getBoolean(5) ? "ja" : "nee");
                            v.put("bericht", rs.getLong(6));
                            (stop ? stops : starts).add(v);
                        }
                    }
                }
            }
            Reads.prestaties(c, Map.of("toewijzing", Long.toString(nummer)), 0, 0, privacy, prestaties::add);
            return null;
        });
        if (versies.isEmpty() && prestaties.isEmpty()) {
            r.html(404, Html.page(r.taal, r.t("Niet gevonden"), r.user, "<p>" + esc(r.t("Geen toewijzing")) + " " + nummer + ".</p>"));
            return;
        }
        if (privacy) for (String bsn : bsns) r.log("BSN", null, bsn);
        Function<String, Function<Map<String, Object>, String>> berichtLink = col -> col.equals("bericht")
                ? row -> "<a href=\"/berichten/" + row.get("bericht") + "\">" + row.get("bericht") + "</a>" : null;
        StringBuilder b = new StringBuilder("<h2>").append(esc(r.t("Versies"))).append("</h2>");
        b.append(Table.html(r.taal, versies.isEmpty() ? List.of("bericht") : new ArrayList<>(versies.get(0).keySet()), versies, berichtLink));
        b.append("<h2>").append(esc(r.t("Starts (WMO305)"))).append("</h2>").append(Table.html(r.taal, List.of("gemeente", "aanbieder", "Begindatum", "StatusAanlevering", "actueel", "bericht"), starts, berichtLink));
        b.append("<h2>").append(esc(r.t("Stops (WMO307)"))).append("</h2>").append(Table.html(r.taal, List.of("gemeente", "aanbieder", "Begindatum", "RedenBeeindiging", "Einddatum", "StatusAanlevering", "actueel", "bericht"), stops, berichtLink));
        long used = 0;
        for (Map<String, Object> p : prestaties) {
            if ("toegekend".equals(p.get("uitkomst"))) used += ("C".equals(p.get("DebetCredit")) ? -1 : 1) * ((Integer) p.get("GeleverdVolume"));
        }
        b.append("<h2>").append(esc(r.t("Prestaties tegen deze toewijzing"))).append("</h2>");
        if (!versies.isEmpty()) {
            Map<String, Object> last = versies.get(versies.size() - 1);
            b.append("<p id=\"volume\">").append(esc(r.t("Toegekend geleverd volume:"))).append(' ').append(used).append("; ")
                    .append(esc(r.t("toegewezen omvang (laatste versie):"))).append(' ').append(esc(last.get("Omvang")))
                    .append(esc(last.get("Budget"))).append("</p>");
        }
        b.append(Table.html(r.taal, List.of("id", "DeclaratieNummer", "ReferentieNummer", "Begindatum", "Einddatum", "GeleverdVolume", "IngediendBedrag",
                "uitkomst", "RetourCode"), prestaties, this::prestatieCell));
        r.html(200, Html.page(r.taal, r.t("Toewijzing") + " " + nummer, r.user, b.toString()));
    }

    // ---- messages ----

    private void bericht(WebServer.Request r, long id) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Reads.Bevinding> bev = new ArrayList<>();
        List<Map<String, Object>> envelopes = new ArrayList<>();
        Long[] declaratie = new Long[1];
        read(c -> {
            Reads.berichten(c, Map.of("id", Long.toString(id)), 0, 0, rows::add);
            if (!rows.isEmpty()) bev.addAll(Reads.bevindingen(c, id));
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM declaratie WHERE bericht_id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) declaratie[0] = rs.getLong(1);
                }
            }
            envelopes.addAll(Reads.envelopes(c, id));
            return null;
        });
        if (rows.isEmpty()) {
            r.html(404, Html.page(r.taal, r.t("Niet gevonden"), r.user, "<p>" + esc(r.t("Geen bericht")) + " " + id + ".</p>"));
            return;
        }
        Map<String, Object> m = rows.get(0);
        StringBuilder b = new StringBuilder("<table class=\"kv\">");
        for (String k : List.of("richting", "BerichtType", "afzender", "ontvanger", "Identificatie", "bestandsnaam", "ontvangen", "uitkomst", "RetourCode")) {
            b.append(kv(r.t(k), m.get(k)));
        }
        if (m.get("antwoordOp") != null) b.append("<tr><th>").append(esc(r.t("Antwoord op"))).append("</th><td>").append(links(m.get("antwoordOp").toString())).append("</td></tr>");
        b.append("<tr><th>").append(esc(r.t("Antwoorden"))).append("</th><td>").append(links(String.valueOf(m.get("antwoorden")))).append("</td></tr>");
        if (declaratie[0] != null) b.append("<tr><th>").append(esc(r.t("Declaratie"))).append("</th><td><a href=\"/declaraties/").append(declaratie[0]).append("\">").append(declaratie[0]).append("</a></td></tr>");
        b.append("</table>");
        if (r.user.role().atLeast(Role.PRIVACY)) b.append("<p><a id=\"inhoud\" href=\"/berichten/").append(id).append("/inhoud\">").append(esc(r.t("Het bericht lezen"))).append("</a></p>");
        if (!envelopes.isEmpty()) {
            b.append("<h2>").append(esc(r.t("StUF-GGk-envelop"))).append("</h2><div id=\"envelop\">")
                    .append(Table.html(r.taal, Reads.ENVELOP_COLUMNS, envelopes, c -> null)).append("</div>");
        }
        b.append("<h2>").append(esc(r.t("Bevindingen (rapport)"))).append("</h2>").append(bevindingTable(r.taal, bev));
        r.html(200, Html.page(r.taal, r.t("Bericht") + " " + id, r.user, b.toString()));
    }

    private void inhoud(WebServer.Request r, long id) throws Exception {
        if (!r.user.role().atLeast(Role.PRIVACY)) {
            forbidden(r);
            return;
        }
        Object[] found = read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT b.bestandsnaam, " + nl.iwmohub.store.BerichtStore.INHOUD
                    + ", b.bericht_type FROM bericht b WHERE b.id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? new Object[] {rs.getString(1), rs.getBytes(2), rs.getString(3)} : null;
                }
            }
        });
        if (found == null) {
            r.html(404, Html.page(r.taal, r.t("Niet gevonden"), r.user, "<p>" + esc(r.t("Geen bericht")) + " " + id + ".</p>"));
            return;
        }
        r.log("BERICHT", id, null);
        String text = readable((byte[]) found[1]);
        r.html(200, Html.page(r.taal, r.t("Inhoud van bericht") + " " + id, r.user, "<p>" + esc(found[0]) + " (" + esc(found[2]) + ")</p><pre class=\"raw\" id=\"ruw\">"
                + esc(text) + "</pre>"));
    }

    /** The XML indented (parsed without DTDs or external entities); other bytes as UTF-8 text. */
    static String readable(byte[] bytes) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
            stripWhitespace(doc.getDocumentElement());
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(w));
            return w.toString();
        } catch (Exception e) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static void stripWhitespace(org.w3c.dom.Node node) {
        org.w3c.dom.NodeList children = node.getChildNodes();
        for (int i = children.getLength() - 1; i >= 0; i--) {
            org.w3c.dom.Node child = children.item(i);
            if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE && child.getTextContent().isBlank()) node.removeChild(child);
            else if (child.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE) stripWhitespace(child);
        }
    }

    interface Work<T> {
        T run(Connection c) throws SQLException, IOException;
    }

    private <T> T read(Work<T> work) throws IOException {
        try (Connection c = database.dataSource().getConnection()) {
            c.setReadOnly(true);
            try {
                return work.run(c);
            } finally {
                c.rollback();
                c.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }
}
