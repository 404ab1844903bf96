package nl.iwmohub.rules.header;

import static nl.iwmohub.bericht.BerichtType.*;

import java.util.List;
import nl.iwmohub.bericht.BerichtHeader;
import nl.iwmohub.rules.contract.AbstractRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Controleniveau;
import nl.iwmohub.verdict.Finding;

/**
 * TR056 (9056): Identificatie moet per berichtsoort uniek zijn voor de verzendende partij.
 * Reading: an Identificatie counts as used once a message with it was processed (wholly or partly accepted).
 * A message rejected as a whole (XSD, XSLT level, a Header or Declaratie fault) counts as not sent
 * (IV087, IV088), so its Identificatie may be sent again. The store enforces the same with a primary key.
 */
public final class TR056 extends AbstractRule<RuleContext> {
    public TR056() {
        super("TR056", "9056", Controleniveau.BERICHTOVERSTIJGEND, WMO301, WMO305, WMO307, WMO315, WMO317, WMO319,
                WMO323, WMO325);
    }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        BerichtHeader header = context.bericht().header();
        if (context.identificatieGebruikt()) {
            findings.add(finding("/Bericht/Header", "/Bericht/Header/BerichtIdentificatie/Identificatie",
                    "Identificatie '" + header.identificatie() + "' was already used by sender " + header.verzender()
                            + " for a " + header.type() + " message"));
        }
    }
}
