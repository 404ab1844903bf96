package nl.iwmohub.processing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.iwmohub.model.wmo320.Wmo320;
import nl.iwmohub.read.ReceivedBericht;
import nl.iwmohub.rules.contract.Judgement;
import nl.iwmohub.store.BerichtStore;

/**
 * WMO320 from an aanbieder, as WMO302 is to WMO301 (RetourToewijzingHandler): its Header repeats the WMO319's, so
 * the antwoordbericht it answers is the WMO319 with the same Afzender (gemeente) and Identificatie. The link is
 * stored; the hub does not answer a WMO320.
 */
public final class RetourVerzoekAntwoordHandler implements Handler {
    private final BerichtStore berichten;

    public RetourVerzoekAntwoordHandler(BerichtStore berichten) {
        this.berichten = berichten;
    }

    @Override
    public Result handle(Connection c, ReceivedBericht b, long berichtId, LocalDate today, Judgement judgement)
            throws SQLException {
        var h = b.header();
        var antwoord = berichten.findReceived(c, "WMO319", h.afzender(), h.identificatie());
        if (antwoord.isEmpty()) {
            return new Result(List.of(), 0, List.of(), "answers a WMO319 with Identificatie " + h.identificatie()
                    + " from gemeente " + h.afzender() + " that this hub does not know");
        }
        berichten.linkAnswer(c, berichtId, antwoord.get());
        var root = b.root(Wmo320.class);
        List<String> codes = new ArrayList<>();
        if (root.getHeader().getRetourCodes() != null) codes.addAll(root.getHeader().getRetourCodes().getRetourCode());
        if (root.getAntwoord() != null && root.getAntwoord().getRetourCodes() != null) {
            codes.addAll(root.getAntwoord().getRetourCodes().getRetourCode());
        }
        return new Result(List.of(), 0, List.of(), "answers antwoordbericht #" + antwoord.get() + " ("
                + (codes.isEmpty() ? "no remarks" : "retourcodes " + String.join(",", codes)) + ")");
    }
}
