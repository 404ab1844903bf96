package nl.iwmohub.processing;

import nl.iwmohub.outbox.Outbox;
import nl.iwmohub.read.ReceivedBericht;
import nl.iwmohub.verdict.Outgoing;

/**
 * A message the hub passes on as received (a WMO315 or WMO317 to the gemeente's back office, a WMO319 to the
 * aanbieder), like a WMO301: the bytes the sender signed off are the bytes the receiver gets; the name carries
 * the type, the stored row's number and the sender's Identificatie.
 */
final class PassOn {
    private PassOn() {}

    /** To the other party of the message: the gemeente for an aanbieder's message, the aanbieder for a gemeente's. */
    static Outgoing delivery(ReceivedBericht b, long berichtId) {
        var h = b.header();
        String partij = h.verzender().equals(h.gemeente()) ? h.aanbieder() : h.gemeente();
        String type = b.type().name();
        String name = type + "_" + String.format("%011d", berichtId) + "_" + Outbox.safeName(h.identificatie()) + ".xml";
        return new Outgoing(partij, name, type, b.raw());
    }
}
