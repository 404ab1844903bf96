package nl.iwmohub.rules;

import static nl.iwmohub.rules.contract.Phase.OnFinding.GO_ON;
import static nl.iwmohub.rules.contract.Phase.OnFinding.NOT_JUDGE_CHILDREN;
import static nl.iwmohub.rules.contract.Phase.OnFinding.STOP_MESSAGE;

import java.util.List;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.rules.contract.Phase;
import nl.iwmohub.rules.contract.RuleContext;
import nl.iwmohub.rules.header.TR056;
import nl.iwmohub.rules.header.TR135;
import nl.iwmohub.rules.inhoud.*;
import nl.iwmohub.rules.kern.TR381;
import nl.iwmohub.rules.kern.declaratie.*;
import nl.iwmohub.rules.kern.levering.*;
import nl.iwmohub.rules.kern.toewijzing.*;
import nl.iwmohub.rules.kern.verzoek.*;

/**
 * Every rule the hub applies, in the phases the standard orders them in, and per message type the phases a message
 * goes through. A phase says, as data, what a finding in it does to the rest ({@link Phase.OnFinding}); a rule
 * says what it needs of its subject ({@link Need}). The order within a phase is the order of the report and of the
 * retourcodes of one berichtklasse. `docs/rules.md` is generated from this class.
 *
 * <p>Every message: the rules inside the message (controleniveau 2; a fault rejects it whole with 0001), then the
 * Header rules (levels 3/4; a fault rejects it whole with the rule's code), then its own phases below the Header:
 * <ul>
 * <li>WMO301: each ToegewezenProduct (IV028: any fault rejects the whole message; the handler decides that);</li>
 * <li>WMO305 / WMO307: each StartProduct / StopProduct in message order (IV032: likewise);</li>
 * <li>WMO323: the class Declaratie (a fault rejects it whole, IV087), each Client (a fault leaves its prestaties
 * unjudged, 0233), each Prestatie on its own (credits before debets, IV086).</li>
 * <li>WMO315: each AangevraagdProduct, a verzoek of its own (any fault rejects the whole message);</li>
 * <li>WMO317: the Verzoek, then each OngewijzigdProduct and TeWijzigenProduct against the toewijzing it names
 * (likewise);</li>
 * <li>WMO319: the Antwoord against the verzoek it answers (a fault refuses it; the gemeente gets a notice).</li>
 * </ul>
 */
public final class Registry {
    private final Phase<RuleContext> inhoud = new Phase<>("Bericht", STOP_MESSAGE, List.of(
            // controleniveau 2: inside the message
            new CS002(),
            // across messages: dates, birth dates, duplicate lines; WMO305, WMO307
            new TR002(), new TR018(), new TR101(), new TR134(), new CS058(), new CS139(),
            // WMO301 (and the same codes in WMO315, WMO317)
            new TR006(), new TR061(), new TR302(), new CS003(), new CS050(), new CS089(), new CS318(), new CS335(),
            new CS336(), new CS338(), new CD005(), new CD007(), new CD009(), new CD025(), new CD034(), new CD041(),
            new CD075(), new CD076(), new CD077(), new CD078(), new CD079(), new CD080(),
            // WMO323, WMO325
            new CD060(), new CD087(), new CS100(), new CS325(), new CS337(), new CS339(), new CS340(), new TR137(),
            new TR315(), new TR316(), new TR319(), new TR335(), new TR342(), new TR358(), new TR416(),
            // WMO315, WMO317, WMO319
            new CD043(), new CD066(), new CD067(), new CD068(), new CD095(), new CS343(), new TR383(), new TR386(),
            new CD096(), new TR352(), new TR353(), new TR380(), new TR410(), new CD085(), new CD086()));

    private final Phase<RuleContext> header = new Phase<>("Header", STOP_MESSAGE, List.of(new TR056(), new TR135()));

