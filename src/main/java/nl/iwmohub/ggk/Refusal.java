package nl.iwmohub.ggk;

import java.util.List;

/**
 * Why the hub refuses a received envelope, as the Fo01 it answers with: the code, the plek, the omschrijving
 * (the code's standard text followed by the first reason, at most 200 characters) and every reason in full
 * ({@code reasons}, kept with the message as its findings).
 */
public record Refusal(String code, String plek, String omschrijving, List<String> reasons) {
    /** StUF055: "Berichtbody is niet conform schema in sectormodel" (README §8.1), the gemeente's only Fo01 code. */
    public static final String STUF055 = "StUF055";
    /** IB007: the envelope is larger than 25 MB (the 2018 list the envelope spec belongs to, README §7.1, §8.2). */
    public static final String IB007 = "IB007";

    public static Refusal stuf055(List<String> reasons) {
        return new Refusal(STUF055, "client", omschrijving("Berichtbody is niet conform schema in sectormodel: ", reasons),
                reasons);
    }

    public static Refusal ib007(long size) {
        List<String> reasons = List.of("the envelope has " + size + " bytes, more than the maximum of "
                + Ggk.MAX_ENVELOPE_BYTES + " including base64");
        return new Refusal(IB007, "client", omschrijving("Bericht is groter dan de maximaal toegestane 25 MB: ", reasons),
                reasons);
    }

    private static String omschrijving(String standard, List<String> reasons) {
        String text = standard + (reasons.isEmpty() ? "" : reasons.get(0));
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }
}
