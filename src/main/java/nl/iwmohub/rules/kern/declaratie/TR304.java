package nl.iwmohub.rules.kern.declaratie;

import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.bericht.Bsn;
import nl.iwmohub.domain.Declaratie;
import nl.iwmohub.domain.Prestatie;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR304 (8187): the Bsn must be the Bsn of a client. Reading, at two levels: a Client whose Bsn has no
 * toewijzing at all of this gemeente for this aanbieder is not a client of the aanbieder: the fault is in the
 * class Client (its prestaties are then not judged, 0233). A prestatie whose toewijzing belongs to another
 * client does not belong to this client: the fault is in that Prestatie.
 */
public final class TR304 extends AbstractRule<PrestatieContext> {
    public TR304() {
        super("TR304", "8187", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.TOEWIJZING);
    }

    @Override
    public void check(PrestatieContext t, List<Finding> findings) {
        if (t.has(Need.TOEWIJZING_VAN_CLIENT)) return;
        findings.add(t.afwijking(this, "ToewijzingNummer",
                "toewijzing " + t.prestatie.toewijzingNummer() + " is for another client than "
                        + Bsn.mask(t.prestatie.bsn()),
                "toewijzing " + t.prestatie.toewijzingNummer() + " hoort bij een andere client dan "
                        + Bsn.mask(t.prestatie.bsn())));
    }

    /** The class Client: one finding per Client that is no client of the aanbieder; its prestaties are not judged. */
    public static final class ClientLevel extends AbstractRule<ClientContext> {
        public ClientLevel() {
            super("TR304", "8187", Controleniveau.BERICHTOVERSTIJGEND, BerichtType.WMO323);
        }

        @Override
        public void check(ClientContext c, List<Finding> findings) {
            if (c.state().bekendeClienten.contains(c.bsn())) return;
            Declaratie d = c.declaratie();
            findings.add(finding(c.klasse(), c.klasse() + "/Bsn",
                    "client " + Bsn.mask(c.bsn()) + " has no toewijzing of gemeente " + d.gemeente()
                            + " for aanbieder " + d.aanbieder(),
                    "client " + Bsn.mask(c.bsn()) + " heeft geen toewijzing van gemeente " + d.gemeente()
                            + " voor aanbieder " + d.aanbieder(), null, null));
        }
    }
}
