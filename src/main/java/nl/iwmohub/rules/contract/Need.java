package nl.iwmohub.rules.contract;

/**
 * What a rule may need of its subject before it can judge it. A subject that lacks it is not judged by that rule:
 * the rule that establishes it reports the fault instead (TR338 when there is no toewijzing, TR304 when it is
 * another client's).
 */
public enum Need {
    /**
     * The subject's ToewijzingNummer names a current toewijzing of the gemeente for this aanbieder: a Prestatie's
     * (TR338), or an actuele one of the client for an OngewijzigdProduct or TeWijzigenProduct (TR350, TR351).
     */
    TOEWIJZING,
    /** ... and that toewijzing is this client's (TR304). */
    TOEWIJZING_VAN_CLIENT;

    /** A subject that can say whether it has what a rule needs. */
    public interface Subject {
        boolean has(Need need);
    }
}
