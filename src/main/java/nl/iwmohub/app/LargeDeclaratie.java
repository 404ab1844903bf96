package nl.iwmohub.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.iwmohub.bericht.Bsn;

/**
 * The benchmark's data set: per client one WMO301 toewijzing (3 hours a week of Coevorden's 02A05, hourly tariff
 * 6600, all of 2026) and WMO323s with two prestaties per client (two consecutive months, at most 10 hours each),
 * fictional BSNs that pass the elfproef, amounts that add up: every prestatie passes every rule.
 */
final class LargeDeclaratie {
    private LargeDeclaratie() {}

    static final String TODAY = "2026-07-10";

    static String bsn(int client) {
        int candidate = 100_000_000 + client * 20;   // a passing number lies within 20 of any start
        while (!Bsn.passesElfproef(String.valueOf(candidate))) candidate++;
        return String.valueOf(candidate);
    }

    /** The toewijzing of client c (0-based): ToewijzingNummer 300000000 + c. */
    static String toewijzing(int client) {
        return TOEWIJZING.formatted(client + 1, bsn(client), 300_000_000 + client);
    }

    /** The first month declared: declaratie m (1-based) covers January 2026 plus 2(m - 1) and the month after. */
    private static final YearMonth FIRST = YearMonth.of(2026, 1);

