package nl.iwmohub.bericht;

/**
 * Element paths as the hub writes them in findings and reports: /Bericht/Client/StartProducten/StartProduct[2].
 * Same-name siblings are numbered from the second one on, so the first is written without [1].
 */
public final class Paths {
    private Paths() {}

    /** The path of list member {@code index} (0-based) of the element at {@code path}. */
    public static String member(String path, int index) {
        return index == 0 ? path : path + "[" + (index + 1) + "]";
    }
}
