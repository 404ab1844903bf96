package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.iwmohub.bericht.Paths;
import nl.iwmohub.model.basisschema.LDTDebetCredit;
import nl.iwmohub.rules.BaseRule;
import nl.iwmohub.rules.Controleniveau;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.RuleContext;

/**
 * TR416 (0001), WMO323: een Prestatie met DebetCredit D in IngediendBedrag mag alleen ingezonden worden voor
 * dezelfde ProductPeriode, ProductCategorie en ProductCode met gelijk ToewijzingNummer als er niet al een Prestatie
 * met waarde Debet is (in this message; earlier messages are TR389).
 * <p>Reading: the key is exactly (ProductPeriode Begindatum and Einddatum, ProductCategorie, ProductCode,
 * ToewijzingNummer), across all clients of the message; overlapping but unequal periods do not count. Credit
 * prestaties are ignored (a credit line plus one new debet line for the same key is allowed). The first debet
 * of a key (document order) is fine; each later one is a finding on its IngediendBedrag/DebetCredit.
 */
public final class TR416 extends BaseRule {
    public TR416() {
        super("TR416", "0001", Controleniveau.XSLT, WMO323);
    }

    private record Key(LocalDate begin, LocalDate end, String categorie, String code, int toewijzing) {}

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        var clients = ((nl.iwmohub.model.wmo323.Root) context.bericht().root()).getDeclaratie().getClienten()
                .getClient();
        Map<Key, String> firstDebet = new HashMap<>();
        for (int c = 0; c < clients.size(); c++) {
            String cp = Paths.member("/Bericht/Declaratie/Clienten/Client", c);
            var ps = clients.get(c).getPrestaties().getPrestatie();
            for (int p = 0; p < ps.size(); p++) {
                var prestatie = ps.get(p);
                if (prestatie.getIngediendBedrag().getDebetCredit() != LDTDebetCredit.D) continue;
                Key key = new Key(prestatie.getProductPeriode().getBegindatum(),
                        prestatie.getProductPeriode().getEinddatum(), prestatie.getProductCategorie(),
                        prestatie.getProductCode(), prestatie.getToewijzingNummer());
                String klasse = Paths.member(cp + "/Prestaties/Prestatie", p);
                String earlier = firstDebet.putIfAbsent(key, klasse);
                if (earlier != null) {
                    findings.add(finding(klasse, klasse + "/IngediendBedrag/DebetCredit", "a debet prestatie for "
                            + "ProductPeriode " + key.begin() + " to " + key.end() + ", ProductCategorie "
                            + key.categorie() + ", ProductCode " + key.code() + " and ToewijzingNummer "
                            + key.toewijzing() + " is already in this message (" + earlier + ")"));
                }
            }
        }
    }
}
