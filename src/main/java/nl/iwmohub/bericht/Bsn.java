package nl.iwmohub.bericht;

/** The burgerservicenummer: the elfproef, and the only form in which a BSN may appear in logs and reports. */
public final class Bsn {
    private Bsn() {}

    /** 9 digits d1..d9 with 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11; 000000000 fails. */
    public static boolean passesElfproef(String bsn) {
        if (bsn == null || bsn.length() != 9) return false;
        int sum = 0;
        boolean allZero = true;
        for (int i = 0; i < 9; i++) {
            char c = bsn.charAt(i);
            if (c < '0' || c > '9') return false;
            int digit = c - '0';
            allZero &= digit == 0;
            sum += (i < 8 ? 9 - i : -1) * digit;
        }
        return !allZero && sum % 11 == 0;
    }

    /** *****1234: the last four digits only. */
    public static String mask(String bsn) {
        if (bsn == null) return null;
        return bsn.length() <= 4 ? "****" : "*****" + bsn.substring(bsn.length() - 4);
    }
}
