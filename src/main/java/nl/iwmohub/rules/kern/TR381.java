package nl.iwmohub.rules.kern;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.catalogus.Catalogus;
import nl.iwmohub.catalogus.TariefRegel;
import nl.iwmohub.domain.Levering;
import nl.iwmohub.domain.Prestatie;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.kern.declaratie.PrestatieContext;
import nl.iwmohub.rules.kern.levering.LeveringContext;
import nl.iwmohub.rules.kern.toewijzing.ToegewezenProductContext;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR381 (S329): ProductCode vullen met een code die, volgens de gehanteerde productcodelijst, past bij de
 * ProductCategorie.
 *
 * <p>Readings. A Wmo gemeente keeps its own product code list: for the hub that is the gemeente's contract catalogue.
 * A code that the catalogue has under another category, or not at all, is a fault; whether the code is contracted on
 * the date of the delivery is TR418's (a row of any period counts here). A gemeente without any catalogue row is not
 * checked, and the report says so. No ProductCode (an aspecific toewijzing or start) leaves nothing to check.
 * Applied to WMO301 (a fault refuses it back to the back office), WMO305 and WMO307 (new aanleveringen; a removal,
 * StatusAanlevering 3, is corrective and not checked further, as TR063's note says) and to every WMO323 Prestatie;
 * the standard names WMO315 and WMO317 too, which the hub does not check for it yet.
 */
public final class TR381 {
    private static final String CODE = "TR381";
    private static final String RETOURCODE = "S329";

    private TR381() {}

    /** The remark for a gemeente whose code list the hub does not have. */
    public static String nietGetoetst(String gemeente) {
        return "no contract catalogue configured for gemeente " + gemeente + "; product codes not checked against "
                + "its product code list (TR381)";
    }

    /** Checks one product; element is the path of its code. */
    static void check(AbstractRule<?> rule, String klasse, String element, String gemeente, String categorie, String code,
                      Catalogus catalogus, String toewijzing, List<Finding> findings) {
        if (code == null || !catalogus.covers(gemeente)) return;
        var regel = catalogus.productcode(gemeente, code);
        if (regel.isPresent() && regel.get().productcategorie().equals(categorie)) return;
        String en;
        String nl;
        if (regel.isEmpty()) {
            en = "product code " + code + " is not on the product code list of gemeente " + gemeente;
            nl = "productcode " + code + " staat niet op de productcodelijst van gemeente " + gemeente;
        } else {
            String onder = regel.get().productcategorie();
            en = "product code " + code + " belongs to category " + onder + ", not " + categorie
                    + ", by the product code list of gemeente " + gemeente;
            nl = "productcode " + code + " hoort bij categorie " + onder + ", niet bij " + categorie
                    + ", volgens de productcodelijst van gemeente " + gemeente;
        }
        findings.add(rule.finding(klasse, element, en, nl, toewijzing, regel.map(TariefRegel::describe).orElse(null)));
    }

    /** On each ToegewezenProduct of a WMO301. */
    public static final class ToegewezenProductLevel extends AbstractRule<ToegewezenProductContext> {
        public ToegewezenProductLevel() {
            super(CODE, RETOURCODE, Controleniveau.EXTERNE_BRON, WMO301);
        }

        @Override
        public void check(ToegewezenProductContext t, List<Finding> findings) {
            var p = t.product();
            TR381.check(this, t.klasse(), t.klasse() + "/Product/Code", p.gemeente(), p.productcategorie(),
                    p.productcode(), t.catalogus(), t.actueel(), findings);
        }
    }

    /** On each new StartProduct of a WMO305 and StopProduct of a WMO307 (a removal is not checked further). */
    public static final class LeveringLevel extends AbstractRule<LeveringContext> {
        public LeveringLevel() {
            super(CODE, RETOURCODE, Controleniveau.EXTERNE_BRON, WMO305, WMO307);
        }

        @Override
        public void check(LeveringContext t, List<Finding> findings) {
            if (t.verwijderen()) return;
            Levering l = t.levering();
            TR381.check(this, l.berichtklasse(), l.berichtklasse() + "/Product/Code", l.gemeente(), l.productcategorie(),
                    l.productcode(), t.catalogus(), t.toewijzingTekst(), findings);
        }
    }

    /** On each Prestatie of a WMO323: its ProductCategorie and ProductCode. */
    public static final class PrestatieLevel extends AbstractRule<PrestatieContext> {
        public PrestatieLevel() {
            super(CODE, RETOURCODE, Controleniveau.EXTERNE_BRON, WMO323);
        }

        @Override
        public void check(PrestatieContext t, List<Finding> findings) {
            String gemeente = t.declaratie().gemeente();
            if (!t.catalogusVoorGemeente()) t.notitie(nietGetoetst(gemeente));
            Prestatie p = t.prestatie();
            TR381.check(this, t.klasse(), t.element("ProductCode"), gemeente, p.productcategorie(), p.productcode(),
                    t.catalogus(), t.toewijzingTekst(), findings);
        }
    }
}
