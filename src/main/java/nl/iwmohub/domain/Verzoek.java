package nl.iwmohub.domain;

import java.time.LocalDate;

/**
 * A verzoek of an aanbieder as the hub recorded it: one AangevraagdProduct of a WMO315 (verzoek om toewijzing) or
 * one WMO317 (verzoek om wijziging) as a whole, known by the aanbieder's ReferentieAanbieder (TR347), with the
 * message it came with and where it stands. id and berichtId are 0 for one that is not stored yet.
 */
public record Verzoek(long id, String gemeente, String aanbieder, String referentieAanbieder, String berichtType,
                      long berichtId, String bsn, LocalDate dagtekening, Status status) {

    /** Where a verzoek stands; it is onderhanden (open, TR374) until afgewezen or toegewezen. */
    public enum Status {
        /** Received and handed to the back office. */
        ONDERHANDEN,
        /** A WMO319 said "aanvraag in onderzoek" (VerzoekAntwoord 2): still open. */
        IN_ONDERZOEK,
        /** A WMO319 said "verzoek afgewezen" (VerzoekAntwoord 1). */
        AFGEWEZEN,
        /** A WMO301 with its ReferentieAanbieder was sent. */
        TOEGEWEZEN;

        /** TR374: open until a WMO319 with VerzoekAntwoord 1 or a WMO301 with its ReferentieAanbieder. */
        public boolean open() {
            return this == ONDERHANDEN || this == IN_ONDERZOEK;
        }
    }

    /** For auditors and the report: type, reference, status, the message; BSN-free. */
    public String describe() {
        return "verzoek " + referentieAanbieder + " (" + berichtType + (berichtId > 0 ? " #" + berichtId : "")
                + ", Dagtekening " + dagtekening + ", gemeente " + gemeente + ", " + status + ")";
    }
}