    /**
     * Writes the WMO323 of month m (1-based; at most 3, so that it is sent before {@link #TODAY}): its
     * DeclaratiePeriode is one month, and it declares per client that month and the one before (prestaties are
     * whole months, IV089, and one debet per toewijzing and month, TR389), 4 to 10 hours each (within 3 hours a
     * week). Every month has its own identificatie, DeclaratieNummer and ReferentieNummers. Streamed to the file,
     * so that a 50 MB declaratie never sits in the benchmark's heap. With {@code rejectEvery} K > 0, every K-th
     * prestatie declares product 02A06, which its toewijzing does not assign: the declaratie is partly rejected.
     */
    static void write(Path file, int prestaties, int month, int rejectEvery) throws IOException {
        if (month < 1 || month > 3) throw new IllegalArgumentException("month " + month + " (1 to 3)");
        YearMonth eerste = FIRST.plusMonths(2L * (month - 1));
        YearMonth periode = eerste.plusMonths(1);
        LocalDate dagtekening = periode.plusMonths(1).atDay(3);
        int clients = (prestaties + 1) / 2;
        long totaal = 0;
        for (int p = 0; p < prestaties; p++) totaal += volume(p) * 6600L;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER.formatted(month, dagtekening, month, periode.atDay(1), periode.atEndOfMonth(), dagtekening,
                    totaal));
            int p = 0;
            for (int c = 0; c < clients; c++) {
                w.write("      <wmo323:Client>\n        <wmo323:Bsn>" + bsn(c) + "</wmo323:Bsn>\n        <wmo323:Prestaties>\n");
                for (int k = 0; k < 2 && p < prestaties; k++, p++) {
                    YearMonth ym = k == 0 ? eerste : periode;
                    String code = rejectEvery > 0 && p % rejectEvery == rejectEvery - 1 ? "02A06" : "02A05";
                    w.write(PRESTATIE.formatted(month, p + 1, 300_000_000 + c, code, ym.atDay(1), ym.atEndOfMonth(),
                            volume(p), volume(p) * 6600));
                }
                w.write("        </wmo323:Prestaties>\n      </wmo323:Client>\n");
            }
            w.write("""
                        </wmo323:Clienten>
                      </wmo323:Declaratie>
                    </wmo323:Bericht>
                    """);
        }
    }

    private static int volume(int prestatie) {
        return 4 + prestatie % 7;
    }

    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <wmo323:Bericht xmlns:iwmo="http://www.istandaarden.nl/iwmo/3_2/basisschema/schema"
                            xmlns:wmo323="http://www.istandaarden.nl/iwmo/3_2/wmo323/schema">
              <wmo323:Header>
                <wmo323:BerichtCode>484</wmo323:BerichtCode>
                <wmo323:BerichtVersie>3</wmo323:BerichtVersie>
                <wmo323:BerichtSubversie>2</wmo323:BerichtSubversie>
                <wmo323:Afzender>12345678</wmo323:Afzender>
                <wmo323:Ontvanger>0109</wmo323:Ontvanger>
                <wmo323:BerichtIdentificatie>
                  <iwmo:Identificatie>BENCH-323-M%d</iwmo:Identificatie>
                  <iwmo:Dagtekening>%s</iwmo:Dagtekening>
                </wmo323:BerichtIdentificatie>
                <wmo323:XsdVersie>
                  <iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie>
                  <iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie>
                </wmo323:XsdVersie>
              </wmo323:Header>
              <wmo323:Declaratie>
                <wmo323:DeclaratieNummer>BENCH323M%d</wmo323:DeclaratieNummer>
                <wmo323:DeclaratiePeriode>
                  <iwmo:Begindatum>%s</iwmo:Begindatum>
                  <iwmo:Einddatum>%s</iwmo:Einddatum>
                </wmo323:DeclaratiePeriode>
                <wmo323:DeclaratieDagtekening>%s</wmo323:DeclaratieDagtekening>
                <wmo323:TotaalIngediendBedrag>
                  <iwmo:TotaalBedrag>%d</iwmo:TotaalBedrag>
                  <iwmo:DebetCredit>D</iwmo:DebetCredit>
                </wmo323:TotaalIngediendBedrag>
                <wmo323:Clienten>
            """;

    private static final String PRESTATIE = """
                      <wmo323:Prestatie>
                        <wmo323:ProductReferentie>
                          <iwmo:ReferentieNummer>M%dP%d</iwmo:ReferentieNummer>
                        </wmo323:ProductReferentie>
                        <wmo323:ToewijzingNummer>%d</wmo323:ToewijzingNummer>
                        <wmo323:ProductCategorie>02</wmo323:ProductCategorie>
                        <wmo323:ProductCode>%s</wmo323:ProductCode>
                        <wmo323:ProductPeriode>
                          <iwmo:Begindatum>%s</iwmo:Begindatum>
                          <iwmo:Einddatum>%s</iwmo:Einddatum>
                        </wmo323:ProductPeriode>
                        <wmo323:GeleverdVolume>%d</wmo323:GeleverdVolume>
                        <wmo323:Eenheid>04</wmo323:Eenheid>
                        <wmo323:ProductTarief>6600</wmo323:ProductTarief>
                        <wmo323:IngediendBedrag>
                          <iwmo:Bedrag>%d</iwmo:Bedrag>
                          <iwmo:DebetCredit>D</iwmo:DebetCredit>
                        </wmo323:IngediendBedrag>
                      </wmo323:Prestatie>
            """;

    private static final String TOEWIJZING = """
