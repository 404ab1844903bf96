package nl.iwmohub.retour;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.ingest.BerichtReader;
import nl.iwmohub.ingest.ReadResult;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.RuleContext;
import nl.iwmohub.rules.RuleSet;

/**
 * The hub never sends a message that breaks the standard: every message it builds is read back like an
 * incoming one, validated against the project's XSD and checked by the same rules inside the message, before
 * it is stored or written. A violation is an internal error: the transaction rolls back, the input is kept
 * (in the rejected folder with the error), nothing is sent.
 */
public final class OutgoingCheck {
    private final BerichtReader reader;
    private final RuleSet rules;
    private final Clock clock;

    public OutgoingCheck(BerichtReader reader, RuleSet rules, Clock clock) {
        this.reader = reader;
        this.rules = rules;
        this.clock = clock;
    }

    public void check(BerichtType type, byte[] xml) {
        ReadResult read = reader.read("outgoing " + type, xml);
        if (read instanceof ReadResult.XsdInvalid x) {
            throw new IllegalStateException("internal error: the outgoing " + type + " is not valid under the XSD: "
                    + x.errors());
        }
        if (!(read instanceof ReadResult.Readable r) || r.bericht().type() != type) {
            throw new IllegalStateException("internal error: the outgoing " + type + " cannot be read back: " + read);
        }
        RuleContext context = new RuleContext(r.bericht(), LocalDate.now(clock), (t, v, i) -> false);
        List<Finding> findings = rules.check(context, Controleniveau.XSLT);
        if (!findings.isEmpty()) {
            throw new IllegalStateException("internal error: the outgoing " + type + " breaks " + findings.stream()
                    .map(f -> f.rule() + " at " + f.element()).toList());
        }
    }
}
