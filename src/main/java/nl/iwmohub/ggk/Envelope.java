package nl.iwmohub.ggk;

/**
 * The routing data of one envelope, received or to be sent: the stuurgegevens and, for a Di01 or Du01, the
 * parameters (versions); for an Fo01 its body. {@code crossRefnummer} is null for a Di01; the versions and
 * {@code functie} are null for an Fo01; the body fields are null for a Di01 or Du01.
 */
public record Envelope(String berichtcode, String zenderOrganisatie, String zenderApplicatie,
                       String ontvangerOrganisatie, String ontvangerApplicatie, String referentienummer,
                       String tijdstipBericht, String crossRefnummer, String functie, String applicatieVersie,
                       String applicatieSubversie, String functieVersie, String functieSubversie, String foutcode,
                       String foutplek, String foutomschrijving, String foutdetails) {

    /** {@code functie-applicatieVersieapplicatieSubversie}: the details of an Fo01 about this envelope (§8.1). */
    public String fo01Details() {
        return nz(functie) + "-" + nz(applicatieVersie) + nz(applicatieSubversie);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
