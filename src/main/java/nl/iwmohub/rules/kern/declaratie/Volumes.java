package nl.iwmohub.rules.kern.declaratie;

/**
 * Volumes in one base unit per toewijzing, so that minutes and hours can be summed (TR341: a toewijzing in
 * hours may be declared in minutes): the base of a toewijzing in hours (04) is the minute (01); of any other
 * toewijzing, its own unit.
 */
final class Volumes {
    static final String MINUUT = "01";
    static final String UUR = "04";

    private Volumes() {}

    static String basis(String toewijzingEenheid) {
        return UUR.equals(toewijzingEenheid) ? MINUUT : toewijzingEenheid;
    }

    /** The volume in the toewijzing's base unit; unconvertible units are counted as they are. */
    static long inBasis(String toewijzingEenheid, String prestatieEenheid, long volume) {
        return UUR.equals(toewijzingEenheid) && UUR.equals(prestatieEenheid) ? volume * 60 : volume;
    }
}
