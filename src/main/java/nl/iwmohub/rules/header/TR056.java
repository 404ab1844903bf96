package nl.iwmohub.rules.header;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.iwmohub.bericht.BerichtHeader;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.Rule;
import nl.iwmohub.rules.RuleContext;

/**
 * TR056 (9056): Identificatie moet per berichtsoort uniek zijn voor de verzendende partij.
 * Reading: an Identificatie counts as used once a message with it was processed (wholly or partly accepted).
 * A message rejected as a whole (XSD, XSLT level, a Header or Declaratie fault) counts as not sent
 * (IV087, IV088), so its Identificatie may be sent again. The store enforces the same with a primary key.
 */
public final class TR056 implements Rule {
    private static final Set<BerichtType> MESSAGES = EnumSet.of(BerichtType.WMO301, BerichtType.WMO305,
            BerichtType.WMO307, BerichtType.WMO315, BerichtType.WMO317, BerichtType.WMO319, BerichtType.WMO323,
            BerichtType.WMO325);

    @Override public String code() { return "TR056"; }

    @Override public String retourCode() { return "9056"; }

    @Override public Controleniveau niveau() { return Controleniveau.BERICHTOVERSTIJGEND; }

    @Override public boolean appliesTo(BerichtType type) { return MESSAGES.contains(type); }

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        BerichtHeader header = context.bericht().header();
        if (context.history().identificatieUsed(header.type().name(), header.verzender(), header.identificatie())) {
            findings.add(finding("/Bericht/Header", "/Bericht/Header/BerichtIdentificatie/Identificatie",
                    "Identificatie '" + header.identificatie() + "' was already used by sender " + header.verzender()
                            + " for a " + header.type() + " message"));
        }
    }
}
