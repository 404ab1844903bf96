package nl.iwmohub.rules.kern.verzoek;

import nl.iwmohub.domain.Verzoek;

/**
 * The subject of the rules on the Antwoord of a WMO319 (the gemeente's answer to a verzoek): its ReferentieAanbieder
 * and VerzoekAntwoord (1 verzoek afgewezen, 2 aanvraag in onderzoek), the gemeente that sends it, and the verzoek
 * the hub recorded with that ReferentieAanbieder of the aanbieder (null if none).
 */
public record AntwoordContext(String klasse, String gemeente, String referentieAanbieder, String verzoekAntwoord,
                              Verzoek verzoek) {
    public static final String AFGEWEZEN = "1";
    public static final String IN_ONDERZOEK = "2";

    /** The verzoek it answers: one of this aanbieder, sent to this gemeente (TR355). */
    public Verzoek beantwoord() {
        return verzoek != null && verzoek.gemeente().equals(gemeente) ? verzoek : null;
    }

    String element(String relative) {
        return klasse + "/" + relative;
    }
}
