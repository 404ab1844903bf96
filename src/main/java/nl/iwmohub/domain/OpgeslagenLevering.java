package nl.iwmohub.domain;

/**
 * A start (WMO305) or stop (WMO307) as the hub holds it: its row id and the message it came with (both below 0 for
 * one of the message being judged, not stored yet).
 */
public record OpgeslagenLevering(long id, long berichtId, Levering levering) {
}
