package nl.iwmohub.route;

import java.io.IOException;
import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.ggk.GgkInbound;
import nl.iwmohub.ggk.Inbound;
import nl.iwmohub.outbox.Op192;
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

    private final GgkInbound ggk;

    public Intake(Hub hub, UnprocessedInputs unprocessed) {
        this(hub, unprocessed, null);
    }

    /** {@code ggk}: recognises StUF-GGk envelopes among the inputs (null: every input is a bare file). */
    public Intake(Hub hub, UnprocessedInputs unprocessed, GgkInbound ggk) {
        this.hub = hub;
        this.unprocessed = unprocessed;
        this.ggk = ggk;
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
        Inbound envelope = ggk == null ? null : ggk.recognise(file.raw());
        if (envelope instanceof Inbound.Unwrapped u) return unwrapped(file, u);
        if (envelope instanceof Inbound.Invalid i) {
            return new Received.Quarantine(file, new ReadResult.Quarantine(i.reason(), i.details()));
        }
        if (envelope != null) return new Received.Enveloped(file, envelope);
        ReadResult read = hub.reader().read(file.name(), file.raw(), file.sha256());
        if (read instanceof ReadResult.Readable r) {
            String op192 = r.bericht().type() == BerichtType.WMO301 ? Op192.refusal(file.raw()) : null;
            if (op192 != null) {
                // the back office's WMO301 is delivered as the aanbieder's message: it must be sendable (OP192)
                return new Received.Quarantine(file, new ReadResult.Quarantine("the WMO301 cannot be delivered: "
                        + op192, List.of()));
            }
            return new Received.Readable(file, r, hub.serves(r.bericht().header().gemeente()));
        }
        if (read instanceof ReadResult.XsdInvalid x) return new Received.XsdInvalid(file, x);
        return new Received.Quarantine(file, (ReadResult.Quarantine) read);
    }

    /**
     * The payload of a Di01 or Du01, read as a bare file would be (its envelope is stored first); a payload that
     * fails its XSD, is no iWmo message or is not the envelope's functie is refused with an Fo01 StUF055.
     */
    private Received unwrapped(ReceivedFile envelopeFile, Inbound.Unwrapped u) {
        ReceivedFile payload = ReceivedFile.of(envelopeFile.name(), u.payload());
        String conflict = ggk.recordReceived(u, payload.sha256(), envelopeFile.raw());
        if (conflict != null) return new Received.Quarantine(envelopeFile, new ReadResult.Quarantine(conflict, List.of()));
        var original = hub.database().inTransaction(c -> hub.berichten().findProcessed(c, payload.sha256()));
        if (original.isPresent()) return new Received.Duplicate(payload, original.get());
        ReadResult read = hub.reader().read(payload.name(), payload.raw(), payload.sha256());
        Inbound.Refused refused = ggk.checkPayload(u, read);
        if (refused != null) return new Received.Enveloped(envelopeFile, refused);
        ReadResult.Readable r = (ReadResult.Readable) read;
        return new Received.Readable(payload, r, hub.serves(r.bericht().header().gemeente()));
    }

    public ProcessingResult enveloped(Received.Enveloped e) {
        return ggk.handle(e.file(), e.inbound());
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
