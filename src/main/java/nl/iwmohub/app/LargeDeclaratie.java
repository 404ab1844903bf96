package nl.iwmohub.app;

import nl.iwmohub.bericht.Bsn;

/**
 * A generated WMO323 with many prestaties for the benchmark: two prestaties (one month, hourly product) per
 * client, fictional BSNs that pass the elfproef, one ToewijzingNummer per client, amounts that add up.
 */
final class LargeDeclaratie {
    private LargeDeclaratie() {}

    static String build(int prestaties) {
        int clients = (prestaties + 1) / 2;
        StringBuilder body = new StringBuilder(prestaties * 900);
        long totaal = 0;
        int p = 0;
        int bsnCandidate = 100_000_000;
        for (int c = 0; c < clients; c++) {
            String bsn;
            do {
                bsn = String.valueOf(bsnCandidate++);
            } while (!Bsn.passesElfproef(bsn));
            body.append("      <wmo323:Client>\n        <wmo323:Bsn>").append(bsn).append("</wmo323:Bsn>\n        <wmo323:Prestaties>\n");
            for (int k = 0; k < 2 && p < prestaties; k++, p++) {
                int volume = 4 + (p % 7);
                int bedrag = volume * 6600;
                totaal += bedrag;
                body.append("""
                                  <wmo323:Prestatie>
                                    <wmo323:ProductReferentie>
                                      <iwmo:ReferentieNummer>P%d</iwmo:ReferentieNummer>
                                    </wmo323:ProductReferentie>
                                    <wmo323:ToewijzingNummer>%d</wmo323:ToewijzingNummer>
                                    <wmo323:ProductCategorie>02</wmo323:ProductCategorie>
                                    <wmo323:ProductCode>02A0%d</wmo323:ProductCode>
                                    <wmo323:ProductPeriode>
                                      <iwmo:Begindatum>2026-03-01</iwmo:Begindatum>
                                      <iwmo:Einddatum>2026-03-31</iwmo:Einddatum>
                                    </wmo323:ProductPeriode>
                                    <wmo323:GeleverdVolume>%d</wmo323:GeleverdVolume>
                                    <wmo323:Eenheid>04</wmo323:Eenheid>
                                    <wmo323:ProductTarief>6600</wmo323:ProductTarief>
                                    <wmo323:IngediendBedrag>
                                      <iwmo:Bedrag>%d</iwmo:Bedrag>
                                      <iwmo:DebetCredit>D</iwmo:DebetCredit>
                                    </wmo323:IngediendBedrag>
                                  </wmo323:Prestatie>
                        """.formatted(p + 1, 300_000_000 + c, k + 1, volume, bedrag));
            }
            body.append("        </wmo323:Prestaties>\n      </wmo323:Client>\n");
        }
        return """
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
                      <iwmo:Identificatie>BENCH-323</iwmo:Identificatie>
                      <iwmo:Dagtekening>2026-04-03</iwmo:Dagtekening>
                    </wmo323:BerichtIdentificatie>
                    <wmo323:XsdVersie>
                      <iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie>
                      <iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie>
                    </wmo323:XsdVersie>
                  </wmo323:Header>
                  <wmo323:Declaratie>
                    <wmo323:DeclaratieNummer>BENCH323</wmo323:DeclaratieNummer>
                    <wmo323:DeclaratiePeriode>
                      <iwmo:Begindatum>2026-03-01</iwmo:Begindatum>
                      <iwmo:Einddatum>2026-03-31</iwmo:Einddatum>
                    </wmo323:DeclaratiePeriode>
                    <wmo323:DeclaratieDagtekening>2026-04-03</wmo323:DeclaratieDagtekening>
                    <wmo323:TotaalIngediendBedrag>
                      <iwmo:TotaalBedrag>%d</iwmo:TotaalBedrag>
                      <iwmo:DebetCredit>D</iwmo:DebetCredit>
                    </wmo323:TotaalIngediendBedrag>
                    <wmo323:Clienten>
                """.formatted(totaal) + body + """
                    </wmo323:Clienten>
                  </wmo323:Declaratie>
                </wmo323:Bericht>
                """;
    }
}
