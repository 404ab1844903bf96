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
    TeWijzigenProduct (empty: 0200, or 0233 under a faulty Verzoek), and the number of NieuweProducten (likewise)."""
    pairs = [f'{H}=0200', '/Bericht/Client=0200']
    pairs += [f'{VZ}={x}' for x in (verzoek or ['0200'])]
    rest = '0233' if verzoek else '0200'
    for i, c in enumerate(ongewijzigd, 1):
        pairs += [f'{VZ}/OngewijzigdeProducten/{nth("OngewijzigdProduct", i)}={x}' for x in (c or [rest])]
    for i, c in enumerate(te_wijzigen, 1):
        pairs += [f'{VZ}/TeWijzigenProducten/{nth("TeWijzigenProduct", i)}={x}' for x in (c or [rest])]
    for i in range(1, nieuw + 1):
        pairs.append(f'{VZ}/NieuweProducten/{nth("NieuwProduct", i)}={rest}')
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


# ---------------------------------------------------------------------------------------------- WMO317 / WMO318

# toewijzingen of client A at Coevorden for aanbieder 12345678 (today 2026-11-15, Dagtekening 2026-11-05)
T1 = dict(nummer=261700001, cat='02', code='02A03', ingang='2026-01-01', eind='2026-12-31', omvang=(1, '82', '4'))
T2 = dict(nummer=261700002, cat='07', code='07A05', ingang='2026-01-01', eind='2026-12-31', omvang=(3, '16', '2'))
T3 = dict(nummer=261700003, cat='07', code='07A01', ingang='2025-01-01', eind='2025-12-31', omvang=(1, '82', '4'))
TT = dict(nummer=261700006, cat='02', code='02A05', ingang='2026-01-01', eind='2026-12-31', omvang=(80, '04', '6'))
TB = dict(nummer=261700007, cat='10', ingang='2026-01-01', eind='2026-12-31', budget=150000)
T6 = dict(nummer=261700008, cat='02', code='02A03', ingang='2027-01-01', eind='2027-06-30', omvang=(1, '82', '4'))
T5 = dict(nummer=261700009, ingang='2026-01-01', eind='2026-12-31', budget=90000)       # client B, no Product
TB1 = dict(nummer=261700011, cat='02', code='02A03', ingang='2026-01-01', eind='2026-12-31', omvang=(1, '82', '4'))


def w(t, ingang='2026-12-01', eind='2026-12-31', **kw):
    """A TeWijzigenProduct of toewijzing t (its Omvang raised by one unless told otherwise)."""
    x = dict(nummer=t['nummer'], ingang=ingang, eind=eind)
    if 'omvang' not in kw and 'budget' not in kw and t.get('omvang'):
        v, e, f = t['omvang']
        x['omvang'] = (v + 1, e, f)
    x.update({k: v for k, v in kw.items() if v is not None})
    return x


def n(t):
    return t['nummer']


def wmo317_cases():
    s301 = lambda code, bsn=A, ts=(T1, T2, T3): ('01-setup-wmo301-toewijzingen.xml', 'setup', '-', 'ACCEPTED', '-', '-',
                                                   toewijzing(f'{code}-T1', '2026-01-02', bsn, list(ts)))
    ok = 'none+delivered'
    rule('TR349', [
        s301('TR349'),
        ('02-fail-wmo317-without-t2.xml', 'fail', VZ, 'REJECTED', '-', answer318(['9349'], [], [[]]),
         vow('TR349-02', A, 'VOW-349-02', te_wijzigen=[w(T1)])),
        ('03-fail-wmo317-without-t1.xml', 'fail', VZ, 'REJECTED', '-', answer318(['9349'], [[]], [], 1),
         vow('TR349-03', A, 'VOW-349-03', ongewijzigd=[n(T2)],
             nieuw=[dict(cat='02', code='02A04', ingang='2026-12-01', eind='2026-12-31', omvang=(1, '82', '4'))])),
        ('04-pass-wmo317-all-actuele.xml', 'pass', '-', 'ACCEPTED', '-', ok,
         vow('TR349-04', A, 'VOW-349-04', ongewijzigd=[n(T1)], te_wijzigen=[w(T2)])),
    ])
    s301b = ('02-setup-wmo301-client-b.xml', 'setup', '-', 'ACCEPTED', '-', '-', toewijzing('TR35X-TB', '2026-01-02', B, [TB1]))
    unknown = dict(nummer=261799999, cat='02', code='02A03', omvang=(1, '82', '4'))
    rule('TR350', [
        s301('TR350'), s301b,
        ('03-fail-wmo317-unknown.xml', 'fail', f'{OP}[2]/ToewijzingNummer', 'REJECTED', '-', answer318([], [[], ['9350']], [[]]),
         vow('TR350-03', A, 'VOW-350-03', ongewijzigd=[n(T1), 261799999], te_wijzigen=[w(T2)])),
        ('04-fail-wmo317-ended.xml', 'fail', f'{OP}[2]/ToewijzingNummer', 'REJECTED', '-', answer318([], [[], ['9350']], [[]]),
         vow('TR350-04', A, 'VOW-350-04', ongewijzigd=[n(T1), n(T3)], te_wijzigen=[w(T2)])),
        ('05-fail-wmo317-other-client.xml', 'fail', f'{OP}[2]/ToewijzingNummer', 'REJECTED', '-',
         answer318([], [[], ['9350']], [[]]), vow('TR350-05', A, 'VOW-350-05', ongewijzigd=[n(T1), n(TB1)], te_wijzigen=[w(T2)])),
        ('06-pass-wmo317.xml', 'pass', '-', 'ACCEPTED', '-', ok,
         vow('TR350-06', A, 'VOW-350-06', ongewijzigd=[n(T1)], te_wijzigen=[w(T2)])),
    ])
    rule('TR351', [
        s301('TR351'), s301b,
        ('03-fail-wmo317-unknown.xml', 'fail', f'{TP}[2]/ToewijzingNummer', 'REJECTED', '-', answer318([], [[]], [[], ['9351']]),
         vow('TR351-03', A, 'VOW-351-03', ongewijzigd=[n(T1)], te_wijzigen=[w(T2), w(unknown)])),
        ('04-fail-wmo317-ended.xml', 'fail', f'{TP}/ToewijzingNummer', 'REJECTED', '-', answer318([], [[], []], [['9351']]),
         vow('TR351-04', A, 'VOW-351-04', ongewijzigd=[n(T1), n(T2)], te_wijzigen=[w(T3)])),
        ('05-fail-wmo317-other-client.xml', 'fail', f'{TP}[2]/ToewijzingNummer', 'REJECTED', '-',
         answer318([], [[]], [[], ['9351']]), vow('TR351-05', A, 'VOW-351-05', ongewijzigd=[n(T1)], te_wijzigen=[w(T2), w(TB1)])),
        ('06-pass-wmo317.xml', 'pass', '-', 'ACCEPTED', '-', ok,
         vow('TR351-06', A, 'VOW-351-06', ongewijzigd=[n(T1)], te_wijzigen=[w(T2)])),
    ])
    rule('TR357', [
        s301('TR357', ts=(T1, T2)),
        ('02-fail-wmo317-past-not-ingangsdatum.xml', 'fail', f'{TP}/GewensteIngangsdatum', 'REJECTED', '-',
         answer318([], [[]], [['9357']]), vow('TR357-02', A, 'VOW-357-02', ongewijzigd=[n(T1)], te_wijzigen=[w(T2, ingang='2026-11-01')])),
        ('03-fail-wmo317-on-dagtekening.xml', 'fail', f'{TP}[2]/GewensteIngangsdatum', 'REJECTED', '-',
         answer318([], [], [[], ['9357']]), vow('TR357-03', A, 'VOW-357-03', te_wijzigen=[w(T1), w(T2, ingang=DAG)])),
        ('04-pass-wmo317-whole-period.xml', 'pass', '-', 'ACCEPTED', '-', ok,
         vow('TR357-04', A, 'VOW-357-04', ongewijzigd=[n(T1)], te_wijzigen=[w(T2, ingang='2026-01-01')])),
    ])
    rule('TR373', [
        ('01-setup-wmo301-toewijzingen.xml', 'setup', '-', 'ACCEPTED', '-', '-', toewijzing('TR373-T1', '2026-01-02', A, [T1, T2, TT])),
        ('02-setup-wmo301-budget.xml', 'setup', '-', 'ACCEPTED', '-', '-', toewijzing('TR373-T2', '2026-01-02', A, [TB])),
        ('03-fail-wmo317-budget-from-december.xml', 'fail', f'{TP}/GewensteIngangsdatum', 'REJECTED', '-',
         answer318([], [[], [], []], [['9373']]), vow('TR373-03', A, 'VOW-373-03', ongewijzigd=[n(T1), n(T2), n(TT)],
                                                     te_wijzigen=[w(TB, budget=180000)])),
        ('04-fail-wmo317-total-from-december.xml', 'fail', f'{TP}/GewensteIngangsdatum', 'REJECTED', '-',
         answer318([], [[], [], []], [['9373']]), vow('TR373-04', A, 'VOW-373-04', ongewijzigd=[n(T1), n(T2), n(TB)],
                                                     te_wijzigen=[w(TT, omvang=(100, '04', '6'))])),
        ('05-pass-wmo317-whole-period.xml', 'pass', '-', 'ACCEPTED', '-', ok,
         vow('TR373-05', A, 'VOW-373-05', ongewijzigd=[n(T1), n(T2)],
             te_wijzigen=[w(TB, ingang='2026-01-01', budget=180000), w(TT, ingang='2026-01-01', omvang=(100, '04', '6'))])),
    ])
    rule('TR411', [
        s301('TR411', ts=(T1, T2)),
        ('02-fail-wmo317-without-omvang.xml', 'fail', f'{TP}/Omvang', 'REJECTED', '-', answer318([], [[]], [['9411']]),
         vow('TR411-02', A, 'VOW-411-02', ongewijzigd=[n(T1)], te_wijzigen=[dict(nummer=n(T2), ingang='2026-12-01', eind='2026-12-31')])),
        ('03-pass-wmo317-with-omvang.xml', 'pass', '-', 'ACCEPTED', '-', ok,
         vow('TR411-03', A, 'VOW-411-03', ongewijzigd=[n(T1)], te_wijzigen=[w(T2)])),
    ])
    rule('TR412', [
        ('01-setup-wmo301-toewijzingen.xml', 'setup', '-', 'ACCEPTED', '-', '-', toewijzing('TR412-T1', '2026-01-02', A, [T1, TB])),
        ('02-fail-wmo317-omvang-without-code.xml', 'fail', f'{TP}/Omvang', 'REJECTED', '-', answer318([], [[]], [['9412']]),
         vow('TR412-02', A, 'VOW-412-02', ongewijzigd=[n(T1)], te_wijzigen=[w(TB, omvang=(1, '82', '4'))])),
        ('03-pass-wmo317-budget.xml', 'pass', '-', 'ACCEPTED', '-', ok,
         vow('TR412-03', A, 'VOW-412-03', ongewijzigd=[n(T1)], te_wijzigen=[w(TB, ingang='2026-01-01', eind='2027-03-31',
                                                                              budget=180000)])),
    ])
    rule('TR375', [
        ('01-setup-wmo301-without-product.xml', 'setup', '-', 'ACCEPTED', '-', '-', toewijzing('TR375-T1', '2026-01-02', B, [T5])),
        ('02-fail-wmo317-omvang-without-product.xml', 'fail', f'{TP}/Omvang', 'REJECTED', 'TR412',
         answer318([], [], [['9412', '9375']]), vow('TR375-02', B, 'VOW-375-02', te_wijzigen=[w(T5, omvang=(1, '82', '4'))])),
        ('03-pass-wmo317-budget.xml', 'pass', '-', 'ACCEPTED', '-', ok,
         vow('TR375-03', B, 'VOW-375-03', te_wijzigen=[w(T5, ingang='2026-01-01', budget=100000)])),
    ])
    rule('TR361', [
        s301('TR361', ts=(T1, T2, T6)),
        ('02-fail-wmo317-extended-into-the-next.xml', 'fail', f'{TP} {OP}[2]', 'REJECTED', '-',
         answer318([], [[], ['9361']], [['9361']]), vow('TR361-02', A, 'VOW-361-02', ongewijzigd=[n(T2), n(T6)],
                                                        te_wijzigen=[w(T1, eind='2027-03-31')])),
        ('03-fail-wmo317-nieuw-product-overlaps.xml', 'fail', OP, 'REJECTED', '-', answer318([], [['9361'], [], []], [], 1),
         vow('TR361-03', A, 'VOW-361-03', ongewijzigd=[n(T1), n(T2), n(T6)],
             nieuw=[dict(cat='02', code='02A03', ingang='2026-12-01', eind='2026-12-31', omvang=(2, '82', '4'))])),
        ('04-pass-wmo317-shortened.xml', 'pass', '-', 'ACCEPTED', '-', ok,
         vow('TR361-04', A, 'VOW-361-04', ongewijzigd=[n(T1), n(T2)], te_wijzigen=[w(T6, ingang='2027-01-01', eind='2027-03-31')])),
    ])


def wmo317_scenario():
    scenario('51-verzoek-om-wijziging', [
        ('01-wmo301-toewijzingen.xml', 'ACCEPTED', '-', 'WMO301', '', toewijzing('TW-51-01', '2026-01-02', A, [T1, T2, T3])),
        ('02-wmo317-without-t2.xml', 'REJECTED', 'TR349=9349', 'WMO318', 'TR349:fail',
         vow('VW-51-02', A, 'VOW-51-02', te_wijzigen=[w(T1)])),
        ('03-wmo317-unknown-toewijzing.xml', 'REJECTED', 'TR351=9351', 'WMO318', 'TR351:fail TR350:pass',
         vow('VW-51-03', A, 'VOW-51-03', ongewijzigd=[n(T1)], te_wijzigen=[w(T2), dict(nummer=261799999, ingang='2026-12-01',
                                                                                       eind='2026-12-31', omvang=(1, '82', '4'))])),
        ('04-wmo317-accepted.xml', 'ACCEPTED', '-', 'WMO318 WMO317', 'TR349:pass TR350:pass TR351:pass TR357:pass TR361:pass',
         vow('VW-51-04', A, 'VOW-51-04', ongewijzigd=[n(T1)], te_wijzigen=[w(T2)],
             nieuw=[dict(cat='02', code='02A05', ingang='2026-12-01', eind='2026-12-31', omvang=(2, '04', '2'))])),
        ('05-wmo317-while-onderhanden.xml', 'REJECTED', 'TR374=9374', 'WMO318', 'TR374:fail',
         vow('VW-51-05', A, 'VOW-51-05', ongewijzigd=[n(T1)], te_wijzigen=[w(T2, omvang=(5, '16', '2'))])),
        ('06-wmo315-while-onderhanden.xml', 'REJECTED', 'TR374=9374', 'WMO316', 'TR374:fail',
         vot('VT-51-06', A, [tv('VOT-51-06', ingang='2027-01-01')])),
        ('07-wmo317-reference-again.xml', 'REJECTED', 'TR347=9347 TR374=9374', 'WMO318', 'TR347:fail',
         vow('VW-51-07', A, 'VOW-51-04', ongewijzigd=[n(T1)], te_wijzigen=[w(T2)])),
    ])


# ---------------------------------------------------------------------------------------------- WMO319 / WMO320

def wmo319_cases():
    s = lambda f, xml: (f, 'setup', '-', 'ACCEPTED', '-', '-', xml)
    fout = lambda f, el, xml, others='-': (f, 'fail', el, 'REJECTED', others, 'FOUTMELDING', xml)
    rule('TR355', [
        s('01-setup-wmo315.xml', vot('TR355-01', A, [tv('VOT-355-01')])),
        fout('02-fail-wmo319-unknown-reference.xml', f'{AW}/ReferentieAanbieder', antwoord('TR355-02', 'VOT-355-99', '2')),
        fout('03-fail-wmo319-other-gemeente.xml', f'{AW}/ReferentieAanbieder', antwoord('TR355-03', 'VOT-355-01', '2',
                                                                                       gemeente='1680')),
        fout('04-fail-wmo319-other-aanbieder.xml', f'{AW}/ReferentieAanbieder', antwoord('TR355-04', 'VOT-355-01', '2',
                                                                                        aanbieder=OTHER_AGB)),
        ('05-pass-wmo319-in-onderzoek.xml', 'pass', '-', 'ACCEPTED', '-', 'delivered', antwoord('TR355-05', 'VOT-355-01', '2')),
    ])
    rule('TR360', [
        s('01-setup-wmo315-a.xml', vot('TR360-01', A, [tv('VOT-360-01'), tv('VOT-360-02', cat='07', code='07A01')])),
        s('02-setup-wmo315-b.xml', vot('TR360-02', B, [tv('VOT-360-03')])),
        s('03-setup-wmo319-in-onderzoek.xml', antwoord('TR360-03', 'VOT-360-01', '2')),
        s('04-setup-wmo319-afgewezen.xml', antwoord('TR360-04', 'VOT-360-02', '1')),
        fout('05-fail-wmo319-in-onderzoek-again.xml', f'{AW}/VerzoekAntwoord', antwoord('TR360-05', 'VOT-360-01', '2')),
        fout('06-fail-wmo319-in-onderzoek-after-afgewezen.xml', f'{AW}/VerzoekAntwoord',
             antwoord('TR360-06', 'VOT-360-02', '2'), 'TR365'),
        ('07-pass-wmo319-in-onderzoek-first.xml', 'pass', '-', 'ACCEPTED', '-', 'delivered', antwoord('TR360-07', 'VOT-360-03', '2')),
        ('08-pass-wmo319-afgewezen-after-in-onderzoek.xml', 'pass', '-', 'ACCEPTED', '-', 'delivered',
         antwoord('TR360-08', 'VOT-360-01', '1')),
    ])
    rule('TR365', [
        s('01-setup-wmo315.xml', vot('TR365-01', A, [tv('VOT-365-01'), tv('VOT-365-02', cat='07', code='07A01')])),
        s('02-setup-wmo319-afgewezen.xml', antwoord('TR365-02', 'VOT-365-01', '1')),
        s('03-setup-wmo319-in-onderzoek.xml', antwoord('TR365-03', 'VOT-365-02', '2')),
        fout('04-fail-wmo319-afgewezen-again.xml', f'{AW}/VerzoekAntwoord', antwoord('TR365-04', 'VOT-365-01', '1', reden='3')),
        ('05-pass-wmo319-afgewezen-after-in-onderzoek.xml', 'pass', '-', 'ACCEPTED', '-', 'delivered',
         antwoord('TR365-05', 'VOT-365-02', '1')),
    ])


def wmo319_scenario():
    dag = DAG
    scenario('52-verzoek-in-onderzoek-en-afgewezen', [
        ('01-wmo315.xml', 'ACCEPTED', '-', 'WMO316 WMO315', '', vot('VT-52-01', A, [tv('VOT-52-01')])),
        ('02-wmo319-in-onderzoek.xml', 'ACCEPTED', '-', 'WMO319', 'TR355:pass TR360:pass',
         antwoord('AW-52-02', 'VOT-52-01', '2')),
        ('03-wmo320-retour.xml', 'RECORDED', '-', '-', '', retour_antwoord('AW-52-02', dag, 'VOT-52-01', '2', 'RA-52-03')),
        ('04-wmo315-while-in-onderzoek.xml', 'REJECTED', 'TR374=9374', 'WMO316', 'TR374:fail',
         vot('VT-52-04', A, [tv('VOT-52-04', cat='07', code='07A01')])),
        ('05-wmo319-in-onderzoek-again.xml', 'REJECTED', 'TR360=9360', 'FOUTMELDING', 'TR360:fail',
         antwoord('AW-52-05', 'VOT-52-01', '2')),
        ('06-wmo319-afgewezen.xml', 'ACCEPTED', '-', 'WMO319', 'TR365:pass', antwoord('AW-52-06', 'VOT-52-01', '1')),
        ('07-wmo319-afgewezen-again.xml', 'REJECTED', 'TR365=9365', 'FOUTMELDING', 'TR365:fail',
         antwoord('AW-52-07', 'VOT-52-01', '1', reden='2')),
        ('08-wmo319-unknown-reference.xml', 'REJECTED', 'TR355=9355', 'FOUTMELDING', 'TR355:fail',
         antwoord('AW-52-08', 'VOT-52-99', '1')),
        ('09-wmo315-after-afgewezen.xml', 'ACCEPTED', '-', 'WMO316 WMO315', 'TR374:pass',
         vot('VT-52-09', A, [tv('VOT-52-09', cat='07', code='07A01')])),
    ])
    exp = os.path.join(HERE, 'scenarios', '52-verzoek-in-onderzoek-en-afgewezen', 'expected')
    for name, line in (('05-wmo319-in-onderzoek-again', 'TR360 (9360) at /Bericht/Antwoord/VerzoekAntwoord'),
                       ('07-wmo319-afgewezen-again', 'TR365 (9365) at /Bericht/Antwoord/VerzoekAntwoord'),
                       ('08-wmo319-unknown-reference', 'TR355 (9355) at /Bericht/Antwoord/ReferentieAanbieder')):
        with open(os.path.join(exp, name + '.FOUTMELDING.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(line + '\n')


# ---------------------------------------------------------------------------------------------- WMO301 honouring

def with_ref(xml, refs):
    """A WMO301 whose ToegewezenProducten carry a ReferentieAanbieder: refs maps ToewijzingNummer to it."""
    for nummer, ref in refs.items():
        tag = f'<wmo301:ToewijzingNummer>{nummer}</wmo301:ToewijzingNummer>\n'
        assert tag in xml
        xml = xml.replace(tag, tag + f'        <wmo301:ReferentieAanbieder>{ref}</wmo301:ReferentieAanbieder>\n')
    return xml


def tw(nummer, cat='02', code='02A03', ingang='2026-12-01', eind='2027-05-31', omvang=(1, '82', '4'), **kw):
    x = dict(nummer=nummer, cat=cat, code=code, ingang=ingang, eind=eind, omvang=omvang)
    x.update(kw)
    return x


def honour_cases():
    s = lambda f, xml: (f, 'setup', '-', 'ACCEPTED', '-', '-', xml)
    fout = lambda f, el, xml: (f, 'fail', el, 'REJECTED', '-', 'FOUTMELDING', xml)
    TW = '/Bericht/Client/ToegewezenProducten/ToegewezenProduct'
    rule('TR379', [
        s('01-setup-wmo315-a.xml', vot('TR379-01', A, [tv('VOT-379-01'), tv('VOT-379-02', cat='07', code='07A01')])),
        s('02-setup-wmo315-b.xml', vot('TR379-02', B, [tv('VOT-379-03')])),
        fout('03-fail-wmo301-reference-of-another-client.xml', f'{TW}/ReferentieAanbieder',
             with_ref(toewijzing('TR379-03', DAG, A, [tw(263790001)]), {263790001: 'VOT-379-03'})),
        fout('04-fail-wmo301-reference-to-another-gemeente.xml', f'{TW}/ReferentieAanbieder',
             with_ref(toewijzing('TR379-04', DAG, A, [tw(263790001)], gemeente='1680'), {263790001: 'VOT-379-01'})),
        ('05-pass-wmo301-reference-the-hub-never-recorded.xml', 'pass', '-', 'ACCEPTED', '-', 'delivered',
         with_ref(toewijzing('TR379-05', DAG, A, [tw(263790009, cat='07', code='07A05', omvang=(3, '16', '2'))]),
                  {263790009: 'VOT-379-99'})),
        ('06-pass-wmo301-honours-both.xml', 'pass', '-', 'ACCEPTED', '-', 'delivered',
         with_ref(toewijzing('TR379-06', DAG, A, [tw(263790001), tw(263790002, cat='07', code='07A01')]),
                  {263790001: 'VOT-379-01', 263790002: 'VOT-379-02'})),
        fout('07-fail-wmo301-reference-again.xml', f'{TW}[2]/ReferentieAanbieder',
             with_ref(toewijzing('TR379-07', DAG, A, [tw(263790001, reden='04', eind='2027-06-30'),
                                                      tw(263790003, cat='07', code='07A05', omvang=(3, '16', '2'))]),
                      {263790003: 'VOT-379-01'})),
        ('08-pass-wmo301-changed-without-reference.xml', 'pass', '-', 'ACCEPTED', '-', 'delivered',
         toewijzing('TR379-08', DAG, A, [tw(263790001, reden='04', eind='2027-06-30')])),
    ])
    rule('TR359', [
        s('01-setup-wmo315.xml', vot('TR359-01', A, [tv('VOT-359-01'), tv('VOT-359-02', cat='07', code='07A01')])),
        s('02-setup-wmo301-honours-one.xml', with_ref(toewijzing('TR359-02', DAG, A, [tw(263590001)]), {263590001: 'VOT-359-01'})),
        fout('03-fail-wmo319-afgewezen-after-toewijzing.xml', f'{AW}/ReferentieAanbieder', antwoord('TR359-03', 'VOT-359-01', '1')),
        fout('04-fail-wmo319-in-onderzoek-after-toewijzing.xml', f'{AW}/ReferentieAanbieder', antwoord('TR359-04', 'VOT-359-01', '2')),
        ('05-pass-wmo319-other-verzoek.xml', 'pass', '-', 'ACCEPTED', '-', 'delivered', antwoord('TR359-05', 'VOT-359-02', '2')),
    ])


def honour_scenario():
    name = '53-toewijzing-honours-verzoek'
    scenario(name, [
        ('01-wmo315.xml', 'ACCEPTED', '-', 'WMO316 WMO315', '', vot('VT-53-01', A, [tv('VOT-53-01')])),
        ('02-wmo319-in-onderzoek.xml', 'ACCEPTED', '-', 'WMO319', '', antwoord('AW-53-02', 'VOT-53-01', '2')),
        ('03-wmo301-honours-the-verzoek.xml', 'ACCEPTED', '-', 'WMO301', 'TR379:pass',
         with_ref(toewijzing('TW-53-03', DAG, A, [tw(263530001)]), {263530001: 'VOT-53-01'})),
        ('04-wmo319-afgewezen-after-toewijzing.xml', 'REJECTED', 'TR359=9359', 'FOUTMELDING', 'TR359:fail',
         antwoord('AW-53-04', 'VOT-53-01', '1')),
        ('05-wmo315-after-toewijzing.xml', 'ACCEPTED', '-', 'WMO316 WMO315', 'TR374:pass',
         vot('VT-53-05', A, [tv('VOT-53-05', cat='07', code='07A01')])),
        ('06-wmo301-reference-again.xml', 'REJECTED', 'TR379=9379', 'FOUTMELDING', 'TR379:fail',
         with_ref(toewijzing('TW-53-06', DAG, A, [tw(263530002, cat='07', code='07A05', omvang=(3, '16', '2'))]),
                  {263530002: 'VOT-53-01'})),
        ('07-wmo301-honours-the-second.xml', 'ACCEPTED', '-', 'WMO301', 'TR379:pass',
         with_ref(toewijzing('TW-53-07', DAG, A, [tw(263530003, cat='07', code='07A01')]), {263530003: 'VOT-53-05'})),
    ])
    exp = os.path.join(HERE, 'scenarios', name, 'expected')
    for f, line in (('04-wmo319-afgewezen-after-toewijzing', 'TR359 (9359) at /Bericht/Antwoord/ReferentieAanbieder'),
                    ('06-wmo301-reference-again',
                     'TR379 (9379) at /Bericht/Client/ToegewezenProducten/ToegewezenProduct/ReferentieAanbieder')):
        with open(os.path.join(exp, f + '.FOUTMELDING.txt'), 'w', encoding='utf-8', newline='\n') as out:
            out.write(line + '\n')
    with open(os.path.join(exp, '03-wmo301-honours-the-verzoek.details.txt'), 'w', encoding='utf-8', newline='\n') as out:
        out.write('honours verzoek(en) VOT-53-01\n')


if __name__ == '__main__':
    wmo315_cases()
    wmo315_scenario()
    wmo317_cases()
    wmo317_scenario()
    wmo319_cases()
    wmo319_scenario()
    honour_cases()
    honour_scenario()
