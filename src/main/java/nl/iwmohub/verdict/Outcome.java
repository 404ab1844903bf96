package nl.iwmohub.verdict;

/** What became of one input file. */
public enum Outcome {
    /** Processed without any remark (a WMO301: recorded and delivered). */
    ACCEPTED,
    /** Processed; some berichtklassen were rejected on level 3/4 and are named in the retour. */
    PARTLY_REJECTED,
    /** Rejected as a whole: XSLT level (0001), a Header fault or a Declaratie fault; counts as not sent. */
    REJECTED,
    /** A WMO302 from an aanbieder, recorded and linked to its toewijzing. */
    RECORDED,
    /** An iWmo message that fails the XSD: an error notice to the sender, no retour (IV028). */
    XSD_INVALID,
    /** The same bytes as a message processed before: no new effect (its unwritten answers are written). */
    DUPLICATE,
    /** Not an iWmo 3.2 message, not well-formed, too large, not for a served gemeente, or a type the hub does not take. */
    QUARANTINED
}
