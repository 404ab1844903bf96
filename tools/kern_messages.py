"""Builds iWmo 3.2 test messages for the processing core's scenarios (tools/write-kern-scenarios.py).

Small templates of WMO301, WMO305, WMO307 and WMO323 with one client; every value a scenario varies is a
parameter. The messages pass the XSD and the rules inside the message; what they test is the core."""

NS = {n: f'http://www.istandaarden.nl/iwmo/3_2/{n}/schema' for n in ('wmo301', 'wmo305', 'wmo307', 'wmo323')}
BASIS = 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema'
CODES = {'wmo301': 414, 'wmo305': 418, 'wmo307': 420, 'wmo323': 484}


def header(p, afzender, ontvanger, ident, dagtekening):
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<{p}:Bericht xmlns:iwmo="{BASIS}"
                xmlns:{p}="{NS[p]}">
  <{p}:Header>
    <{p}:BerichtCode>{CODES[p]}</{p}:BerichtCode>
    <{p}:BerichtVersie>3</{p}:BerichtVersie>
    <{p}:BerichtSubversie>2</{p}:BerichtSubversie>
    <{p}:Afzender>{afzender}</{p}:Afzender>
    <{p}:Ontvanger>{ontvanger}</{p}:Ontvanger>
    <{p}:BerichtIdentificatie>
      <iwmo:Identificatie>{ident}</iwmo:Identificatie>
      <iwmo:Dagtekening>{dagtekening}</iwmo:Dagtekening>
    </{p}:BerichtIdentificatie>
    <{p}:XsdVersie>
      <iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie>
      <iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie>
    </{p}:XsdVersie>
  </{p}:Header>
'''


def persoon(p, bsn):
    return f'''    <{p}:Bsn>{bsn}</{p}:Bsn>
    <{p}:Geboortedatum>
      <iwmo:Datum>1958-03-14</iwmo:Datum>
    </{p}:Geboortedatum>
    <{p}:Geslacht>2</{p}:Geslacht>
    <{p}:Naam>
      <iwmo:Geslachtsnaam>
        <iwmo:Achternaam>Bakker</iwmo:Achternaam>
      </iwmo:Geslachtsnaam>
      <iwmo:Voornamen>Johanna Maria</iwmo:Voornamen>
      <iwmo:Voorletters>JM</iwmo:Voorletters>
'''


def product(p, cat, code, indent):
    s = f'{indent}<{p}:Product>\n{indent}  <iwmo:Categorie>{cat}</iwmo:Categorie>\n'
    if code:
        s += f'{indent}  <iwmo:Code>{code}</iwmo:Code>\n'
    return s + f'{indent}</{p}:Product>\n'


def toewijzing(ident, dagtekening, bsn, producten, gemeente='0109', aanbieder='12345678'):
    """producten: dicts nummer, cat, code, datum, tijd, ingang, eind, reden, omvang=(volume, eenheid, freq), budget."""
    p = 'wmo301'
    s = header(p, gemeente, aanbieder, ident, dagtekening) + f'  <{p}:Client>\n' + persoon(p, bsn)
    s += f'''      <iwmo:NaamGebruik>1</iwmo:NaamGebruik>
    </{p}:Naam>
    <{p}:Contactgegevens>
      <{p}:Contact>
        <{p}:Soort>01</{p}:Soort>
        <{p}:Adres>
          <iwmo:Huis>
            <iwmo:Huisnummer>27</iwmo:Huisnummer>
          </iwmo:Huis>
          <iwmo:Postcode>7741AB</iwmo:Postcode>
          <iwmo:Straatnaam>Molenstraat</iwmo:Straatnaam>
          <iwmo:Plaatsnaam>Coevorden</iwmo:Plaatsnaam>
          <iwmo:LandCode>NL</iwmo:LandCode>
        </{p}:Adres>
      </{p}:Contact>
    </{p}:Contactgegevens>
    <{p}:ToegewezenProducten>
