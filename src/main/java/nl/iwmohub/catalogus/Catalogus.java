package nl.iwmohub.catalogus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The contract catalogue of the gemeenten: per gemeente, product and validity period the tariff and the unit
 * it is per (catalogi/README.md). Read from CSV files; one bad row refuses the whole catalogue, with every
 * problem and its line, so that a gemeente can mend its file in one go. Immutable; lookups are indexed.
 */
public final class Catalogus {
    static final String HEADER = "gemeente,productcategorie,productcode,omschrijving,eenheid,tarief,geldig_van,geldig_tot,bron";
    private static final Set<String> EENHEDEN = Set.of("01", "04", "14", "16", "82", "83", "84");

    private final List<TariefRegel> regels;
    private final Map<String, List<TariefRegel>> perProduct = new HashMap<>();
    private final Set<String> gemeenten = new TreeSet<>();
    private final Map<String, TariefRegel> perCode = new HashMap<>();

    private Catalogus(List<TariefRegel> regels) {
        this.regels = List.copyOf(regels);
        for (TariefRegel r : regels) {
            perProduct.computeIfAbsent(key(r.gemeente(), r.productcategorie(), r.productcode()), k -> new ArrayList<>()).add(r);
            gemeenten.add(r.gemeente());
            perCode.putIfAbsent(r.gemeente() + "|" + r.productcode(), r);
        }
        perProduct.values().forEach(list -> list.sort(Comparator.comparing(TariefRegel::geldigVan)));
    }

    public static Catalogus empty() {
        return new Catalogus(List.of());
    }

