package nl.iwmohub.catalogus;

import java.util.List;

/** A catalogue refused as a whole: every problem, one per line, as "FILE line N: what is wrong". */
public final class CatalogusException extends RuntimeException {
    private final List<String> problems;

    public CatalogusException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
