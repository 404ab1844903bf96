package nl.iwmohub.verdict;

/** The four levels on which a message is checked (IV088); the level decides the form of the retour message. */
public enum Controleniveau {
    /** 1: message format. No retour message; an error notice (foutmelding) instead. */
    XSD,
    /** 2: rules checkable inside the message. Retour with only the Header and 0001. */
    XSLT,
    /** 3: rules against earlier messages. The rule's code on the berichtklasse that is wrong. */
    BERICHTOVERSTIJGEND,
    /** 4: rules against an outside source (today's date, code lists, contract tariffs). As level 3. */
    EXTERNE_BRON
}
