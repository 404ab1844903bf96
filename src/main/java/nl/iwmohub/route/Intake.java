package nl.iwmohub.route;

import java.io.IOException;
import nl.iwmohub.processing.Hub;
import nl.iwmohub.processing.UnprocessedInputs;
import nl.iwmohub.read.ReadResult;
import nl.iwmohub.read.ReceivedFile;
import nl.iwmohub.verdict.ProcessingResult;

/**
 * The first step of the ingest route and the steps of the inputs that are not processed as a message. {@link
 * #read} takes the delivered file: an oversized file is refused before it is read; otherwise its bytes are
 * read and hashed once, a file with the bytes of a message processed before is a duplicate, and the rest is
 * read (secure parse, identify, XSD). The other methods hand each kind to its settling in {@link UnprocessedInputs}.
 */
public final class Intake {
    private final Hub hub;
    private final UnprocessedInputs unprocessed;

    public Intake(Hub hub, UnprocessedInputs unprocessed) {
        this.hub = hub;
        this.unprocessed = unprocessed;
    }

    public Received read(Delivery delivery) throws IOException {
        if (!delivery.regular()) {
            // a link or special file that reached a lane some other way: never opened, never followed
            return new Received.Quarantine(ReceivedFile.unread(delivery.name()), new ReadResult.Quarantine(
                    "not a regular file (a symbolic link, FIFO or device); it was not read", java.util.List.of()));
        }
        long length = delivery.length();
        if (delivery.unfinishedAttempts() > 0) {
            // this file stopped or killed the hub each time it was processed: it is kept, not tried again
            ReceivedFile file = hub.reader().tooLarge(length) ? ReceivedFile.unread(delivery.name())
                    : ReceivedFile.of(delivery.name(), delivery.read());
            return new Received.Quarantine(file, new ReadResult.Quarantine("the hub started processing this file "
                    + delivery.unfinishedAttempts() + " time(s) without finishing (it stopped or failed while the file"
                    + " was in hand); it is not tried again", java.util.List.of()));
        }
        if (hub.reader().tooLarge(length)) {
            // checked before reading: an oversized file is never loaded; it is kept in the rejected folder
            return new Received.Quarantine(ReceivedFile.unread(delivery.name()), hub.reader().refuseTooLarge(length));
        }
        ReceivedFile file = ReceivedFile.of(delivery.name(), delivery.read());
        var original = hub.database().inTransaction(c -> hub.berichten().findProcessed(c, file.sha256()));
        if (original.isPresent()) return new Received.Duplicate(file, original.get());
        ReadResult read = hub.reader().read(file.name(), file.raw(), file.sha256());
        if (read instanceof ReadResult.Readable r) {
            return new Received.Readable(file, r, hub.serves(r.bericht().header().gemeente()));
        }
        if (read instanceof ReadResult.XsdInvalid x) return new Received.XsdInvalid(file, x);
        return new Received.Quarantine(file, (ReadResult.Quarantine) read);
    }

    public ProcessingResult duplicate(Received.Duplicate d) {
        return unprocessed.duplicate(d.file(), d.original());
    }

    public ProcessingResult quarantine(Received.Quarantine q) {
        return unprocessed.quarantine(q.file(), q.read());
    }

    public ProcessingResult xsdInvalid(Received.XsdInvalid x) {
        return unprocessed.xsdInvalid(x.file(), x.read());
    }

    public ProcessingResult notServed(Received.Readable r) {
        return unprocessed.notServed(r.file(), r.read());
    }

    public ProcessingResult unsupported(Received.Readable r) {
        return unprocessed.unsupported(r.file(), r.read());
    }
}
