package nl.iwmohub.rules.kern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.iwmohub.rules.kern.declaratie.DeclaratieKern;
import nl.iwmohub.rules.kern.levering.LeveringKern;
import nl.iwmohub.rules.kern.toewijzing.ToewijzingKern;

/** The rules of the processing core, per message type in the order they are applied (for the rule table). */
public final class KernRegels {
    private KernRegels() {}

    public static List<KernRegel> all() {
        Map<String, KernRegel> byCode = new LinkedHashMap<>();
        List<KernRegel> ordered = new ArrayList<>(new ToewijzingKern().regels());
        LeveringKern levering = new LeveringKern();
        ordered.addAll(levering.regels(false));
        ordered.addAll(levering.regels(true));
        ordered.addAll(new DeclaratieKern().regels());
        for (KernRegel r : ordered) byCode.putIfAbsent(r.code(), r);
        return List.copyOf(byCode.values());
    }
}