'''
    for t in producten:
        s += f'      <{p}:ToegewezenProduct>\n        <{p}:ToewijzingNummer>{t["nummer"]}</{p}:ToewijzingNummer>\n'
        if t.get('cat'):
            s += product(p, t['cat'], t.get('code'), '        ')
        s += f'        <{p}:Toewijzingsdatum>{t.get("datum", "2025-08-20")}</{p}:Toewijzingsdatum>\n'
        s += f'        <{p}:Toewijzingstijd>{t.get("tijd", "10:00:00")}</{p}:Toewijzingstijd>\n'
        s += f'        <{p}:Ingangsdatum>{t["ingang"]}</{p}:Ingangsdatum>\n'
        if t.get('eind'):
            s += f'        <{p}:Einddatum>{t["eind"]}</{p}:Einddatum>\n'
        if t.get('reden'):
            s += f'        <{p}:RedenWijziging>{t["reden"]}</{p}:RedenWijziging>\n'
        if t.get('omvang'):
            v, e, f = t['omvang']
            s += (f'        <{p}:Omvang>\n          <iwmo:Volume>{v}</iwmo:Volume>\n          <iwmo:Eenheid>{e}</iwmo:Eenheid>\n'
                  f'          <iwmo:Frequentie>{f}</iwmo:Frequentie>\n        </{p}:Omvang>\n')
        if t.get('budget'):
            s += f'        <{p}:Budget>{t["budget"]}</{p}:Budget>\n'
        s += f'      </{p}:ToegewezenProduct>\n'
    return s + f'    </{p}:ToegewezenProducten>\n  </{p}:Client>\n</{p}:Bericht>\n'


def levering(stop, ident, dagtekening, bsn, regels, gemeente='0109', aanbieder='12345678'):
    """regels: dicts nummer, cat, code, ingang, begin, status (and for a stop reden, eind)."""
    p = 'wmo307' if stop else 'wmo305'
    klasse = 'StopProduct' if stop else 'StartProduct'
    s = header(p, aanbieder, gemeente, ident, dagtekening) + f'  <{p}:Client>\n' + persoon(p, bsn)
    s += f'    </{p}:Naam>\n    <{p}:{klasse}en>\n'
    for r in regels:
        s += f'      <{p}:{klasse}>\n'
        if r.get('nummer'):
            s += f'        <{p}:ToewijzingNummer>{r["nummer"]}</{p}:ToewijzingNummer>\n'
        s += product(p, r['cat'], r.get('code'), '        ')
        s += f'        <{p}:ToewijzingIngangsdatum>{r["ingang"]}</{p}:ToewijzingIngangsdatum>\n'
        s += f'        <{p}:Begindatum>{r["begin"]}</{p}:Begindatum>\n'
        if stop:
            s += f'        <{p}:RedenBeeindiging>{r["reden"]}</{p}:RedenBeeindiging>\n'
            s += f'        <{p}:Einddatum>{r["eind"]}</{p}:Einddatum>\n'
        s += f'        <{p}:StatusAanlevering>{r.get("status", "1")}</{p}:StatusAanlevering>\n      </{p}:{klasse}>\n'
    return s + f'    </{p}:{klasse}en>\n  </{p}:Client>\n</{p}:Bericht>\n'


def declaratie(ident, dagtekening, nummer, begin, eind, clienten, gemeente='0109', aanbieder='12345678'):
    """clienten: list of (bsn, [prestatie dicts: ref, vorig, nummer, cat, code, begin, eind, volume, eenheid,
    tarief (None for 83), bedrag (default volume x tarief), dc])]."""
    p = 'wmo323'
    totaal = 0
    body = ''
    for bsn, prestaties in clienten:
        body += f'      <{p}:Client>\n        <{p}:Bsn>{bsn}</{p}:Bsn>\n        <{p}:Prestaties>\n'
        for x in prestaties:
            tarief = x.get('tarief')
            bedrag = x.get('bedrag', x['volume'] * tarief if tarief is not None else x['volume'])
            dc = x.get('dc', 'D')
            totaal += -bedrag if dc == 'C' else bedrag
            body += f'          <{p}:Prestatie>\n            <{p}:ProductReferentie>\n'
            body += f'              <iwmo:ReferentieNummer>{x["ref"]}</iwmo:ReferentieNummer>\n'
            if x.get('vorig'):
                body += f'              <iwmo:VorigReferentieNummer>{x["vorig"]}</iwmo:VorigReferentieNummer>\n'
            body += f'            </{p}:ProductReferentie>\n'
            body += f'            <{p}:ToewijzingNummer>{x["nummer"]}</{p}:ToewijzingNummer>\n'
            body += f'            <{p}:ProductCategorie>{x["cat"]}</{p}:ProductCategorie>\n'
            body += f'            <{p}:ProductCode>{x["code"]}</{p}:ProductCode>\n'
            body += (f'            <{p}:ProductPeriode>\n              <iwmo:Begindatum>{x["begin"]}</iwmo:Begindatum>\n'
                     f'              <iwmo:Einddatum>{x["eind"]}</iwmo:Einddatum>\n            </{p}:ProductPeriode>\n')
            body += f'            <{p}:GeleverdVolume>{x["volume"]}</{p}:GeleverdVolume>\n'
            body += f'            <{p}:Eenheid>{x["eenheid"]}</{p}:Eenheid>\n'
            if tarief is not None:
                body += f'            <{p}:ProductTarief>{tarief}</{p}:ProductTarief>\n'
            body += (f'            <{p}:IngediendBedrag>\n              <iwmo:Bedrag>{bedrag}</iwmo:Bedrag>\n'
                     f'              <iwmo:DebetCredit>{dc}</iwmo:DebetCredit>\n            </{p}:IngediendBedrag>\n')
            body += f'          </{p}:Prestatie>\n'
        body += f'        </{p}:Prestaties>\n      </{p}:Client>\n'
    s = header(p, aanbieder, gemeente, ident, dagtekening)
    s += f'''  <{p}:Declaratie>
    <{p}:DeclaratieNummer>{nummer}</{p}:DeclaratieNummer>
    <{p}:DeclaratiePeriode>
      <iwmo:Begindatum>{begin}</iwmo:Begindatum>
      <iwmo:Einddatum>{eind}</iwmo:Einddatum>
    </{p}:DeclaratiePeriode>
    <{p}:DeclaratieDagtekening>{dagtekening}</{p}:DeclaratieDagtekening>
    <{p}:TotaalIngediendBedrag>
      <iwmo:TotaalBedrag>{abs(totaal)}</iwmo:TotaalBedrag>
      <iwmo:DebetCredit>{'C' if totaal < 0 else 'D'}</iwmo:DebetCredit>
    </{p}:TotaalIngediendBedrag>
    <{p}:Clienten>
{body}    </{p}:Clienten>
  </{p}:Declaratie>
</{p}:Bericht>
'''
    return s
