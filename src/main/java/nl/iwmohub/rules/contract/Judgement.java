package nl.iwmohub.rules.contract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.Phase;
import nl.iwmohub.verdict.Finding;

/**
 * The judgement of one message, phase by phase, as the phases' {@link Phase.OnFinding} say: after a finding in a
 * STOP_MESSAGE phase nothing more is judged; below a subject with a finding in a NOT_JUDGE_CHILDREN phase nothing
 * is judged. Subjects are named by the path of their berichtklasse, so a child is known by its parent's path.
 */
public final class Judgement {
    private final BerichtType type;
    private final Set<String> notJudgedBelow = new HashSet<>();
    private boolean stopped;

    public Judgement(BerichtType type) {
        this.type = type;
    }

    /**
     * Judges one subject at the berichtklasse {@code klasse}: its findings (empty: it passed), or null when it is
     * not judged (the message was stopped, or a class above it was at fault).
     */
    public <S> List<Finding> judge(Phase<S> phase, S subject, String klasse) {
        if (stopped || belowNotJudged(klasse)) return null;
        List<Finding> findings = phase.judge(type, subject);
        if (!findings.isEmpty()) {
            switch (phase.onFinding()) {
                case STOP_MESSAGE -> stopped = true;
                case NOT_JUDGE_CHILDREN -> notJudgedBelow.add(klasse);
                case GO_ON -> { }
            }
        }
        return findings;
    }

    /** True once a STOP_MESSAGE phase found a fault: the message is rejected as a whole. */
    public boolean stopped() {
        return stopped;
    }

    private boolean belowNotJudged(String klasse) {
        if (notJudgedBelow.isEmpty()) return false;
        for (int i = klasse.indexOf('/', 1); i > 0; i = klasse.indexOf('/', i + 1)) {
            if (notJudgedBelow.contains(klasse.substring(0, i))) return true;
        }
        return false;
    }
}
