#!/usr/bin/env python3
"""Writes the rule-case folders and scenarios of the verzoek flows (WMO315/WMO316, WMO317/WMO318, WMO319/WMO320
and the WMO301 that honours a verzoek): test-messages/rules/<CODE>/ for TR347, TR374, TR349-TR351, TR357, TR361,
TR373, TR375, TR411, TR412, TR355, TR359, TR360, TR365, TR379, and test-messages/scenarios/5x-*. Each row's
expectation is worked out from the rules by hand (format: test-messages/rules/README.md and
test-messages/scenarios/README.md). today = 2026-11-15, gemeente Coevorden 0109 (also 1680), aanbieder 12345678
(also 87654321). `expected/` files are kept when a folder is written again."""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
import kern_messages as km  # noqa: E402
from kern_messages import toewijzing, header, persoon, product  # noqa: E402

for _p, _code in (('wmo315', 444), ('wmo317', 480), ('wmo319', 482), ('wmo320', 483)):
    km.NS[_p] = f'http://www.istandaarden.nl/iwmo/3_2/{_p}/schema'
    km.CODES[_p] = _code

HERE = os.path.join(os.path.dirname(__file__), '..', 'test-messages')
A, B = '999993653', '999990019'   # fictional BSNs that pass the elfproef
AGB, OTHER_AGB = '12345678', '87654321'
DAG = '2026-11-05'
H = '/Bericht/Header'
AP = '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct'
VZ = '/Bericht/Client/Verzoek'
OP = VZ + '/OngewijzigdeProducten/OngewijzigdProduct'
TP = VZ + '/TeWijzigenProducten/TeWijzigenProduct'
NP = VZ + '/NieuweProducten/NieuwProduct'
AW = '/Bericht/Antwoord'


def nth(name, i):
    return name if i == 1 else f'{name}[{i}]'


def omvang(p, o, indent):
    v, e, f = o
    return (f'{indent}<{p}:Omvang>\n{indent}  <iwmo:Volume>{v}</iwmo:Volume>\n{indent}  <iwmo:Eenheid>{e}</iwmo:Eenheid>\n'
            f'{indent}  <iwmo:Frequentie>{f}</iwmo:Frequentie>\n{indent}</{p}:Omvang>\n')


def vot(ident, bsn, producten, dag=DAG, gemeente='0109', aanbieder=AGB):
    """WMO315; producten: dicts ref, cat, code, ingang, eind, omvang=(volume, eenheid, freq), budget."""
    p = 'wmo315'
    s = header(p, aanbieder, gemeente, ident, dag) + f'  <{p}:Client>\n' + persoon(p, bsn)
    s += f'    </{p}:Naam>\n    <{p}:AangevraagdeProducten>\n'
    for x in producten:
        s += f'      <{p}:AangevraagdProduct>\n        <{p}:ReferentieAanbieder>{x["ref"]}</{p}:ReferentieAanbieder>\n'
        if x.get('cat'):
            s += product(p, x['cat'], x.get('code'), '        ')
        s += f'        <{p}:ToewijzingIngangsdatum>{x.get("ingang", "2026-12-01")}</{p}:ToewijzingIngangsdatum>\n'
        s += f'        <{p}:ToewijzingEinddatum>{x.get("eind", "2027-05-31")}</{p}:ToewijzingEinddatum>\n'
        if x.get('omvang'):
            s += omvang(p, x['omvang'], '        ')
        if x.get('budget'):
            s += f'        <{p}:Budget>{x["budget"]}</{p}:Budget>\n'
        s += (f'        <{p}:Verwijzer>\n          <iwmo:Type>01</iwmo:Type>\n'
              f'          <iwmo:Naam>Wmo-loket gemeente Coevorden</iwmo:Naam>\n        </{p}:Verwijzer>\n')
        s += f'      </{p}:AangevraagdProduct>\n'
    return s + f'    </{p}:AangevraagdeProducten>\n  </{p}:Client>\n</{p}:Bericht>\n'


