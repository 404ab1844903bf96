package nl.iwmohub.route;

import nl.iwmohub.bericht.BerichtType;

/**
 * What the intake step found, and so where the ingest route sends the input: the one value routes/hub.yaml
 * dispatches on ({@code ${body.kind.name}}). Every constant has exactly one branch there, in the order of the constants (RoutesTest holds that); an
 * input has exactly one kind, so the order decides nothing but how many branches are tested.
 */
public enum Kind {
    // the message types first: most inputs are one of them, and the ingest route tests the kinds in this order
    WMO301,
    WMO302,
    WMO305,
    WMO307,
    WMO323,
    WMO315,
    WMO317,
    WMO319,
    WMO320,
    /** The same bytes as a message processed before. */
    DUPLICATE,
    /** Not XML, not well-formed, empty, too large, DOCTYPE, not an iWmo 3.2 message. */
    QUARANTINE,
    /** An iWmo message that fails the XSD (controleniveau 1). */
    XSD_INVALID,
    /** A readable message for a gemeente this hub does not serve. */
    NOT_SERVED,
    /** A readable message of a type the hub does not take, such as a WMO306 sent to the gemeente. */
    UNSUPPORTED,
    /** A StUF-GGk envelope the hub answers or records itself: refused with an Fo01, or an Fo01 received. */
    GGK;

    /** The kind of a readable message of this type for a gemeente the hub serves. */
    static Kind of(BerichtType type) {
        return switch (type) {
            case WMO301 -> WMO301;
            case WMO302 -> WMO302;
            case WMO305 -> WMO305;
            case WMO307 -> WMO307;
            case WMO323 -> WMO323;
            case WMO315 -> WMO315;
            case WMO317 -> WMO317;
            case WMO319 -> WMO319;
            case WMO320 -> WMO320;
            default -> UNSUPPORTED;
        };
    }
}
