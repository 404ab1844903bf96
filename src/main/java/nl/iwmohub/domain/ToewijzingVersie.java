package nl.iwmohub.domain;

/**
 * One stored version of a ToegewezenProduct: the row id and the WMO301 message it came with, so that a
 * verdict can name exactly which version of the toewijzing it was checked against.
 */
public record ToewijzingVersie(long id, long berichtId, ToegewezenProduct product) {

    /** For auditors: number, version, period, product, Omvang or Budget. BSN-free. */
    public String describe() {
        ToegewezenProduct p = product;
        StringBuilder s = new StringBuilder("toewijzing ").append(p.toewijzingNummer())
                .append(" (WMO301 #").append(berichtId).append(", toewijzingsdatum ").append(p.toewijzingsdatum());
        if (p.toewijzingstijd() != null) s.append(' ').append(p.toewijzingstijd());
        s.append("): ").append(p.ingangsdatum()).append("..").append(p.einddatum() == null ? "open" : p.einddatum())
                .append(", product ").append(p.productcategorie() == null ? "-" : p.productcategorie())
                .append('/').append(p.productcode() == null ? "-" : p.productcode());
        if (p.volume() != null) {
            s.append(", omvang ").append(p.volume()).append(" x eenheid ").append(p.eenheid())
                    .append(" frequentie ").append(p.frequentie());
        }
        if (p.budget() != null) s.append(", budget ").append(p.budget());
        if (p.redenWijziging() != null) s.append(", RedenWijziging ").append(p.redenWijziging());
        return s.append(", aanbieder ").append(p.aanbieder()).toString();
    }
}
