package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import nl.iwmohub.bericht.Bsn;
import nl.iwmohub.domain.Declaratie;
import nl.iwmohub.domain.Prestatie;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;

/**
 * TR304 (8187): the Bsn must be the Bsn of a client. Reading, at two levels: a Client whose Bsn has no
 * toewijzing at all of this gemeente for this aanbieder is not a client of the aanbieder: the fault is in the
 * class Client (its prestaties are then not judged, 0233). A prestatie whose toewijzing belongs to another
 * client does not belong to this client: the fault is in that Prestatie.
 */
public final class TR304 extends PrestatieRegel {
    public TR304() {
        super("TR304", "8187", Controleniveau.BERICHTOVERSTIJGEND);
    }

    /** The client level: one finding per Client that is no client of the aanbieder. */
    public void toetsClient(Declaratie d, Prestatie eerste, DeclaratieToestand toestand, List<Finding> findings) {
        if (toestand.bekendeClienten.contains(eerste.bsn())) return;
        String klasse = eerste.berichtklasse().substring(0, eerste.berichtklasse().indexOf("/Prestaties"));
        findings.add(afwijking(klasse, klasse + "/Bsn",
                "client " + Bsn.mask(eerste.bsn()) + " has no toewijzing of gemeente " + d.gemeente()
                        + " for aanbieder " + d.aanbieder(),
                "client " + Bsn.mask(eerste.bsn()) + " heeft geen toewijzing van gemeente " + d.gemeente()
                        + " voor aanbieder " + d.aanbieder(), null, null));
    }

    static boolean past(PrestatieToets t) {
        return t.toewijzing.product().bsn().equals(t.prestatie.bsn());
    }

    @Override
    boolean vraagtToewijzing() {
        return true;
    }

    @Override
    void toets(PrestatieToets t, List<Finding> findings) {
        if (past(t)) return;
        findings.add(afwijking(t, "ToewijzingNummer",
                "toewijzing " + t.prestatie.toewijzingNummer() + " is for another client than "
                        + Bsn.mask(t.prestatie.bsn()),
                "toewijzing " + t.prestatie.toewijzingNummer() + " hoort bij een andere client dan "
                        + Bsn.mask(t.prestatie.bsn())));
    }
}