<?xml version="1.0" encoding="UTF-8"?>
<wmo301:Bericht xmlns:iwmo="http://www.istandaarden.nl/iwmo/3_2/basisschema/schema"
                xmlns:wmo301="http://www.istandaarden.nl/iwmo/3_2/wmo301/schema">
  <wmo301:Header>
    <wmo301:BerichtCode>414</wmo301:BerichtCode>
    <wmo301:BerichtVersie>3</wmo301:BerichtVersie>
    <wmo301:BerichtSubversie>2</wmo301:BerichtSubversie>
    <wmo301:Afzender>0109</wmo301:Afzender>
    <wmo301:Ontvanger>12345678</wmo301:Ontvanger>
    <wmo301:BerichtIdentificatie>
      <iwmo:Identificatie>BT-%d</iwmo:Identificatie>
      <iwmo:Dagtekening>2025-12-20</iwmo:Dagtekening>
    </wmo301:BerichtIdentificatie>
    <wmo301:XsdVersie>
      <iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie>
      <iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie>
    </wmo301:XsdVersie>
  </wmo301:Header>
  <wmo301:Client>
    <wmo301:Bsn>%s</wmo301:Bsn>
    <wmo301:Geboortedatum>
      <iwmo:Datum>1958-03-14</iwmo:Datum>
    </wmo301:Geboortedatum>
    <wmo301:Geslacht>2</wmo301:Geslacht>
    <wmo301:Naam>
      <iwmo:Geslachtsnaam>
        <iwmo:Achternaam>Bakker</iwmo:Achternaam>
      </iwmo:Geslachtsnaam>
      <iwmo:Partnernaam>
        <iwmo:Achternaam>Vries</iwmo:Achternaam>
        <iwmo:Voorvoegsel>de</iwmo:Voorvoegsel>
      </iwmo:Partnernaam>
      <iwmo:Voornamen>Johanna Maria</iwmo:Voornamen>
      <iwmo:Voorletters>JM</iwmo:Voorletters>
      <iwmo:NaamGebruik>4</iwmo:NaamGebruik>
    </wmo301:Naam>
    <wmo301:Contactgegevens>
      <wmo301:Contact>
        <wmo301:Soort>01</wmo301:Soort>
        <wmo301:Adres>
          <iwmo:Huis>
            <iwmo:Huisnummer>27</iwmo:Huisnummer>
            <iwmo:Huisletter>A</iwmo:Huisletter>
            <iwmo:HuisnummerToevoeging>2</iwmo:HuisnummerToevoeging>
          </iwmo:Huis>
          <iwmo:Postcode>7741AB</iwmo:Postcode>
          <iwmo:Straatnaam>Molenstraat</iwmo:Straatnaam>
          <iwmo:Plaatsnaam>Coevorden</iwmo:Plaatsnaam>
          <iwmo:LandCode>NL</iwmo:LandCode>
        </wmo301:Adres>
        <wmo301:Telefoon>
          <iwmo:Telefoon01>
            <iwmo:Telefoonnummer>0612345678</iwmo:Telefoonnummer>
            <iwmo:Landnummer>0031</iwmo:Landnummer>
          </iwmo:Telefoon01>
          <iwmo:Telefoon02>
            <iwmo:Telefoonnummer>0524598765</iwmo:Telefoonnummer>
            <iwmo:Landnummer>0031</iwmo:Landnummer>
          </iwmo:Telefoon02>
        </wmo301:Telefoon>
        <wmo301:Emailadres>j.bakker@mail.example</wmo301:Emailadres>
      </wmo301:Contact>
    </wmo301:Contactgegevens>
    <wmo301:ToegewezenProducten>
      <wmo301:ToegewezenProduct>
        <wmo301:ToewijzingNummer>%d</wmo301:ToewijzingNummer>
        <wmo301:Product>
          <iwmo:Categorie>02</iwmo:Categorie>
          <iwmo:Code>02A05</iwmo:Code>
        </wmo301:Product>
        <wmo301:Toewijzingsdatum>2025-12-20</wmo301:Toewijzingsdatum>
        <wmo301:Toewijzingstijd>10:00:00</wmo301:Toewijzingstijd>
        <wmo301:Ingangsdatum>2026-01-01</wmo301:Ingangsdatum>
        <wmo301:Einddatum>2026-12-31</wmo301:Einddatum>
        <wmo301:Omvang>
          <iwmo:Volume>3</iwmo:Volume>
          <iwmo:Eenheid>04</iwmo:Eenheid>
          <iwmo:Frequentie>2</iwmo:Frequentie>
        </wmo301:Omvang>
      </wmo301:ToegewezenProduct>
    </wmo301:ToegewezenProducten>
  </wmo301:Client>
</wmo301:Bericht>
""";
}
