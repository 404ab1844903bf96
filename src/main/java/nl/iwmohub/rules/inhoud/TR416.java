package nl.iwmohub.rules.inhoud;

import static nl.iwmohub.bericht.BerichtType.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.iwmohub.model.basisschema.LDTDebetCredit;
import nl.iwmohub.model.wmo323.Wmo323;
import nl.iwmohub.rules.contract.InhoudRule;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.verdict.Finding;

/**
 * TR416 (0001), WMO323: een Prestatie met DebetCredit D in IngediendBedrag mag alleen ingezonden worden voor
 * dezelfde ProductPeriode, ProductCategorie en ProductCode met gelijk ToewijzingNummer als er niet al een Prestatie
 * met waarde Debet is (in this message; earlier messages are TR389).
 * <p>Reading: the key is exactly (ProductPeriode Begindatum and Einddatum, ProductCategorie, ProductCode,
 * ToewijzingNummer), compared only among the prestaties of one Client, as the published validation does; the same
 * key under another client of the message is not a repeat (an earlier reading compared across all clients and
 * rejected the whole declaratie for it). Overlapping but unequal periods do not count. Credit prestaties are
 * ignored (a credit line plus one new debet line for the same key is allowed). The first debet of a key within a
 * client (document order) is fine; each later one is a finding on its IngediendBedrag/DebetCredit.
 */
public final class TR416 extends InhoudRule {
    public TR416() {
        super("TR416", WMO323);
    }

    private record Key(LocalDate begin, LocalDate end, String categorie, String code, int toewijzing) {}

    @Override
    public void check(RuleContext context, List<Finding> findings) {
        Map<String, Map<Key, String>> firstDebetPerClient = new HashMap<>();
        for (var line : DeclaratiePrestaties.of(context.bericht().root(Wmo323.class))) {
            var prestatie = line.prestatie();
            if (prestatie.getIngediendBedrag().getDebetCredit() != LDTDebetCredit.D) continue;
            Key key = new Key(prestatie.getProductPeriode().getBegindatum(), prestatie.getProductPeriode().getEinddatum(),
                    prestatie.getProductCategorie(), prestatie.getProductCode(), prestatie.getToewijzingNummer());
            String client = line.path().substring(0, line.path().indexOf("/Prestaties/"));
            String earlier = firstDebetPerClient.computeIfAbsent(client, c -> new HashMap<>())
                    .putIfAbsent(key, line.path());
            if (earlier != null) {
                findings.add(finding(line.path(), line.path() + "/IngediendBedrag/DebetCredit", "a debet prestatie for "
                        + "ProductPeriode " + key.begin() + " to " + key.end() + ", ProductCategorie "
                        + key.categorie() + ", ProductCode " + key.code() + " and ToewijzingNummer "
                        + key.toewijzing() + " is already in this client's prestaties (" + earlier + ")"));
            }
        }
    }
}
