package nl.iwmohub.rules.kern.declaratie;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.iwmohub.catalogus.Catalogus;
import nl.iwmohub.domain.Declaratie;
import nl.iwmohub.domain.Prestatie;
import nl.iwmohub.rules.Finding;
import nl.iwmohub.rules.kern.KernRegel;
import nl.iwmohub.rules.kern.TR381;

/**
 * Judges a WMO323 against the hub's state and the contract catalogue, in this order: the class Declaratie
 * (a fault rejects it whole), each Client (a fault leaves its prestaties unjudged, 0233), then each Prestatie
 * on its own: a rejected prestatie does not reject its neighbours (IV087). The credits of a message are
 * judged before its debets, so that a debet may follow the credit of its predecessor in the same message
 * (IV086, TR389); findings are reported in document order all the same.
 */
public final class DeclaratieKern {
    static final String KLASSE = "/Bericht/Declaratie";

    private final TR333 tr333 = new TR333();
    private final TR318 tr318 = new TR318();
    private final TR304 tr304 = new TR304();
    private final TR381 tr381 = new TR381();
    /** TR381 is shared by four message types; here it judges the Prestatie's ProductCategorie and ProductCode. */
    private final PrestatieRegel tr381OpPrestatie = new PrestatieRegel(tr381.code(), tr381.retourCode(), tr381.niveau()) {
        @Override
        void toets(PrestatieToets t, List<Finding> findings) {
            if (!t.catalogusVoorGemeente()) t.toestand.notitie(TR381.nietGetoetst(t.declaratie.gemeente()));
            tr381.toets(t.klasse(), t.element("ProductCode"), t.declaratie.gemeente(), t.prestatie.productcategorie(),
                    t.prestatie.productcode(), t.catalogus(), t.toewijzingTekst(), findings);
        }
    };
    private final List<PrestatieRegel> prestatieRegels = List.of(new TR314(), new TR338(), tr304, new TR384(),
            new TR339(), new TR340(), tr381OpPrestatie, new TR341(), new TR307(), new TR308(), new TR387(), new TR388(),
            new TR323(), new TR390(), new TR389(), new TR418(), new TR346(), new TR321(), new TR322(), new TR369());

    /** What the judgement comes to: findings, the rejected prestaties (paths) and the granted total. */
    public record Uitslag(List<Finding> findings, Set<String> afgewezen, boolean geheelAfgewezen, long toegekend,
                          List<String> notities) {
    }

    /** The rules in the order they are applied (the README and the rule table list them so). */
    public List<KernRegel> regels() {
        List<KernRegel> result = new ArrayList<>(List.of(tr333, tr318));
        result.addAll(prestatieRegels);
        return result;
    }

    public Uitslag toets(Declaratie d, DeclaratieToestand toestand, Catalogus catalogus) {
        List<Finding> findings = new ArrayList<>();
        tr333.toets(d, toestand, findings);
        tr318.toets(d, toestand, findings);
        if (!findings.isEmpty()) {
            Set<String> alle = new HashSet<>();
            d.prestaties().forEach(p -> alle.add(p.berichtklasse()));
            return new Uitslag(findings, alle, true, 0, toestand.notities());
        }

        Map<String, Prestatie> eersteVanClient = new LinkedHashMap<>();
        for (Prestatie p : d.prestaties()) eersteVanClient.putIfAbsent(client(p), p);
        Set<String> fouteClienten = new HashSet<>();
        for (Map.Entry<String, Prestatie> e : eersteVanClient.entrySet()) {
            int before = findings.size();
            tr304.toetsClient(d, e.getValue(), toestand, findings);
            if (findings.size() > before) fouteClienten.add(e.getKey());
        }

        List<Prestatie> prestaties = d.prestaties();
        @SuppressWarnings("unchecked")
        List<Finding>[] perPrestatie = new List[prestaties.size()];
        Set<String> afgewezen = new HashSet<>();
        long toegekend = 0;
        for (boolean credits : new boolean[] {true, false}) {
            for (int i = 0; i < prestaties.size(); i++) {
                Prestatie p = prestaties.get(i);
                if ("C".equals(p.debetCredit()) != credits) continue;
                if (fouteClienten.contains(client(p))) {
                    afgewezen.add(p.berichtklasse());
                    continue;
                }
                List<Finding> own = toets(new PrestatieToets(d, p, toestand, catalogus));
                if (own.isEmpty()) {
                    toestand.toegekend(p);
                    toegekend += p.signedBedrag();
                } else {
                    perPrestatie[i] = own;
                    afgewezen.add(p.berichtklasse());
                }
            }
        }
        for (List<Finding> own : perPrestatie) if (own != null) findings.addAll(own);
        return new Uitslag(findings, afgewezen, false, toegekend, toestand.notities());
    }

    private List<Finding> toets(PrestatieToets t) {
        List<Finding> own = new ArrayList<>(0);
        boolean heeftToewijzing = TR338.past(t);
        boolean toewijzingVanClient = heeftToewijzing && TR304.past(t);
        for (PrestatieRegel regel : prestatieRegels) {
            if (regel.vraagtToewijzing() && !(regel == tr304 ? heeftToewijzing : toewijzingVanClient)) continue;
            regel.toets(t, own);
        }
        return own;
    }

    private static String client(Prestatie p) {
        return p.berichtklasse().substring(0, p.berichtklasse().indexOf("/Prestaties"));
    }
}
