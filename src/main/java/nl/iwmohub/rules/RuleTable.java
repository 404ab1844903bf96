package nl.iwmohub.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.iwmohub.bericht.BerichtType;
import nl.iwmohub.rules.contract.Need;
import nl.iwmohub.rules.contract.Phase;
import nl.iwmohub.rules.contract.Rule;
import nl.iwmohub.verdict.Controleniveau;

/**
 * The table of the rules the hub applies, from the {@link Registry}: code, level, retourcode, messages, the
 * phase it judges in, what it needs and the class that implements it. The {@code rules} command prints it; the
 * tests add the cases that prove each rule and keep docs/rules.md equal to it.
 */
public final class RuleTable {
    private static final List<BerichtType> PROCESSED = List.of(BerichtType.WMO301, BerichtType.WMO305,
            BerichtType.WMO307, BerichtType.WMO323, BerichtType.WMO315, BerichtType.WMO317, BerichtType.WMO319);

    private RuleTable() {}

    /** One row: a rule code with every message and phase it is applied in. */
    public record Row(String code, Controleniveau niveau, String retourCode, Set<BerichtType> messages,
                      List<String> phases, Set<Need> needs, String className) {}

    /** The rules in the order a message meets them: inside the message, the Header, then each type's own phases. */
    public static List<Row> rows(Registry registry) {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<Phase<?>> phases = new ArrayList<>(List.of(registry.inhoud(), registry.header()));
        for (BerichtType type : PROCESSED) {
            for (Phase<?> phase : registry.phases(type)) if (!phases.contains(phase)) phases.add(phase);
        }
        for (Phase<?> phase : phases) {
            for (Rule<?> rule : phase.rules()) {
                Row old = rows.get(rule.code());
                Set<BerichtType> messages = EnumSet.noneOf(BerichtType.class);
                messages.addAll(rule.messages());
                List<String> in = new ArrayList<>();
                Set<Need> needs = EnumSet.noneOf(Need.class);
                needs.addAll(rule.needs());
                if (old != null) {
                    messages.addAll(old.messages());
                    in.addAll(old.phases());
                    needs.addAll(old.needs());
                }
                if (!in.contains(phase.subject())) in.add(phase.subject());
                Class<?> c = rule.getClass().getEnclosingClass() != null ? rule.getClass().getEnclosingClass() : rule.getClass();
                String className = old != null ? old.className() : c.getName().replace("nl.iwmohub.", "");
                rows.put(rule.code(), new Row(rule.code(), rule.niveau(), rule.retourCode(), messages, in, needs, className));
            }
        }
        return List.copyOf(rows.values());
    }

    /** The table as Markdown; {@code proof} adds the column of the cases that prove a rule (null: left out). */
    public static String markdown(Registry registry, Function<String, String> proof) {
        StringBuilder s = new StringBuilder();
        s.append("# Rules the hub applies\n\n");
        s.append("Generated from `rules.Registry` (`java -jar target/iwmo-hub.jar rules` prints it without the last\n");
        s.append("column); `RuleTableTest` keeps this file equal to it and adds the cases that prove each rule. XSD\n");
        s.append("validation (controleniveau 1) comes first and is not listed. Order: the rules inside the message\n");
        s.append("(level 2, a fault rejects the message with 0001), the Header rules of levels 3 and 4, then the phases\n");
        s.append("of the processing core per message type (WMO301, WMO305, WMO307, WMO323, WMO315,\n");
        s.append("WMO317, WMO319) in the order they run.\n\n");
        s.append("| rule | level | retourcode | messages | phase | needs | class |").append(proof == null ? "" : " proved by |")
                .append("\n|---|---|---|---|---|---|---|").append(proof == null ? "" : "---|").append("\n");
        for (Row r : rows(registry)) {
            String messages = r.messages().stream().map(Enum::name).collect(Collectors.joining(", "));
            String needs = r.needs().isEmpty() ? "-" : r.needs().stream().map(Enum::name).collect(Collectors.joining(", "));
            s.append("| ").append(r.code()).append(" | ").append(level(r.niveau())).append(" | ").append(r.retourCode())
                    .append(" | ").append(messages).append(" | ").append(String.join(", ", r.phases())).append(" | ")
                    .append(needs).append(" | `").append(r.className()).append("` |");
            if (proof != null) s.append(" ").append(proof.apply(r.code())).append(" |");
            s.append("\n");
        }
        s.append("\nConstraints of the table that the XSD itself enforces (controleniveau 1, an error notice, no retour):\n\n");
        s.append("| rule | what | messages |").append(proof == null ? "" : " proved by |").append("\n|---|---|---|")
                .append(proof == null ? "" : "---|").append("\n");
        xsdRow(s, proof, "CS025", "BerichtVersie is 3 (pattern `3`)", "all 14", "WMO305-cs025-berichtversie.xml");
        xsdRow(s, proof, "CS015", "BerichtSubversie is 2 (pattern `2`)", "all 14", "WMO307-cs015-berichtsubversie.xml");
        xsdRow(s, proof, "CS319", "DeclaratieNummer letters and digits only (pattern `([a-zA-Z0-9])+`)", "WMO323",
                "WMO323-cs319-declaratienummer.xml");
        notApplied(s);
        return s.toString();
    }

    /** The TRs of the standard the registry does not apply, each with its reason ({@link TechnicalRules}). */
    private static void notApplied(StringBuilder s) {
        Map<String, String> reasons = TechnicalRules.notApplied();
        int all = TechnicalRules.ids().size();
        s.append("\n## Technical rules not applied at the gemeente\n\n");
        s.append("Of the ").append(all).append(" technical rules (TR) of iWmo 3.2, ").append(all - reasons.size())
                .append(" are applied by the registry above; these ").append(reasons.size())
                .append(" are not, each for\nthe reason given (`rules.TechnicalRules`; `RuleTableTest` fails when a TR")
                .append(" of the standard is in neither list\nor in both).\n\n");
        s.append("| rule | reason |\n|---|---|\n");
        reasons.forEach((code, reason) -> s.append("| ").append(code).append(" | ").append(reason).append(" |\n"));
        s.append("\nApplied, but not yet to every message the standard names for the rule:\n\n");
        s.append("| rule | not yet applied to |\n|---|---|\n");
        TechnicalRules.notYetFor().forEach((code, what) -> s.append("| ").append(code).append(" | ").append(what).append(" |\n"));
    }

    private static void xsdRow(StringBuilder s, Function<String, String> proof, String code, String what, String messages,
                               String example) {
        s.append("| ").append(code).append(" | ").append(what).append(" | ").append(messages).append(" |");
        if (proof != null) s.append(" `test-messages/xsd/invalid/").append(example).append("` (XsdExamplesTest) |");
        s.append("\n");
    }

    private static String level(Controleniveau niveau) {
        return switch (niveau) {
            case XSD -> "1 XSD";
            case XSLT -> "2 bericht inhoud";
            case BERICHTOVERSTIJGEND -> "3 berichtoverstijgend";
            case EXTERNE_BRON -> "4 externe bron";
        };
    }
}
