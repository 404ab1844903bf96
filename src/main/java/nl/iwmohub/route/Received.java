package nl.iwmohub.route;

import nl.iwmohub.ggk.Inbound;
import nl.iwmohub.read.ReadResult;
import nl.iwmohub.read.ReceivedFile;
import nl.iwmohub.store.BerichtStore;

/**
 * The result of the intake step, the body of every later step of the ingest route until the processing
 * replaces it with a ProcessingResult: the file as received (name, bytes, SHA-256) in every variant, and
 * what the intake found out about it. {@link #kind()} is what the route dispatches on.
 */
public sealed interface Received {
    ReceivedFile file();

    Kind kind();

    /** The same bytes as the message {@code original}, processed before. */
    record Duplicate(ReceivedFile file, BerichtStore.Processed original) implements Received {
        @Override
        public Kind kind() {
            return Kind.DUPLICATE;
        }
    }

    /** Unreadable, refused unread (too large), or not an iWmo 3.2 message. */
    record Quarantine(ReceivedFile file, ReadResult.Quarantine read) implements Received {
        @Override
        public Kind kind() {
            return Kind.QUARANTINE;
        }
    }

    /** An identifiable iWmo message that fails the XSD. */
    record XsdInvalid(ReceivedFile file, ReadResult.XsdInvalid read) implements Received {
        @Override
        public Kind kind() {
            return Kind.XSD_INVALID;
        }
    }

    /** A message valid under the XSD; {@code served}: addressed to a gemeente this hub serves. */
    record Readable(ReceivedFile file, ReadResult.Readable read, boolean served) implements Received {
        @Override
        public Kind kind() {
            return served ? Kind.of(read.bericht().type()) : Kind.NOT_SERVED;
        }
    }

    /** A StUF-GGk envelope that is not processed as a message: refused (Fo01 to its sender) or an Fo01 received. */
    record Enveloped(ReceivedFile file, Inbound inbound) implements Received {
        @Override
        public Kind kind() {
            return Kind.GGK;
        }
    }
}
