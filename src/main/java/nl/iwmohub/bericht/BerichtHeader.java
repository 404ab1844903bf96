package nl.iwmohub.bericht;

import java.time.LocalDate;

/** The identifying part of a message's Header, the same for every message type. */
public record BerichtHeader(BerichtType type, String afzender, String ontvanger, String identificatie,
                            LocalDate dagtekening, String basisschemaXsdVersie, String berichtXsdVersie) {

    /**
     * The party that sent this message. Heen messages name it as Afzender; the retour messages 302 and 320
     * repeat the heen message's Header, so their real sender is the Ontvanger (IV028).
     */
    public String verzender() {
        return type.isRetourOpHeader() ? ontvanger : afzender;
    }

    /** The gemeente this message is exchanged with (Afzender or Ontvanger, whichever is the gemeente). */
    public String gemeente() {
        // A retour that repeats the heen Header has the heen message's direction in its Header.
        boolean sentByGemeente = type.richting() == BerichtType.Richting.GEMEENTE_NAAR_AANBIEDER;
        boolean gemeenteIsAfzender = sentByGemeente != type.isRetourOpHeader();
        return gemeenteIsAfzender ? afzender : ontvanger;
    }

    /** The aanbieder this message is exchanged with (its AGB code). */
    public String aanbieder() {
        return gemeente().equals(afzender) ? ontvanger : afzender;
    }
}
