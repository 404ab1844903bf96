package nl.iwmohub.processing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.domain.Verzoek;
import nl.iwmohub.model.wmo319.Wmo319;
import nl.iwmohub.read.ReceivedBericht;
import nl.iwmohub.rules.Registry;
import nl.iwmohub.rules.contract.Judgement;
import nl.iwmohub.rules.kern.verzoek.AntwoordContext;
import nl.iwmohub.store.Verzoeken;
import nl.iwmohub.verdict.Finding;

/**
 * WMO319 antwoordbericht from the gemeente's back office (like a WMO301): the verzoek with its ReferentieAanbieder
 * is read and the Antwoord judged. Passed: the verzoek goes to IN_ONDERZOEK (VerzoekAntwoord 2, still open) or
 * AFGEWEZEN (1, closed, TR374) and the message goes to the aanbieder as received. Rejected: nothing changes and the
 * gemeente gets an error notice, as for a refused WMO301.
 */
public final class VerzoekAntwoordHandler implements Handler {
    static final String ANTWOORD = "/Bericht/Antwoord";
    private final Registry registry;
    private final Verzoeken verzoeken = new Verzoeken();

    public VerzoekAntwoordHandler(Registry registry) {
        this.registry = registry;
    }

    @Override
    public Result handle(Connection c, ReceivedBericht b, long berichtId, LocalDate today, Judgement judgement)
            throws SQLException {
        var h = b.header();
        var a = b.root(Wmo319.class).getAntwoord();
        Verzoek verzoek = verzoeken.byReferentie(c, h.aanbieder(), List.of(a.getReferentieAanbieder()))
                .get(a.getReferentieAanbieder());
        AntwoordContext context = new AntwoordContext(ANTWOORD, h.gemeente(), a.getReferentieAanbieder(),
                a.getVerzoekAntwoord(), verzoek);
        List<Finding> findings = judgement.judge(registry.antwoord(), context, ANTWOORD);
        if (!findings.isEmpty()) return new Result(findings, 0, List.of(), null);
        boolean afgewezen = AntwoordContext.AFGEWEZEN.equals(a.getVerzoekAntwoord());
        Verzoek.Status status = afgewezen ? Verzoek.Status.AFGEWEZEN : Verzoek.Status.IN_ONDERZOEK;
        verzoeken.setStatus(c, List.of(verzoek.id()), status, berichtId);
        return new Result(List.of(), 0, List.of(PassOn.delivery(b, berichtId)), "verzoek " + a.getReferentieAanbieder()
                + " " + (afgewezen ? "afgewezen" : "in onderzoek") + "; delivered to aanbieder " + h.aanbieder());
    }
}
