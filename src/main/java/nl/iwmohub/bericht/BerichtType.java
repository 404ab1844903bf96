package nl.iwmohub.bericht;

import java.util.Arrays;
import java.util.Optional;

/** The 14 messages of iWmo 3.2 with their BerichtCode, namespace and, for a heen message, its retour message. */
public enum BerichtType {
    WMO301("414", Richting.GEMEENTE_NAAR_AANBIEDER, "WMO302"),
    WMO302("415", Richting.AANBIEDER_NAAR_GEMEENTE, null),
    WMO305("418", Richting.AANBIEDER_NAAR_GEMEENTE, "WMO306"),
    WMO306("419", Richting.GEMEENTE_NAAR_AANBIEDER, null),
    WMO307("420", Richting.AANBIEDER_NAAR_GEMEENTE, "WMO308"),
    WMO308("421", Richting.GEMEENTE_NAAR_AANBIEDER, null),
    WMO315("444", Richting.AANBIEDER_NAAR_GEMEENTE, "WMO316"),
    WMO316("445", Richting.GEMEENTE_NAAR_AANBIEDER, null),
    WMO317("480", Richting.AANBIEDER_NAAR_GEMEENTE, "WMO318"),
    WMO318("481", Richting.GEMEENTE_NAAR_AANBIEDER, null),
    WMO319("482", Richting.GEMEENTE_NAAR_AANBIEDER, "WMO320"),
    WMO320("483", Richting.AANBIEDER_NAAR_GEMEENTE, null),
    WMO323("484", Richting.AANBIEDER_NAAR_GEMEENTE, "WMO325"),
    WMO325("485", Richting.GEMEENTE_NAAR_AANBIEDER, null);

    /** Who sends the message. A retour message keeps the heen message's Afzender and Ontvanger (IV028). */
    public enum Richting { GEMEENTE_NAAR_AANBIEDER, AANBIEDER_NAAR_GEMEENTE }

    public static final String NAMESPACE_PREFIX = "http://www.istandaarden.nl/iwmo/3_2/";
    public static final String BASISSCHEMA_NAMESPACE = NAMESPACE_PREFIX + "basisschema/schema";
    /** BerichtXsdVersie and BasisschemaXsdVersie of the project's XSDs (equal to the published 1.0.0). */
    public static final String XSD_VERSIE = "1.0.0";

    private final String berichtCode;
    private final Richting richting;
    private final String retourType;

    BerichtType(String berichtCode, Richting richting, String retourType) {
        this.berichtCode = berichtCode;
        this.richting = richting;
        this.retourType = retourType;
    }

    public String berichtCode() { return berichtCode; }

    public Richting richting() { return richting; }

    public String namespace() { return NAMESPACE_PREFIX + name().toLowerCase() + "/schema"; }

    public String prefix() { return name().toLowerCase(); }

    public String xsdResource() { return "xsd/" + name() + ".xsd"; }

    public Optional<BerichtType> retourType() {
        return Optional.ofNullable(retourType).map(BerichtType::valueOf);
    }

    /** The message this one is the retour of (WMO301 for a WMO302), if it is one. */
    public Optional<BerichtType> heenType() {
        for (BerichtType t : values()) if (name().equals(t.retourType)) return Optional.of(t);
        return Optional.empty();
    }

    /** True for the retour messages that repeat the heen message's Header (IV028). */
    public boolean isRetourOpHeader() {
        return this == WMO302 || this == WMO306 || this == WMO308 || this == WMO316 || this == WMO318 || this == WMO320;
    }

    public static Optional<BerichtType> byNamespace(String namespace) {
        return Arrays.stream(values()).filter(t -> t.namespace().equals(namespace)).findFirst();
    }
}
