package nl.iwmohub.processing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.model.wmo302.Wmo302;
import nl.iwmohub.model.wmo320.Wmo320;
import nl.iwmohub.read.ReceivedBericht;
import nl.iwmohub.rules.contract.Judgement;
import nl.iwmohub.store.BerichtStore;

/**
 * A retour from an aanbieder to a message the hub delivered for the gemeente: WMO302 to WMO301, WMO320 to WMO319.
 * Its Header repeats the heen message's, so the message it answers is the received one of the heen type with the
 * same Afzender (gemeente) and Identificatie. The link is stored; the hub does not answer a retour.
 */
public final class RetourHandler implements Handler {
    private final BerichtStore berichten;
    private final BerichtType heen;
    private final Function<ReceivedBericht, List<String>> retourCodes;

    /** WMO302: its RetourCodes are the Header's. */
    public static RetourHandler wmo302(BerichtStore berichten) {
        return new RetourHandler(berichten, BerichtType.WMO302, b -> {
            var codes = b.root(Wmo302.class).getHeader().getRetourCodes();
            return codes == null ? List.of() : codes.getRetourCode();
        });
    }

    /** WMO320: the Header's RetourCodes and the Antwoord's. */
    public static RetourHandler wmo320(BerichtStore berichten) {
        return new RetourHandler(berichten, BerichtType.WMO320, b -> {
            var root = b.root(Wmo320.class);
            List<String> codes = new ArrayList<>();
            if (root.getHeader().getRetourCodes() != null) codes.addAll(root.getHeader().getRetourCodes().getRetourCode());
            if (root.getAntwoord() != null && root.getAntwoord().getRetourCodes() != null) {
                codes.addAll(root.getAntwoord().getRetourCodes().getRetourCode());
            }
            return codes;
        });
    }

    /** {@code retourCodes}: every RetourCode the retour carries, from its Header and its classes. */
    private RetourHandler(BerichtStore berichten, BerichtType retour, Function<ReceivedBericht, List<String>> retourCodes) {
        this.berichten = berichten;
        this.heen = retour.heenType().orElseThrow(() -> new IllegalArgumentException(retour + " is no retour"));
        this.retourCodes = retourCodes;
    }

    @Override
    public Result handle(Connection c, ReceivedBericht b, long berichtId, LocalDate today, Judgement judgement)
            throws SQLException {
        var h = b.header();
        var answered = berichten.findReceived(c, heen.name(), h.afzender(), h.identificatie());
        if (answered.isEmpty()) {
            return new Result(List.of(), 0, List.of(), "answers a " + heen + " with Identificatie " + h.identificatie()
                    + " from gemeente " + h.afzender() + " that this hub does not know");
        }
        berichten.linkAnswer(c, berichtId, answered.get());
        List<String> codes = retourCodes.apply(b);
        return new Result(List.of(), 0, List.of(), "answers " + heen + " message #" + answered.get() + " ("
                + (codes.isEmpty() ? "no remarks" : "retourcodes " + String.join(",", codes)) + ")");
    }
}
