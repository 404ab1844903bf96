package nl.iwmohub.retour;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.bericht.Privacy;
import nl.iwmohub.read.BerichtReader;
import nl.iwmohub.read.ReadResult;
import nl.iwmohub.rules.Registry;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * Controleniveau 1 and 2 on any message, without the store: the secure read with the XSD, then the rules inside
 * the message. The {@code check} command uses it on files, and the hub on every message it sends: a message the
 * hub builds is read back like an incoming one before it is stored or written, and a violation is an internal
 * error (the transaction rolls back, the input is kept in the rejected folder with the error, nothing is sent).
 */
public final class MessageCheck {
    private final BerichtReader reader;
    private final Registry rules;
    private final Clock clock;

    public MessageCheck(BerichtReader reader, Registry rules, Clock clock) {
        this.reader = reader;
        this.rules = rules;
        this.clock = clock;
    }

    /** The message type (null when it is not an iWmo message), a summary and the findings. */
    public record Result(String berichtType, String summary, List<Finding> findings) {}

    public Result check(String fileName, byte[] raw) {
        ReadResult read = reader.read(fileName, raw);
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
        List<Finding> findings = rules.inhoud().judge(bericht.type(),
                RuleContext.withoutHistory(bericht, LocalDate.now(clock)));
        return new Result(bericht.type().name(), findings.isEmpty() ? "no remarks" : "rejected on the rules inside the message",
                findings);
    }

    /** The hub never sends a message that breaks the standard: throws when {@code xml} fails level 1 or 2. */
    public void checkOutgoing(BerichtType type, byte[] xml) {
        ReadResult read = reader.read("outgoing " + type, xml);
        if (read instanceof ReadResult.XsdInvalid x) {
            throw new IllegalStateException("internal error: the outgoing " + type + " is not valid under the XSD: "
                    + x.errors());
        }
        if (!(read instanceof ReadResult.Readable r) || r.bericht().type() != type) {
            throw new IllegalStateException("internal error: the outgoing " + type + " cannot be read back: " + read);
        }
        List<Finding> findings = rules.inhoud().judge(type, RuleContext.withoutHistory(r.bericht(), LocalDate.now(clock)));
        if (!findings.isEmpty()) {
            throw new IllegalStateException("internal error: the outgoing " + type + " breaks " + findings.stream()
                    .map(f -> f.rule() + " at " + f.element()).toList());
        }
    }
}
