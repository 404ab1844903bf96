package nl.iwmohub.core;

import java.util.ArrayList;
import java.util.List;
import nl.iwmohub.ingest.ReadResult;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.RuleContext;

/**
 * Checks one message on controleniveau 1 and 2 only (XSD and the rules inside the message), without the
 * store: for the {@code check} command, for outgoing messages, and for message types the hub does not
 * process. XSD errors come back as findings of rule "XSD".
 */
public final class MessageCheck {
    private final Hub hub;

    public MessageCheck(Hub hub) {
        this.hub = hub;
    }

    public Result check(String fileName, byte[] raw) {
        ReadResult read = hub.reader().read(fileName, raw);
        if (read instanceof ReadResult.Quarantine q) {
            return new Result(null, q.reason(), List.of());
        }
        if (read instanceof ReadResult.XsdInvalid x) {
            List<Finding> findings = new ArrayList<>();
            x.errors().forEach(e -> findings.add(new Finding("XSD", null, Controleniveau.XSD, null, e.element(),
                    Privacy.maskBsns("line " + e.line() + ", column " + e.column() + ": " + e.message()))));
            return new Result(x.type().name(), "not valid under the XSD", findings);
        }
        var bericht = ((ReadResult.Readable) read).bericht();
        RuleContext context = new RuleContext(bericht, hub.today(), (type, verzender, id) -> false);
        List<Finding> findings = hub.rules().check(context, Controleniveau.XSLT);
        return new Result(bericht.type().name(), findings.isEmpty() ? "no remarks" : "rejected on the rules inside the message",
                findings);
    }

    /** The message type (null when it is not an iWmo message), a summary and the findings. */
    public record Result(String berichtType, String summary, List<Finding> findings) {}
}