    /** A CSV file, or every *.csv of a folder (by file name) as one catalogue. */
    public static Catalogus load(Path fileOrDirectory) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(fileOrDirectory)) {
            try (Stream<Path> list = Files.list(fileOrDirectory)) {
                list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new CatalogusException(List.of(fileOrDirectory + ": cannot be read: " + e.getMessage()));
            }
        } else if (Files.isRegularFile(fileOrDirectory)) {
            files.add(fileOrDirectory);
        } else {
            throw new CatalogusException(List.of(fileOrDirectory + ": no such file or folder"));
        }
        List<TariefRegel> regels = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read(file.getFileName().toString(), in, regels, problems);
            } catch (IOException e) {
                problems.add(file.getFileName() + ": cannot be read: " + e.getMessage());
            }
        }
        return checked(regels, problems);
    }

    public static Catalogus parse(String bestand, Reader csv) {
        List<TariefRegel> regels = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            read(bestand, csv, regels, problems);
        } catch (IOException e) {
            problems.add(bestand + ": cannot be read: " + e.getMessage());
        }
        return checked(regels, problems);
    }

    public static Catalogus parse(String bestand, String csv) {
        return parse(bestand, new StringReader(csv));
    }

    /** The row for the product of the gemeente that is valid on the date. */
    public Optional<TariefRegel> find(String gemeente, String productcategorie, String productcode, LocalDate date) {
        List<TariefRegel> list = perProduct.get(key(gemeente, productcategorie, productcode));
        if (list == null) return Optional.empty();
        for (TariefRegel r : list) if (r.geldigOp(date)) return Optional.of(r);
        return Optional.empty();
    }

    /**
     * TR381: the gemeente's product code list is its catalogue. A row of the code, whatever its validity period
     * (the list says which category a code belongs to; whether it is contracted on a date is TR418's), or none.
     */
    public Optional<TariefRegel> productcode(String gemeente, String productcode) {
        return Optional.ofNullable(perCode.get(gemeente + "|" + productcode));
    }

    /** Does the catalogue hold any row of this gemeente? */
    public boolean covers(String gemeente) {
        return gemeenten.contains(gemeente);
    }

    public Set<String> gemeenten() {
        return Set.copyOf(gemeenten);
    }

    public int size() {
        return regels.size();
    }

    public List<TariefRegel> regels() {
        return regels;
    }

    private static String key(String gemeente, String categorie, String code) {
        return gemeente + "|" + categorie + "|" + code;
    }

    private static Catalogus checked(List<TariefRegel> regels, List<String> problems) {
        Map<String, List<TariefRegel>> byKey = new HashMap<>();
        for (TariefRegel r : regels) {
            byKey.computeIfAbsent(key(r.gemeente(), r.productcategorie(), r.productcode()), k -> new ArrayList<>()).add(r);
        }
        for (List<TariefRegel> same : byKey.values()) {
            same.sort(Comparator.comparing(TariefRegel::geldigVan));
            for (int i = 1; i < same.size(); i++) {
                TariefRegel a = same.get(i - 1);
                TariefRegel b = same.get(i);
                if (a.geldigTot() == null || !b.geldigVan().isAfter(a.geldigTot())) {
                    problems.add(b.bestand() + " line " + b.regel() + ": " + b.gemeente() + " " + b.productcategorie() + "/"
                            + b.productcode() + " overlaps " + a.bestand() + " line " + a.regel()
                            + " (end a row on 31 December and start the indexed row on 1 January)");
                }
            }
        }
        Map<String, TariefRegel> categorieVanCode = new HashMap<>();
        for (TariefRegel r : regels) {
            TariefRegel first = categorieVanCode.putIfAbsent(r.gemeente() + "|" + r.productcode(), r);
            if (first != null && !first.productcategorie().equals(r.productcategorie())) {
                problems.add(r.bestand() + " line " + r.regel() + ": " + r.gemeente() + " product code " + r.productcode()
                        + " is under category " + r.productcategorie() + " here and under " + first.productcategorie()
                        + " in " + first.bestand() + " line " + first.regel() + " (a code belongs to one category, TR381)");
            }
        }
        if (!problems.isEmpty()) throw new CatalogusException(problems);
        return new Catalogus(regels);
    }

    private static void read(String bestand, Reader csv, List<TariefRegel> into, List<String> problems) throws IOException {
        BufferedReader in = new BufferedReader(csv);
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank() || line.startsWith("#")) continue;
            String where = bestand + " line " + lineNumber + ": ";
            if (!headerSeen) {
                if (!line.trim().equals(HEADER)) {
                    problems.add(where + "the header must be exactly '" + HEADER + "'");
                    return;
                }
                headerSeen = true;
                continue;
            }
            List<String> fields;
            try {
                fields = fields(line);
            } catch (IllegalArgumentException e) {
                problems.add(where + e.getMessage());
                continue;
            }
            if (fields.size() != 9) {
                problems.add(where + fields.size() + " fields, expected 9 (" + HEADER + ")");
                continue;
            }
            row(bestand, lineNumber, fields, where, problems).ifPresent(into::add);
        }
        if (!headerSeen) problems.add(bestand + ": no header line '" + HEADER + "'");
    }

    private static Optional<TariefRegel> row(String bestand, int line, List<String> f, String where, List<String> problems) {
        int before = problems.size();
        String gemeente = f.get(0);
        if (!gemeente.matches("[0-9]{4}")) problems.add(where + "gemeente '" + gemeente + "' is not a CBS code (4 digits)");
        String categorie = f.get(1);
        if (!categorie.matches("0[1-9]|1[0-8]")) problems.add(where + "productcategorie '" + categorie + "' is not an iWmo category 01..18");
        String code = f.get(2);
        if (code.isEmpty() || code.length() > 5 || !code.equals(code.strip())) {
            problems.add(where + "productcode '" + code + "' is not an iWmo product code (1 to 5 characters, no surrounding spaces)");
        }
        String eenheid = f.get(4);
        if (!EENHEDEN.contains(eenheid)) problems.add(where + "eenheid '" + eenheid + "' is not one of 01, 04, 14, 16, 82, 83, 84");
        Integer tarief = null;
        if (!f.get(5).isEmpty()) {
            if (!f.get(5).matches("[0-9]{1,9}")) {
                problems.add(where + "tarief '" + f.get(5) + "' is not a whole number of eurocent (e.g. 6600 for 66,00 euro)");
            } else {
                tarief = Integer.valueOf(f.get(5));
            }
        }
        LocalDate van = date(f.get(6), "geldig_van", where, problems, false);
        LocalDate tot = date(f.get(7), "geldig_tot", where, problems, true);
        if (van != null && tot != null && tot.isBefore(van)) problems.add(where + "geldig_tot " + tot + " lies before geldig_van " + van);
        if (f.get(8).isBlank()) problems.add(where + "bron is empty: cite the contract");
        if (problems.size() > before) return Optional.empty();
        return Optional.of(new TariefRegel(bestand, line, gemeente, categorie, code, f.get(3), eenheid, tarief, van, tot, f.get(8)));
    }

    private static LocalDate date(String value, String column, String where, List<String> problems, boolean optional) {
        if (value.isEmpty()) {
            if (!optional) problems.add(where + column + " is empty");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(where + column + " '" + value + "' is not a date YYYY-MM-DD");
            return null;
        }
    }

    /** One CSV line: fields separated by commas, a field may be quoted with "" for a quote inside. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (ch == ',') {
                fields.add(wasQuoted ? field.toString() : field.toString().trim());
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(ch);
            }
        }
        if (quoted) throw new IllegalArgumentException("a quoted field is not closed");
        fields.add(wasQuoted ? field.toString() : field.toString().trim());
        return fields;
    }
}