    private final Phase<ToegewezenProductContext> toegewezenProduct = new Phase<>("ToegewezenProduct", GO_ON,
            List.of(new TR332(), new TR385(), new TR381.ToegewezenProductLevel(), new TR379()));

    private final Phase<LeveringContext> startProduct = new Phase<>("StartProduct", GO_ON,
            List.of(new TR063(), new TR071(), new TR019(), new TR074(), new TR326(), new TR381.LeveringLevel()));

    private final Phase<LeveringContext> stopProduct = new Phase<>("StopProduct", GO_ON,
            List.of(new TR063(), new TR382(), new TR074(), new TR413(), new TR414(), new TR415(),
                    new TR381.LeveringLevel()));

    private final Phase<VerzoekContext> aangevraagdProduct = new Phase<>("AangevraagdProduct", GO_ON,
            List.of(new TR347(), new TR374()));

    private final Phase<VerzoekContext> verzoek = new Phase<>("Verzoek", GO_ON,
            List.of(new TR347(), new TR374(), new TR349()));

    private final Phase<WijzigingProductContext> wijzigingProduct = new Phase<>("OngewijzigdProduct/TeWijzigenProduct",
            GO_ON, List.of(new TR350(), new TR351(), new TR357(), new TR373(), new TR411(), new TR412(), new TR375(),
                    new TR361()));

    private final Phase<AntwoordContext> antwoord = new Phase<>("Antwoord", GO_ON,
            List.of(new TR355(), new TR359(), new TR360(), new TR365()));

    private final Phase<DeclaratieContext> declaratie = new Phase<>("Declaratie", STOP_MESSAGE,
            List.of(new TR333(), new TR318()));

    private final Phase<ClientContext> client = new Phase<>("Client", NOT_JUDGE_CHILDREN, List.of(new TR304.ClientLevel()));

    private final Phase<PrestatieContext> prestatie = new Phase<>("Prestatie", GO_ON, List.of(
            new TR314(), new TR338(), new TR304(), new TR384(),
            new TR339(), new TR340(), new TR381.PrestatieLevel(), new TR341(),
            new TR307(), new TR308(), new TR387(), new TR388(),
            new TR323(), new TR390(), new TR389(),
            new TR418(), new TR346(),
            new TR321(), new TR322(), new TR369()));

    public static Registry standard() {
        return new Registry();
    }

    private Registry() {}

    /** The phases a message of this type goes through, in order. */
    public List<Phase<?>> phases(BerichtType type) {
        return switch (type) {
            case WMO301 -> List.of(inhoud, header, toegewezenProduct);
            case WMO305 -> List.of(inhoud, header, startProduct);
            case WMO307 -> List.of(inhoud, header, stopProduct);
            case WMO323 -> List.of(inhoud, header, declaratie, client, prestatie);
            case WMO315 -> List.of(inhoud, header, aangevraagdProduct);
            case WMO317 -> List.of(inhoud, header, verzoek, wijzigingProduct);
            case WMO319 -> List.of(inhoud, header, antwoord);
            default -> List.of(inhoud, header);
        };
    }

    public Phase<RuleContext> inhoud() { return inhoud; }

    public Phase<RuleContext> header() { return header; }

    public Phase<ToegewezenProductContext> toegewezenProduct() { return toegewezenProduct; }

    public Phase<LeveringContext> startProduct() { return startProduct; }

    public Phase<LeveringContext> stopProduct() { return stopProduct; }

    public Phase<VerzoekContext> aangevraagdProduct() { return aangevraagdProduct; }

    public Phase<VerzoekContext> verzoek() { return verzoek; }

    public Phase<WijzigingProductContext> wijzigingProduct() { return wijzigingProduct; }

    public Phase<AntwoordContext> antwoord() { return antwoord; }

    public Phase<DeclaratieContext> declaratie() { return declaratie; }

    public Phase<ClientContext> client() { return client; }

    public Phase<PrestatieContext> prestatie() { return prestatie; }
}
