package nl.iwmohub.verdict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * The verdict on one message, in the terms of IV028/IV087: which form the retour message takes and the
 * retourcodes per berichtklasse (by path). Built from the findings of the levels 2 to 4.
 */
public record Beoordeling(Vorm vorm, List<String> headerCodes, Map<String, List<String>> codesPerKlasse,
                          Set<String> markedPaths) {

    public enum Vorm {
        /** No fault at all: only the Header, without RetourCodes (a WMO325: 0200 and 8001). */
        ZONDER_OPMERKINGEN,
        /** Controleniveau 2: only the Header with 0001 and XsltVersie. */
        XSLT_AFKEUR,
        /** A level 3/4 fault in the Header: only the Header with the rule's code(s). */
        HEADER_AFKEUR,
        /** Level 3/4 faults below the Header: Header 0200 and the faulty clients with their berichtklassen. */
        KLASSE_AFKEUR
    }

    public static final String GEEN_OPMERKINGEN = "0200";
    public static final String NIET_BEOORDEELD = "0233";
    public static final String TECHNISCH_AFGEKEURD = "0001";
    public static final String HEADER = "/Bericht/Header";

    /** Decides the form from all findings; XSLT-level findings win, then Header findings, then the rest. */
    public static Beoordeling of(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.niveau() == Controleniveau.XSLT)) {
            return new Beoordeling(Vorm.XSLT_AFKEUR, List.of(TECHNISCH_AFGEKEURD), Map.of(), Set.of());
        }
        List<String> header = distinctCodes(findings.stream().filter(f -> HEADER.equals(f.berichtklasse())).toList());
        if (!header.isEmpty()) {
            return new Beoordeling(Vorm.HEADER_AFKEUR, header, Map.of(), Set.of());
        }
        if (findings.isEmpty()) {
            return new Beoordeling(Vorm.ZONDER_OPMERKINGEN, List.of(), Map.of(), Set.of());
        }
        Map<String, List<String>> perKlasse = new LinkedHashMap<>();
        for (Finding f : findings) {
            List<String> codes = perKlasse.computeIfAbsent(f.berichtklasse(), k -> new ArrayList<>());
            if (!codes.contains(f.retourCode())) codes.add(f.retourCode());
        }
        // Every faulty class and each class above it, so that the builders ask in O(depth), not O(findings):
        // a declaration of 50,000 prestaties may have as many faulty ones.
        Set<String> marked = new HashSet<>();
        for (String path : perKlasse.keySet()) {
            for (String p = path; !p.isEmpty() && marked.add(p); p = p.substring(0, p.lastIndexOf('/'))) { }
        }
        return new Beoordeling(Vorm.KLASSE_AFKEUR, List.of(GEEN_OPMERKINGEN), perKlasse, marked);
    }

    private static List<String> distinctCodes(List<Finding> findings) {
        return findings.stream().map(Finding::retourCode).distinct().toList();
    }

    /** True when a finding concerns this berichtklasse or anything below it. */
    public boolean hasFindingsAtOrBelow(String path) {
        return markedPaths.contains(path);
    }

    /** The codes for a returned berichtklasse: its own, 0233 below a faulty one, else 0200 (IV028, IV087). */
    public List<String> codesFor(String path) {
        List<String> own = codesPerKlasse.get(path);
        if (own != null) return own;
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            if (codesPerKlasse.containsKey(path.substring(0, slash))) return List.of(NIET_BEOORDEELD);
        }
        return List.of(GEEN_OPMERKINGEN);
    }
}