def vow(ident, bsn, ref, ongewijzigd=(), te_wijzigen=(), nieuw=(), dag=DAG, gemeente='0109', aanbieder=AGB, reden='1'):
    """WMO317; ongewijzigd: ToewijzingNummers; te_wijzigen: dicts nummer, ingang, eind, omvang, budget;
    nieuw: dicts cat, code, ingang, eind, omvang, budget."""
    p = 'wmo317'
    s = header(p, aanbieder, gemeente, ident, dag) + f'  <{p}:Client>\n    <{p}:Bsn>{bsn}</{p}:Bsn>\n'
    s += f'    <{p}:Verzoek>\n      <{p}:ReferentieAanbieder>{ref}</{p}:ReferentieAanbieder>\n'
    s += f'      <{p}:RedenVerzoek>{reden}</{p}:RedenVerzoek>\n'
    if ongewijzigd:
        s += f'      <{p}:OngewijzigdeProducten>\n'
        for n in ongewijzigd:
            s += (f'        <{p}:OngewijzigdProduct>\n          <{p}:ToewijzingNummer>{n}</{p}:ToewijzingNummer>\n'
                  f'        </{p}:OngewijzigdProduct>\n')
        s += f'      </{p}:OngewijzigdeProducten>\n'
    if te_wijzigen:
        s += f'      <{p}:TeWijzigenProducten>\n'
        for x in te_wijzigen:
            s += f'        <{p}:TeWijzigenProduct>\n          <{p}:ToewijzingNummer>{x["nummer"]}</{p}:ToewijzingNummer>\n'
            s += f'          <{p}:GewensteIngangsdatum>{x["ingang"]}</{p}:GewensteIngangsdatum>\n'
            if x.get('eind'):
                s += f'          <{p}:Einddatum>{x["eind"]}</{p}:Einddatum>\n'
            if x.get('omvang'):
                s += omvang(p, x['omvang'], '          ')
            if x.get('budget'):
                s += f'          <{p}:Budget>{x["budget"]}</{p}:Budget>\n'
            s += f'        </{p}:TeWijzigenProduct>\n'
        s += f'      </{p}:TeWijzigenProducten>\n'
    if nieuw:
        s += f'      <{p}:NieuweProducten>\n'
        for x in nieuw:
            s += f'        <{p}:NieuwProduct>\n'
            if x.get('cat'):
                s += product(p, x['cat'], x.get('code'), '          ')
            s += f'          <{p}:GewensteIngangsdatum>{x["ingang"]}</{p}:GewensteIngangsdatum>\n'
            if x.get('eind'):
                s += f'          <{p}:Einddatum>{x["eind"]}</{p}:Einddatum>\n'
            if x.get('omvang'):
                s += omvang(p, x['omvang'], '          ')
            if x.get('budget'):
                s += f'          <{p}:Budget>{x["budget"]}</{p}:Budget>\n'
            s += f'        </{p}:NieuwProduct>\n'
        s += f'      </{p}:NieuweProducten>\n'
    return s + f'    </{p}:Verzoek>\n  </{p}:Client>\n</{p}:Bericht>\n'


def antwoord(ident, ref, verzoek_antwoord, reden=None, dag=DAG, gemeente='0109', aanbieder=AGB):
    """WMO319: 1 verzoek afgewezen (with RedenAfwijzingVerzoek, default 4), 2 aanvraag in onderzoek."""
    p = 'wmo319'
    s = header(p, gemeente, aanbieder, ident, dag)
    s += f'  <{p}:Antwoord>\n    <{p}:ReferentieAanbieder>{ref}</{p}:ReferentieAanbieder>\n'
    s += f'    <{p}:VerzoekAntwoord>{verzoek_antwoord}</{p}:VerzoekAntwoord>\n'
    if verzoek_antwoord == '1':
        s += f'    <{p}:RedenAfwijzingVerzoek>{reden or "4"}</{p}:RedenAfwijzingVerzoek>\n'
    return s + f'  </{p}:Antwoord>\n</{p}:Bericht>\n'


