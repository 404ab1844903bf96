package nl.iwmohub.read;

import nl.iwmohub.read.BerichtReader;

/**
 * A file as the hub received it: the name it arrived under, its bytes and their SHA-256, hashed once. A file
 * refused unread (larger than the maximum) has no bytes and the hash of nothing.
 */
public record ReceivedFile(String name, byte[] raw, String sha256) {

    public static ReceivedFile of(String name, byte[] raw) {
        return new ReceivedFile(name, raw, BerichtReader.sha256(raw));
    }

    /** A file that was not read: stored with its name and without its bytes. */
    public static ReceivedFile unread(String name) {
        return of(name, new byte[0]);
    }
}
