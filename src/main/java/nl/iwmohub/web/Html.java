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

    static String page(String title, Users.User user, String body) {
        String nav = user == null ? "" : """
                <nav><a href="/">Overzicht</a> <a href="/declaraties">Declaraties</a> <a href="/prestaties">Prestaties</a> \
                <a href="/berichten">Berichten</a> <a href="/signalen">Signalen</a>%s
                <span class="who">%s (%s)</span>
                <form method="post" action="/logout" class="inline"><button type="submit">Uitloggen</button></form></nav>
                """.formatted(user.role().atLeast(Role.BEHEER) ? " <a href=\"/toegang\">Toegangslog</a>" : "",
                esc(user.name()), esc(user.role().key()));
        return """
                <!DOCTYPE html>
                <html lang="nl"><head><meta charset="utf-8"><title>%s · iwmo-hub werkbank</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="/static/style.css"></head>
                <body><header><strong>iwmo-hub werkbank</strong>%s</header><main>
                <h1>%s</h1>
                %s
                </main></body></html>
                """.formatted(esc(title), nav, esc(title), body);
    }
}