def retour_antwoord(ident, dag, ref, verzoek_antwoord, retour_ident, gemeente='0109', aanbieder=AGB):
    """WMO320 from the aanbieder: the WMO319's Header (Identificatie ident) with the retour's fields, no remarks."""
    p = 'wmo320'
    s = header(p, gemeente, aanbieder, ident, dag).replace('  </wmo320:Header>\n', '')
    s += (f'    <{p}:IdentificatieRetour>{retour_ident}</{p}:IdentificatieRetour>\n'
          f'    <{p}:DagtekeningRetour>{dag}</{p}:DagtekeningRetour>\n    <{p}:XsdVersieRetour>\n'
          f'      <iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie>\n'
          f'      <iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie>\n    </{p}:XsdVersieRetour>\n'
          f'    <{p}:RetourCodes>\n      <{p}:RetourCode>0200</{p}:RetourCode>\n    </{p}:RetourCodes>\n  </{p}:Header>\n')
    s += f'  <{p}:Antwoord>\n    <{p}:ReferentieAanbieder>{ref}</{p}:ReferentieAanbieder>\n'
    s += f'    <{p}:VerzoekAntwoord>{verzoek_antwoord}</{p}:VerzoekAntwoord>\n'
    if verzoek_antwoord == '1':
        s += f'    <{p}:RedenAfwijzingVerzoek>4</{p}:RedenAfwijzingVerzoek>\n'
    s += f'    <{p}:RetourCodes>\n      <{p}:RetourCode>0200</{p}:RetourCode>\n    </{p}:RetourCodes>\n'
    return s + f'  </{p}:Antwoord>\n</{p}:Bericht>\n'


def answer316(codes):
    """RetourCodes of a WMO316 rejected below the Header: codes per AangevraagdProduct (empty: 0200)."""
    pairs = [f'{H}=0200']
    for i, c in enumerate(codes, 1):
        pairs += [f'/Bericht/Client/AangevraagdeProducten/{nth("AangevraagdProduct", i)}={x}' for x in (c or ['0200'])]
    pairs.append('/Bericht/Client=0200')
    return ' '.join(pairs)


def answer318(verzoek=(), ongewijzigd=(), te_wijzigen=(), nieuw=0):
    """RetourCodes of a WMO318 rejected below the Header: codes of the Verzoek, per OngewijzigdProduct and
    TeWijzigenProduct (empty: 0200), and the number of NieuweProducten (each 0200)."""
    pairs = [f'{H}=0200', '/Bericht/Client=0200']
    pairs += [f'{VZ}={x}' for x in (verzoek or ['0200'])]
    for i, c in enumerate(ongewijzigd, 1):
        pairs += [f'{VZ}/OngewijzigdeProducten/{nth("OngewijzigdProduct", i)}={x}' for x in (c or ['0200'])]
    for i, c in enumerate(te_wijzigen, 1):
        pairs += [f'{VZ}/TeWijzigenProducten/{nth("TeWijzigenProduct", i)}={x}' for x in (c or ['0200'])]
    for i in range(1, nieuw + 1):
        pairs.append(f'{VZ}/NieuweProducten/{nth("NieuwProduct", i)}=0200')
    return ' '.join(pairs)


def write_folder(root, name):
    folder = os.path.join(root, name)
    expected = os.path.join(folder, 'expected')
    keep = None
    if os.path.isdir(expected):
        keep = os.path.join(root, '.' + name + '-expected')
        shutil.rmtree(keep, ignore_errors=True)
        shutil.move(expected, keep)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    if keep:
        shutil.move(keep, expected)
    return folder


