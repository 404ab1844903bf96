package nl.iwmohub.read;

import nl.iwmohub.bericht.BerichtHeader;
import nl.iwmohub.bericht.BerichtType;

/** An XSD-valid incoming message: its raw bytes, their SHA-256, the Header and the generated model's root. */
public record ReceivedBericht(String fileName, byte[] raw, String sha256, BerichtType type, BerichtHeader header,
                               Object root) {
    public <T> T root(Class<T> modelClass) {
        return modelClass.cast(root);
    }
}
