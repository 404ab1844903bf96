package nl.iwmohub.processing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import nl.iwmohub.model.wmo302.Wmo302;
import nl.iwmohub.processing.Handler;
import nl.iwmohub.read.ReceivedBericht;
import nl.iwmohub.rules.contract.Judgement;
import nl.iwmohub.store.BerichtStore;

/**
 * WMO302 from an aanbieder: its Header repeats the WMO301's, so the toewijzing it answers is the WMO301 with
 * the same Afzender (gemeente) and Identificatie. The link is stored; the hub does not answer a WMO302.
 */
public final class RetourToewijzingHandler implements Handler {
    private final BerichtStore berichten;

    public RetourToewijzingHandler(BerichtStore berichten) {
        this.berichten = berichten;
    }

    @Override
    public Result handle(Connection c, ReceivedBericht b, long berichtId, LocalDate today, Judgement judgement)
            throws SQLException {
        var h = b.header();
        var toewijzing = berichten.findReceived(c, "WMO301", h.afzender(), h.identificatie());
        if (toewijzing.isEmpty()) {
            return new Result(List.of(), 0, List.of(), "answers a WMO301 with Identificatie " + h.identificatie()
                    + " from gemeente " + h.afzender() + " that this hub does not know");
        }
        berichten.linkAnswer(c, berichtId, toewijzing.get());
        var codes = b.root(Wmo302.class).getHeader().getRetourCodes();
        String verdict = codes == null ? "no remarks" : "header retourcodes " + String.join(",", codes.getRetourCode());
        return new Result(List.of(), 0, List.of(), "answers toewijzing message #" + toewijzing.get() + " (" + verdict + ")");
    }
}
