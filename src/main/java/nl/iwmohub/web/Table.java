package nl.iwmohub.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One list's rows, written as an HTML table, CSV (RFC 4180, header row) or JSON (an array of objects). */
final class Table {
    interface Sink extends AutoCloseable {
        void row(Map<String, Object> row) throws IOException;

        @Override
        void close() throws IOException;
    }

    static Sink csv(OutputStream out, List<String> columns, char separator) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setDelimiter(separator)
                .setHeader(columns.toArray(String[]::new)).get());
        return new Sink() {
            @Override
            public void row(Map<String, Object> row) throws IOException {
                for (String c : columns) {
                    Object v = row.get(c);
                    printer.print(v == null ? "" : v);
                }
                printer.println();
            }

            @Override
            public void close() throws IOException {
                printer.close(true);
            }
        };
    }

    static Sink json(OutputStream out, List<String> columns) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.writeStartArray();
        return new Sink() {
            @Override
            public void row(Map<String, Object> row) throws IOException {
                g.writeStartObject();
                for (String c : columns) {
                    Object v = row.get(c);
                    g.writeFieldName(c);
                    if (v == null) g.writeNull();
                    else if (v instanceof Long l) g.writeNumber(l);
                    else if (v instanceof Integer i) g.writeNumber(i);
                    else if (v instanceof Boolean b) g.writeBoolean(b);
                    else g.writeString(v.toString());
                }
                g.writeEndObject();
            }

            @Override
            public void close() throws IOException {
                g.writeEndArray();
                g.close();
            }
        };
    }

    /** An HTML table (headers in the interface language, the data as stored); cell renders a column's value as HTML (escaped), links included. */
    static String html(Taal taal, List<String> columns, List<Map<String, Object>> rows,
                       Function<String, Function<Map<String, Object>, String>> cell) {
        StringBuilder b = new StringBuilder("<table class=\"list\"><thead><tr>");
        for (String c : columns) b.append("<th>").append(Html.esc(taal.t(c))).append("</th>");
        b.append("</tr></thead><tbody>");
        for (Map<String, Object> row : rows) {
            b.append("<tr>");
            for (String c : columns) {
                Function<Map<String, Object>, String> f = cell.apply(c);
                b.append("<td data-col=\"").append(Html.esc(c)).append("\">")
                        .append(f != null ? f.apply(row) : Html.esc(row.get(c))).append("</td>");
            }
            b.append("</tr>");
        }
        if (rows.isEmpty()) b.append("<tr><td colspan=\"").append(columns.size()).append("\">").append(Html.esc(taal.t("Geen rijen."))).append("</td></tr>");
        return b.append("</tbody></table>").toString();
    }
}
