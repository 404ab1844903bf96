package nl.iwmohub.ggk;

import java.util.List;

/** What an envelope that arrived turned out to be. */
public sealed interface Inbound {

    /** A valid Di01 or Du01 with its decoded payload, to be processed as a bare file would be. */
    record Unwrapped(Envelope envelope, byte[] payload) implements Inbound {}

    /** Refused with an Fo01 to its sender (StUF055, IB007); kept in the rejected folder. */
    record Refused(Envelope envelope, Refusal refusal) implements Inbound {}

    /**
     * The same envelope again: the sender's (organisatie, applicatie, referentienummer) with the content of an
     * envelope that was received and settled before as message {@code originalId} (StUF §4.4, README §7.5). It
     * is acknowledged again (the SOAP answer) and logged, but neither processed nor answered a second time.
     */
    record Retransmission(Envelope envelope, long originalId) implements Inbound {}

    /** An Fo01 about a message of the hub. */
    record ReceivedFo01(Envelope envelope) implements Inbound {}

    /**
     * An envelope that fails the StUF-GGk XSD, or of a pre-2017 version: no keten code exists for a gemeente to
     * answer it with (README §3.3), so it is quarantined with the reason and not answered.
     */
    record Invalid(String reason, List<String> details) implements Inbound {}
}