def rule(code, rows):
    """rows: (file, expect, elements, outcome, others, answer, xml)."""
    root = os.path.join(HERE, 'rules')
    folder = write_folder(root, code)
    lines = ['file\texpect\telements\toutcome\tothers\tanswer']
    for file, expect, elements, outcome, others, answer, xml in rows:
        with open(os.path.join(folder, file), 'w', encoding='utf-8', newline='\n') as f:
            f.write(xml)
        lines.append('\t'.join((file, expect, elements, outcome, others, answer)))
    with open(os.path.join(folder, 'cases.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


def scenario(name, rows, today='2026-11-15', extra=''):
    """rows: (file, outcome, retourcodes, outputs, claims, xml)."""
    root = os.path.join(HERE, 'scenarios')
    folder = os.path.join(root, name)
    expected = os.path.join(folder, 'expected')
    shutil.rmtree(os.path.join(folder, 'in'), ignore_errors=True)
    os.makedirs(os.path.join(folder, 'in'))
    os.makedirs(expected, exist_ok=True)
    with open(os.path.join(folder, 'scenario.properties'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(f'today={today}\n{extra}')
    lines = ['file\toutcome\tretourcodes\toutputs\tproves']
    for file, outcome, codes, outputs, claims, xml in rows:
        with open(os.path.join(folder, 'in', file), 'w', encoding='utf-8', newline='\n') as f:
            f.write(xml)
        lines.append('\t'.join((file, outcome, codes, outputs, claims)).rstrip('\t'))
    with open(os.path.join(expected, 'outcomes.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


def tv(ref, **kw):
    """An AangevraagdProduct: 02A03 once a month from December, unless told otherwise."""
    x = dict(ref=ref, cat='02', code='02A03', omvang=(1, '82', '4'))
    x.update(kw)
    return x


# ---------------------------------------------------------------------------------------------- WMO315 / WMO316

def wmo315_cases():
    rule('TR347', [
        ('01-setup-wmo315-client-a.xml', 'setup', '-', 'ACCEPTED', '-', '-', vot('TR347-01', A, [tv('VOT-347-01')])),
        ('02-fail-wmo315-reference-again.xml', 'fail', f'{AP}/ReferentieAanbieder', 'REJECTED', '-', answer316([['9347']]),
         vot('TR347-02', B, [tv('VOT-347-01')])),
        ('03-fail-wmo315-reference-again-other-gemeente.xml', 'fail', f'{AP}/ReferentieAanbieder', 'REJECTED', '-',
         answer316([['9347']]), vot('TR347-03', B, [tv('VOT-347-01')], gemeente='1680')),
        ('04-fail-wmo315-second-product.xml', 'fail', f'{AP}[2]/ReferentieAanbieder', 'REJECTED', '-',
         answer316([[], ['9347']]), vot('TR347-04', B, [tv('VOT-347-02'), tv('VOT-347-01', cat='07', code='07A01')])),
        ('05-pass-wmo315-new-reference.xml', 'pass', '-', 'ACCEPTED', '-', 'none+delivered',
         vot('TR347-05', B, [tv('VOT-347-02')])),
        ('06-pass-wmo315-reference-of-another-aanbieder.xml', 'pass', '-', 'ACCEPTED', '-', 'none+delivered',
         vot('TR347-06', A, [tv('VOT-347-01')], aanbieder=OTHER_AGB)),
    ])
    rule('TR374', [
        ('01-setup-wmo315-client-a.xml', 'setup', '-', 'ACCEPTED', '-', '-', vot('TR374-01', A, [tv('VOT-374-01')])),
        ('02-fail-wmo315-second-verzoek.xml', 'fail', AP, 'REJECTED', '-', answer316([['9374']]),
         vot('TR374-02', A, [tv('VOT-374-02', cat='07', code='07A01')])),
        ('03-fail-wmo315-two-products.xml', 'fail', f'{AP} {AP}[2]', 'REJECTED', '-', answer316([['9374'], ['9374']]),
         vot('TR374-03', A, [tv('VOT-374-03', cat='07', code='07A01'), tv('VOT-374-04', cat='07', code='07A05',
                                                                          omvang=(3, '16', '2'))])),
        ('04-fail-wmo315-other-gemeente.xml', 'fail', AP, 'REJECTED', '-', answer316([['9374']]),
         vot('TR374-04', A, [tv('VOT-374-05')], gemeente='1680')),
        ('05-pass-wmo315-other-client.xml', 'pass', '-', 'ACCEPTED', '-', 'none+delivered',
         vot('TR374-05', B, [tv('VOT-374-06'), tv('VOT-374-07', cat='07', code='07A01')])),
        ('06-pass-wmo315-other-aanbieder.xml', 'pass', '-', 'ACCEPTED', '-', 'none+delivered',
         vot('TR374-06', A, [tv('VOT-374-08')], aanbieder=OTHER_AGB)),
    ])


def wmo315_scenario():
    scenario('50-verzoek-om-toewijzing', [
        ('01-wmo315-two-products.xml', 'ACCEPTED', '-', 'WMO316 WMO315', 'TR347:pass TR374:pass',
         vot('VT-50-01', A, [tv('VOT-50-01'), tv('VOT-50-02', cat='07', code='07A01')])),
        ('02-wmo315-while-onderhanden.xml', 'REJECTED', 'TR374=9374', 'WMO316', 'TR374:fail',
         vot('VT-50-02', A, [tv('VOT-50-03', cat='07', code='07A05', omvang=(3, '16', '2'))])),
        ('03-wmo315-reference-used.xml', 'REJECTED', 'TR347=9347', 'WMO316', 'TR347:fail TR374:pass',
         vot('VT-50-03', B, [tv('VOT-50-02')])),
        ('04-wmo315-client-b.xml', 'ACCEPTED', '-', 'WMO316 WMO315', 'TR347:pass TR374:pass',
         vot('VT-50-04', B, [tv('VOT-50-04')])),
    ])


if __name__ == '__main__':
    wmo315_cases()
    wmo315_scenario()
