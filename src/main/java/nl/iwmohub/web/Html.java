package nl.iwmohub.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** HTML built in Java: every value goes through {@link #esc}; the layout of every page. */
final class Html {
    private Html() {}

    static String esc(Object value) {
        if (value == null) return "";
        String s = value.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String url(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    /** The query string of the filters (empty values left out), starting with ?, or empty. */
    static String query(Map<String, String> params) {
        StringBuilder b = new StringBuilder();
        params.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) b.append(b.length() == 0 ? '?' : '&').append(url(k)).append('=').append(url(v));
        });
        return b.toString();
    }

    /** Eurocent as € 1.234,56 (credit negative). */
    static String euro(Long cents) {
        if (cents == null) return "";
        long abs = Math.abs(cents);
        String units = String.format(java.util.Locale.ROOT, "%,d", abs / 100).replace(',', '.');
        return (cents < 0 ? "-" : "") + "€ " + units + "," + String.format("%02d", abs % 100);
    }

    static String page(Taal taal, String title, Users.User user, String body) {
        String nav = user == null ? "" : """
                <nav><a href="/">%s</a> <a href="/declaraties">%s</a> <a href="/prestaties">%s</a> \
                <a href="/berichten">%s</a> <a href="/productie">%s</a> <a href="/signalen">%s</a> <a href="/verzoeken">%s</a>%s
                <span class="who">%s (%s)</span>
                <form method="post" action="/logout" class="inline"><button type="submit">%s</button></form></nav>
                """.formatted(esc(taal.t("Overzicht")), esc(taal.t("Declaraties")), esc(taal.t("Prestaties")), esc(taal.t("Berichten")),
                esc(taal.t("Productie")), esc(taal.t("Signalen")), esc(taal.t("Open verzoeken")),
                user.role().atLeast(Role.BEHEER) ? " <a href=\"/toegang\">" + esc(taal.t("Toegangslog")) + "</a>" : "",
                esc(user.name()), esc(user.role().key()), esc(taal.t("Uitloggen")));
        // the other language, on the same page (its filters are kept: the choice is a cookie, see WebServer)
        String other = taal == Taal.NL ? "<a id=\"taal\" href=\"?taal=en\" lang=\"en\">English</a>"
                : "<a id=\"taal\" href=\"?taal=nl\" lang=\"nl\">Nederlands</a>";
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><title>%s · %s</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="/static/style.css"></head>
                <body><header><strong>%s</strong> %s%s</header><main>
                <h1>%s</h1>
                %s
                </main></body></html>
                """.formatted(taal.code, esc(title), esc(taal.t("iwmo-hub werkbank")), esc(taal.t("iwmo-hub werkbank")), other, nav,
                esc(title), body);
    }
}
