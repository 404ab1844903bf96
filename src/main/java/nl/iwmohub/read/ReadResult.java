package nl.iwmohub.read;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.read.HeaderFields;
import nl.iwmohub.read.ReceivedBericht;

/** What reading a file gave: a message to process, an XSD-invalid iWmo message, or a file to quarantine. */
public sealed interface ReadResult {

    /** Not well-formed, not XML, not an iWmo 3.2 message, too large: moved to the rejected folder with a report. */
    record Quarantine(String reason, List<String> details) implements ReadResult {}

    /** An identifiable iWmo message that fails the XSD (controleniveau 1): no retour, an error notice instead. */
    record XsdInvalid(BerichtType type, HeaderFields header, List<XsdError> errors, boolean truncated)
            implements ReadResult {}

    /** A message that is valid under the XSD, with its generated model. */
    record Readable(ReceivedBericht bericht) implements ReadResult {}
}
