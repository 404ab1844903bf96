#!/usr/bin/env python3
"""Writes the rule-case folders of the processing core and the Header rules (test-messages/rules/<CODE>/ for the
rules of levels 3 and 4): the messages, and cases.tsv with what each case must give, worked out from the rules by
hand (see test-messages/rules/README.md for the format; RuleCasesTest runs them).

Every folder runs on a fresh database with today = 2026-11-15 and the shipped catalogue (catalogi/): gemeente
Coevorden 0109 (02A03 per month 82 at 26576, 02A04 at 58408, 02A05 per hour 04 at 6600, 07A01 per month at 35190,
07A05 per dagdeel 16 at 6360), aanbieder 12345678. Each folder's setup rows come first and must be accepted; its
cases then each break exactly one rule or pass it. Fails come before the passes that change state, and every
WMO323 of a folder has the DeclaratiePeriode October 2026 (except in TR318's), with its prestaties in months of
their own, so that no case sees what an earlier one recorded unless the folder says so."""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from kern_messages import toewijzing, levering, declaratie  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), '..', 'test-messages', 'rules')
A, B, C = '999993653', '999990019', '999991772'   # fictional BSNs that pass the elfproef
AGB, OTHER_AGB = '12345678', '87654321'
PERIODE = ('2026-10-01', '2026-10-31')
DAG = '2026-11-05'
TARIEF = {'02A01': ('82', 24581), '02A03': ('82', 26576), '02A04': ('82', 58408), '02A05': ('04', 6600),
          '07A01': ('82', 35190), '07A05': ('16', 6360)}
MONTHS = {m: (f'2026-{m:02d}-01', f'2026-{m:02d}-{d}') for m, d in
          zip(range(1, 13), (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31))}

# toewijzingen of client A at Coevorden for aanbieder 12345678, 2026
TM = dict(nummer=260100001, cat='02', code='02A03', ingang='2026-01-01', eind='2026-12-31', omvang=(1, '82', '4'))
TD = dict(nummer=260100002, cat='07', code='07A05', ingang='2026-01-01', eind='2026-12-31', omvang=(3, '16', '2'))
TH = dict(nummer=260100003, cat='02', code='02A05', ingang='2026-01-01', eind='2026-12-31', omvang=(3, '04', '2'))
TX = dict(nummer=260100004, cat='07', code='07A01', ingang='2026-01-01', eind='2026-12-31', omvang=(1, '82', '4'))

H = '/Bericht/Header'
DA = '/Bericht/DeclaratieAntwoord'
DC = '/Bericht/Declaratie/Clienten/Client'


def nth(name, i):
    """Path step of the i-th (1-based) same-name sibling: Prestatie, Prestatie[2], ..."""
    return name if i == 1 else f'{name}[{i}]'


def prestatie_pad(i, client=1):
    return f'/Bericht/Declaratie/Clienten/{nth("Client", client)}/Prestaties/{nth("Prestatie", i)}'


def p(ref, t, month, volume=1, **kw):
    """A prestatie on toewijzing t for a month of 2026 (or begin/eind given) at the contract tariff."""
    code = kw.get('code', t.get('code'))
    eenheid, tarief = TARIEF.get(code, ('83', None))
    begin, eind = MONTHS[month] if month else (kw.pop('begin'), kw.pop('eind'))
    x = dict(ref=ref, nummer=t['nummer'], cat=t.get('cat'), code=code, begin=begin, eind=eind, volume=volume,
             eenheid=eenheid, tarief=tarief)
    x.update(kw)
    return x


def answer325(clients):
    """The RetourCodes of a WMO325 with rejected prestaties: clients = [(client codes, [codes per returned
    prestatie])], in the order they are returned."""
    pairs = [f'{H}=0200', f'{DA}=0200']
    for ci, (ccodes, prestaties) in enumerate(clients, 1):
        cpad = f'{DA}/Clienten/{nth("Client", ci)}'
        for pi, codes in enumerate(prestaties, 1):
            pairs += [f'{cpad}/Prestaties/{nth("Prestatie", pi)}={c}' for c in codes]
        pairs += [f'{cpad}={c}' for c in (ccodes or ['0200'])]
    return ' '.join(pairs)


def answer_levering(stop, codes):
    """The RetourCodes of a WMO306/WMO308 rejected below the Header: codes per Start/StopProduct (empty: 0200)."""
    klasse = 'StopProduct' if stop else 'StartProduct'
    pairs = [f'{H}=0200']
    for i, c in enumerate(codes, 1):
        pairs += [f'/Bericht/Client/{klasse}en/{nth(klasse, i)}={x}' for x in (c or ['0200'])]
    pairs.append('/Bericht/Client=0200')
    return ' '.join(pairs)


ACCEPTED_325 = f'{H}=0200 {DA}=8001'


class Folder:
    def __init__(self, code, title):
        self.code = code
        self.title = title
        self.rows = []
        self.files = {}
        self.n = 0

    def _add(self, kind, name, xml, elements, outcome, others, answer):
        self.n += 1
        file = f'{self.n:02d}-{kind}-{name}.xml'
        self.files[file] = xml
        self.rows.append([file, kind, elements or '-', outcome, ' '.join(others) or '-', answer])

    def setup(self, name, xml):
        self._add('setup', name, xml, None, 'ACCEPTED', (), '-')

    def fail(self, name, xml, elements, outcome, answer, others=()):
        self._add('fail', name, xml, ' '.join(elements), outcome, others, answer)

    def ok(self, name, xml, answer, outcome='ACCEPTED', others=()):
        self._add('pass', name, xml, None, outcome, others, answer)

    def ident(self, i):
        return f'{self.code}-{i:02d}'

    def write(self):
        d = os.path.join(ROOT, self.code)
        expected = os.path.join(d, 'expected')
        keep = {}
        if os.path.isdir(expected):       # expected retour messages are checked by hand and kept
            for f in os.listdir(expected):
                with open(os.path.join(expected, f), 'rb') as x:
                    keep[f] = x.read()
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        for file, xml in self.files.items():
            with open(os.path.join(d, file), 'w') as f:
                f.write(xml)
        if keep:
            os.makedirs(expected)
            for f, data in keep.items():
                with open(os.path.join(expected, f), 'wb') as x:
                    x.write(data)
        lines = ['file\texpect\telements\toutcome\tothers\tanswer'] + ['\t'.join(r) for r in self.rows]
        with open(os.path.join(d, 'cases.tsv'), 'w') as f:
            f.write('\n'.join(lines) + '\n')


def start(ident, t, begin='2026-01-05', status='1', dag='2026-07-01', bsn=A, gemeente='0109', **kw):
    return levering(False, ident, dag, bsn, [regel(t, begin, status, **kw)], gemeente=gemeente)


def starts(ident, regels, dag='2026-07-01', bsn=A):
    return levering(False, ident, dag, bsn, regels)


def stop(ident, t, reden, eind, begin='2026-01-05', status='1', dag='2026-07-01', bsn=A, **kw):
    return levering(True, ident, dag, bsn, [regel(t, begin, status, reden=reden, eind=eind, **kw)])


def stops(ident, regels, dag='2026-07-01', bsn=A):
    return levering(True, ident, dag, bsn, regels)


def regel(t, begin='2026-01-05', status='1', **kw):
    r = dict(nummer=t['nummer'], cat=t['cat'], code=t.get('code'), ingang=t['ingang'], begin=begin, status=status)
    r.update(kw)
    return r


def decl(f, i, clienten, nummer=None, periode=PERIODE, dag=DAG, gemeente='0109'):
    return declaratie(f.ident(i), dag, nummer or f'D{f.code}{i:02d}', *periode, clienten, gemeente=gemeente)


def buur(f, i, month):
    """A neighbour prestatie that passes every rule: one dagdeel of TD in its own month."""
    return p(f'{f.code}-{i:02d}-1', TD, month)


SP = '/Bericht/Client/StartProducten/StartProduct'
ST = '/Bericht/Client/StopProducten/StopProduct'
TP = '/Bericht/Client/ToegewezenProducten/ToegewezenProduct'


# ---------------------------------------------------------------------------------------------- Header rules

def tr056():
    f = Folder('TR056', 'Identificatie unique per message type and sender')
    ident = f.ident
    f.setup('wmo301-toewijzingen', toewijzing(ident(1), '2026-01-30', A, [TM, TD, TX]))
    f.setup('wmo305-starts', starts(ident(2), [regel(TM), regel(TX)]))
    f.setup('wmo307-stop', stop(ident(3), TM, '19', '2026-06-30'))
    f.setup('wmo323-declaratie', decl(f, 4, [(A, [p('TR056-04-1', TD, 1)])]))
    el = ['/Bericht/Header/BerichtIdentificatie/Identificatie']
    # each would be accepted with an Identificatie of its own (the passing cases below)
    TB = dict(TM, nummer=260100011)
    f.fail('wmo301-identificatie-again', toewijzing(ident(1), '2026-01-31', B, [TB]), el, 'REJECTED', 'FOUTMELDING')
    f.fail('wmo305-identificatie-again', start(ident(2), TD), el, 'REJECTED', f'{H}=9056')
    f.fail('wmo307-identificatie-again', stop(ident(3), TX, '19', '2026-06-30'), el, 'REJECTED', f'{H}=9056')
    f.fail('wmo323-identificatie-again', decl(f, 4, [(A, [p('TR056-05-1', TD, 2)])], nummer='DTR05605'), el,
           'REJECTED', f'{H}=9056')
    f.ok('wmo301-new-identificatie', toewijzing(ident(6), '2026-01-31', B, [TB]), 'delivered')
    f.ok('wmo305-new-identificatie', start(ident(7), TD), 'none')
    f.ok('wmo307-identificatie-of-a-wmo305', stop(ident(2), TX, '19', '2026-06-30'), 'none')
    f.ok('wmo323-identificatie-of-a-wmo301-of-the-gemeente', decl(f, 1, [(A, [p('TR056-08-1', TD, 2)])],
                                                                  nummer='DTR05608'), ACCEPTED_325)
    return f


def tr135():
    f = Folder('TR135', 'Dagtekening not after today')
    ident = f.ident
    el = ['/Bericht/Header/BerichtIdentificatie/Dagtekening']
    f.setup('wmo301-toewijzingen', toewijzing(ident(1), '2026-01-30', A, [TM, TD]))
    f.setup('wmo305-start', start(ident(2), TM))
    f.fail('wmo301-tomorrow', toewijzing(ident(3), '2026-11-16', A, [TX]), el, 'REJECTED', 'FOUTMELDING')
    f.fail('wmo305-tomorrow', start(ident(4), TD, dag='2026-11-16'), el, 'REJECTED', f'{H}=8848')
    f.fail('wmo307-tomorrow', stop(ident(5), TM, '19', '2026-06-30', dag='2026-11-16'), el, 'REJECTED', f'{H}=8848')
    f.fail('wmo323-tomorrow', decl(f, 6, [(A, [p('TR135-06-1', TD, 1)])], dag='2026-11-16'), el, 'REJECTED',
           f'{H}=8848')
    f.ok('wmo301-today', toewijzing(ident(7), '2026-11-15', A, [TX]), 'delivered')
    f.ok('wmo305-today', start(ident(8), TD, dag='2026-11-15'), 'none')
    f.ok('wmo307-today', stop(ident(9), TM, '19', '2026-06-30', dag='2026-11-15'), 'none')
    f.ok('wmo323-today', decl(f, 10, [(A, [p('TR135-10-1', TD, 1)])], dag='2026-11-15'), ACCEPTED_325)
    return f


# ---------------------------------------------------------------------------------------------- WMO301

def tr332():
    f = Folder('TR332', 'a ToewijzingNummer the gemeente already used for another client, aanbieder or product')
    ident = f.ident
    f.setup('wmo301-toewijzing', toewijzing(ident(1), '2026-01-30', A, [TM]))
    el = [f'{TP}/ToewijzingNummer']
    f.fail('wmo301-other-client', toewijzing(ident(2), '2026-02-01', B, [TM]), el, 'REJECTED', 'FOUTMELDING')
    f.fail('wmo301-other-aanbieder', toewijzing(ident(3), '2026-02-01', A, [TM], aanbieder=OTHER_AGB), el, 'REJECTED',
           'FOUTMELDING')
    f.fail('wmo301-other-product', toewijzing(ident(4), '2026-02-01', A, [dict(TM, code='02A04')]), el, 'REJECTED',
           'FOUTMELDING')
    f.fail('wmo301-second-product', toewijzing(ident(5), '2026-02-01', A, [TD, dict(TM, cat='07', code='07A01')]),
           [f'{TP}[2]/ToewijzingNummer'], 'REJECTED', 'FOUTMELDING')
    f.ok('wmo301-same-toewijzing-shortened', toewijzing(ident(6), '2026-03-01', A, [
        dict(TM, eind='2026-06-30', reden='05', datum='2026-03-01')]), 'delivered')
    f.ok('wmo301-new-number', toewijzing(ident(7), '2026-03-01', B, [dict(TM, nummer=260100011)]), 'delivered')
    return f


def tr385():
    f = Folder('TR385', 'no withdrawal of a toewijzing with granted, uncredited prestaties')
    ident = f.ident
    f.setup('wmo301-toewijzingen', toewijzing(ident(1), '2026-01-30', A, [TM, TD, TH]))
    f.setup('wmo323-debets', decl(f, 2, [(A, [p('TR385-02-1', TM, 1), p('TR385-02-2', TH, 1, 4)])]))
    f.setup('wmo323-credit-of-the-hours', decl(f, 3, [(A, [p('TR385-03-1', TH, 1, 4, dc='C', vorig='TR385-02-2')])]))

    def weg(t, datum='2026-11-01'):
        return dict(t, eind=t['ingang'], reden='13', datum=datum)
    f.fail('wmo301-withdraw-with-granted-prestatie', toewijzing(ident(4), '2026-11-01', A, [weg(TM)]),
           [f'{TP}/RedenWijziging'], 'REJECTED', 'FOUTMELDING')
    f.fail('wmo301-withdraw-second-product', toewijzing(ident(5), '2026-11-01', A, [weg(TD), weg(TM)]),
           [f'{TP}[2]/RedenWijziging'], 'REJECTED', 'FOUTMELDING')
    f.ok('wmo301-withdraw-without-prestaties', toewijzing(ident(6), '2026-11-02', A, [weg(TD, '2026-11-02')]),
         'delivered')
    f.ok('wmo301-withdraw-after-the-credit', toewijzing(ident(7), '2026-11-02', A, [weg(TH, '2026-11-02')]),
         'delivered')
    return f


# ---------------------------------------------------------------------------------------------- TR381, all four

def tr381():
    f = Folder('TR381', 'ProductCode on the gemeente\'s product code list under its ProductCategorie')
    ident = f.ident
    TA = dict(nummer=260100005, cat='07', ingang='2026-01-01', eind='2026-12-31')   # category 07 only, no Omvang
    f.setup('wmo301-toewijzingen', toewijzing(ident(1), '2026-01-30', A, [TM, TD, TH, TX]))
    f.setup('wmo301-toewijzing-category-only', toewijzing(ident(2), '2026-01-30', B, [TA]))
    f.setup('wmo305-starts', starts(ident(3), [regel(TD), regel(TH)]))
    code = '/Product/Code'
    # WMO301: per ToegewezenProduct, refused back to the back office
    f.fail('wmo301-code-of-another-category', toewijzing(ident(4), '2026-02-01', C, [
        dict(TM, nummer=260100021, cat='07', code='02A04')]), [f'{TP}{code}'], 'REJECTED', 'FOUTMELDING')
    f.fail('wmo301-code-not-on-the-list', toewijzing(ident(5), '2026-02-01', C, [
        dict(TD, nummer=260100021), dict(TM, nummer=260100022, code='02Z99')]), [f'{TP}[2]{code}'], 'REJECTED',
        'FOUTMELDING')
    # WMO305 / WMO307: per new StartProduct / StopProduct
    f.fail('wmo305-code-of-another-category', start(ident(6), TM, cat='07'), [f'{SP}{code}'], 'REJECTED',
           answer_levering(False, [['S329']]))
    f.fail('wmo305-second-code-not-on-the-list', starts(ident(7), [regel(TM), regel(TX, code='07Z99')]),
           [f'{SP}[2]{code}'], 'REJECTED', answer_levering(False, [[], ['S329']]))
    f.fail('wmo307-code-not-on-the-list', stop(ident(8), TD, '19', '2026-06-30', code='07Z99'), [f'{ST}{code}'],
           'REJECTED', answer_levering(True, [['S329']]))
    # WMO323: per Prestatie; a code not on the list under its category has no contract row either (TR418)
    f.fail('wmo323-code-of-another-category', decl(f, 9, [(B, [p('TR381-09-1', TA, 1, code='07A01'),
                                                                p('TR381-09-2', TA, 2, code='02A04', cat='07')])]),
           [f'{prestatie_pad(2)}/ProductCode'], 'PARTLY_REJECTED', answer325([([], [['S329', '0611']])]),
           others=['TR418'])
    f.fail('wmo323-code-not-on-the-list', decl(f, 10, [(B, [p('TR381-10-1', TA, 3, code='07A01'),
                                                             p('TR381-10-2', TA, 4, code='07Z99', eenheid='82',
                                                               tarief=35190)])]),
           [f'{prestatie_pad(2)}/ProductCode'], 'PARTLY_REJECTED', answer325([([], [['S329', '0611']])]),
           others=['TR418'])
    f.ok('wmo301-code-on-the-list', toewijzing(ident(11), '2026-02-01', C, [dict(TX, nummer=260100023)]), 'delivered')
    f.ok('wmo305-code-on-the-list', start(ident(12), TM), 'none')
    f.ok('wmo305-removal-not-checked', start(ident(13), TH, status='3', code='02Z99'), 'none')
    f.ok('wmo307-code-on-the-list', stop(ident(14), TD, '19', '2026-06-30'), 'none')
    f.ok('wmo323-code-on-the-list', decl(f, 15, [(B, [p('TR381-15-1', TA, 5, code='07A01')])]), ACCEPTED_325)
    return f


# ---------------------------------------------------------------------------------------------- WMO305, WMO307

def tr019():
    f = Folder('TR019', 'a start relates to a toewijzing of this aanbieder and client')
    ident = f.ident
    TB = dict(TM, nummer=260100011)
    TO = dict(TM, nummer=260100021)
    f.setup('wmo301-toewijzingen', toewijzing(ident(1), '2026-01-30', A, [TM, TD]))
    f.setup('wmo301-toewijzing-client-b', toewijzing(ident(2), '2026-01-30', B, [TB]))
    f.setup('wmo301-toewijzing-other-aanbieder', toewijzing(ident(3), '2026-01-30', C, [TO], aanbieder=OTHER_AGB))
    el = [f'{SP}/ToewijzingNummer']
    lev = answer_levering(False, [['9019']])
    f.fail('wmo305-unknown-toewijzing', start(ident(4), dict(TM, nummer=260199999)), el, 'REJECTED', lev)
    f.fail('wmo305-toewijzing-of-another-client', start(ident(5), TB), el, 'REJECTED', lev)
    f.fail('wmo305-toewijzing-of-another-aanbieder', start(ident(6), TO, bsn=C), el, 'REJECTED', lev)
    f.fail('wmo305-second-start-unknown', starts(ident(7), [regel(TM), regel(dict(TD, nummer=260199998))]),
           [f'{SP}[2]/ToewijzingNummer'], 'REJECTED', answer_levering(False, [[], ['9019']]))
    f.ok('wmo305-start', start(ident(8), TM), 'none')
    f.ok('wmo305-start-client-b', start(ident(9), TB, bsn=B), 'none')
    return f


def tr071():
    f = Folder('TR071', 'a start with a stop cannot be removed')
    ident = f.ident
    f.setup('wmo301-toewijzingen', toewijzing(ident(1), '2026-01-30', A, [TM, TD]))
    f.setup('wmo305-starts', starts(ident(2), [regel(TM), regel(TD)]))
    f.setup('wmo307-stop', stop(ident(3), TM, '19', '2026-06-30'))
    el = [f'{SP}/StatusAanlevering']
    f.fail('wmo305-remove-a-stopped-start', start(ident(4), TM, status='3'), el, 'REJECTED',
           answer_levering(False, [['9071']]))
    f.fail('wmo305-remove-two-the-second-stopped', starts(ident(5), [regel(TD, status='3'), regel(TM, status='3')]),
           [f'{SP}[2]/StatusAanlevering'], 'REJECTED', answer_levering(False, [[], ['9071']]))
    f.ok('wmo305-remove-an-unstopped-start', start(ident(6), TD, status='3'), 'none')
    return f


def tr326():
    f = Folder('TR326', 'no start while the toewijzing has an actueel, unstopped start')
    ident = f.ident
    f.setup('wmo301-toewijzingen', toewijzing(ident(1), '2026-01-30', A, [TM, TD, TH]))
    f.setup('wmo305-starts', starts(ident(2), [regel(TM), regel(TD)]))
    f.setup('wmo307-stop', stop(ident(3), TD, '19', '2026-03-31'))
    el = [f'{SP}/Begindatum']
    f.fail('wmo305-start-not-stopped', start(ident(4), TM, '2026-02-01'), el, 'REJECTED',
           answer_levering(False, [['9326']]))
    f.fail('wmo305-second-start-not-stopped', starts(ident(5), [regel(TH), regel(TM, '2026-03-01')]),
           [f'{SP}[2]/Begindatum'], 'REJECTED', answer_levering(False, [[], ['9326']]))
    f.fail('wmo305-two-starts-in-one-message', starts(ident(6), [regel(TH), regel(TH, '2026-02-01')]),
           [f'{SP}[2]/Begindatum'], 'REJECTED', answer_levering(False, [[], ['9326']]))
    f.ok('wmo305-restart-after-the-stop', start(ident(7), TD, '2026-04-01'), 'none')
    f.ok('wmo305-first-start', start(ident(8), TH), 'none')
    return f


def tr063():
    f = Folder('TR063', 'a removal needs an actueel aanlevering with the same key')
    ident = f.ident
    f.setup('wmo301-toewijzingen', toewijzing(ident(1), '2026-01-30', A, [TM, TD, TH]))
    f.setup('wmo305-starts', starts(ident(2), [regel(TM), regel(TD)]))
    f.setup('wmo307-stop', stop(ident(3), TM, '19', '2026-03-31'))
    el305 = [f'{SP}/StatusAanlevering']
    el307 = [f'{ST}/StatusAanlevering']
    f.fail('wmo305-remove-a-start-never-sent', start(ident(4), TH, status='3'), el305, 'REJECTED',
           answer_levering(False, [['9063']]))
    f.fail('wmo305-remove-with-another-begindatum', start(ident(5), TD, '2026-01-06', status='3'), el305, 'REJECTED',
           answer_levering(False, [['9063']]))
    f.fail('wmo307-remove-a-stop-never-sent', stop(ident(6), TD, '19', '2026-03-31', status='3'), el307, 'REJECTED',
           answer_levering(True, [['9063']]))
    f.fail('wmo307-remove-two-the-second-never-sent', stops(ident(7), [
        regel(TM, status='3', reden='19', eind='2026-03-31'), regel(TD, status='3', reden='19', eind='2026-03-31')]),
        [f'{ST}[2]/StatusAanlevering'], 'REJECTED', answer_levering(True, [[], ['9063']]))
    # a StopProduct's logical key includes RedenBeeindiging and Einddatum: a removal names the stop it removes
    f.fail('wmo307-remove-with-another-einddatum', stop(ident(10), TM, '19', '2026-04-30', status='3'), el307,
           'REJECTED', answer_levering(True, [['9063']]))
    f.fail('wmo307-remove-with-another-redenbeeindiging', stop(ident(11), TM, '02', '2026-03-31', status='3'), el307,
           'REJECTED', answer_levering(True, [['9063']]))
    f.ok('wmo305-remove-a-start', start(ident(8), TD, status='3'), 'none')
    f.ok('wmo307-remove-a-stop', stop(ident(9), TM, '19', '2026-03-31', status='3'), 'none')
    return f


def tr074():
    f = Folder('TR074', 'the key of a new aanlevering not received before')
    ident = f.ident
    f.setup('wmo301-toewijzingen', toewijzing(ident(1), '2026-01-30', A, [TM, TD, TH]))
    f.setup('wmo305-start', start(ident(2), TM))
    f.setup('wmo307-temporary-stop', stop(ident(3), TM, '20', '2026-03-31'))
    f.fail('wmo305-same-start-again', start(ident(4), TM), [f'{SP}/StatusAanlevering'], 'REJECTED',
           answer_levering(False, [['9074']]))
    f.fail('wmo305-second-same-start-again', starts(ident(5), [regel(TD), regel(TM)]),
           [f'{SP}[2]/StatusAanlevering'], 'REJECTED', answer_levering(False, [[], ['9074']]))
    f.fail('wmo307-same-stop-again', stop(ident(6), TM, '20', '2026-03-31'), [f'{ST}/StatusAanlevering'], 'REJECTED',
           answer_levering(True, [['9074']]))
    f.ok('wmo305-new-start', start(ident(7), TD), 'none')
    f.ok('wmo307-final-stop-after-the-temporary', stop(ident(8), TM, '19', '2026-05-31'), 'none')
    return f


def tr382():
    f = Folder('TR382', 'a stop repeats the key of an actueel start')
    ident = f.ident
    f.setup('wmo301-toewijzingen', toewijzing(ident(1), '2026-01-30', A, [TM, TD]))
    f.setup('wmo305-start', start(ident(2), TM))
    lev = answer_levering(True, [['9069']])
    f.fail('wmo307-other-begindatum', stop(ident(3), TM, '19', '2026-06-30', begin='2026-01-06'), [f'{ST}/Begindatum'],
           'REJECTED', lev)
    f.fail('wmo307-never-started', stop(ident(4), TD, '19', '2026-06-30'), [f'{ST}/Begindatum'], 'REJECTED', lev)
    f.fail('wmo307-second-never-started', stops(ident(5), [regel(TM, reden='19', eind='2026-06-30'),
                                                             regel(TD, reden='19', eind='2026-06-30')]),
           [f'{ST}[2]/Begindatum'], 'REJECTED', answer_levering(True, [[], ['9069']]))
    f.ok('wmo307-stop', stop(ident(6), TM, '19', '2026-06-30'), 'none')
    return f


def tr413():
    f = Folder('TR413', 'no second temporary stop (20)')
    ident = f.ident
    f.setup('wmo301-toewijzingen', toewijzing(ident(1), '2026-01-30', A, [TM, TD]))
    f.setup('wmo305-starts', starts(ident(2), [regel(TM), regel(TD)]))
    f.setup('wmo307-temporary-stop', stop(ident(3), TM, '20', '2026-03-31'))
    f.fail('wmo307-second-temporary-stop', stop(ident(4), TM, '20', '2026-04-30'), [f'{ST}/RedenBeeindiging'],
           'REJECTED', answer_levering(True, [['9413']]))
    f.fail('wmo307-second-temporary-stop-second', stops(ident(5), [regel(TD, reden='20', eind='2026-04-30'),
                                                                    regel(TM, reden='20', eind='2026-05-31')]),
           [f'{ST}[2]/RedenBeeindiging'], 'REJECTED', answer_levering(True, [[], ['9413']]))
    f.ok('wmo307-first-temporary-stop', stop(ident(6), TD, '20', '2026-04-30'), 'none')
    f.ok('wmo307-final-stop-after-the-temporary', stop(ident(7), TM, '19', '2026-04-30'), 'none')
    return f


def tr414():
    f = Folder('TR414', 'a later stop does not end before the actueel stop')
    ident = f.ident
    f.setup('wmo301-toewijzingen', toewijzing(ident(1), '2026-01-30', A, [TM, TD]))
    f.setup('wmo305-starts', starts(ident(2), [regel(TM), regel(TD)]))
    f.setup('wmo307-temporary-stops', stops(ident(3), [regel(TM, reden='20', eind='2026-03-31'),
                                                        regel(TD, reden='20', eind='2026-03-31')]))
    f.fail('wmo307-final-stop-ending-earlier', stop(ident(4), TM, '19', '2026-03-15'), [f'{ST}/Einddatum'], 'REJECTED',
           answer_levering(True, [['9414']]))
    f.fail('wmo307-second-final-stop-ending-earlier', stops(ident(5), [regel(TD, reden='19', eind='2026-04-30'),
                                                                        regel(TM, reden='19', eind='2026-03-30')]),
           [f'{ST}[2]/Einddatum'], 'REJECTED', answer_levering(True, [[], ['9414']]))
    f.ok('wmo307-final-stop-same-einddatum', stop(ident(6), TM, '19', '2026-03-31'), 'none')
    f.ok('wmo307-final-stop-later', stop(ident(7), TD, '19', '2026-04-30'), 'none')
    return f


def tr415():
    f = Folder('TR415', 'nothing after a final stop')
    ident = f.ident
    f.setup('wmo301-toewijzingen', toewijzing(ident(1), '2026-01-30', A, [TM, TD]))
    f.setup('wmo305-starts', starts(ident(2), [regel(TM), regel(TD)]))
    f.setup('wmo307-stops', stops(ident(3), [regel(TM, reden='19', eind='2026-05-31'),
                                              regel(TD, reden='20', eind='2026-03-31')]))
    el = [f'{ST}/StatusAanlevering']
    f.fail('wmo307-stop-after-the-final-stop', stop(ident(4), TM, '23', '2026-06-30'), el, 'REJECTED',
           answer_levering(True, [['9415']]))
    f.fail('wmo307-temporary-stop-after-the-final-stop', stop(ident(5), TM, '20', '2026-06-30'), el, 'REJECTED',
           answer_levering(True, [['9415']]))
    f.fail('wmo307-second-after-the-final-stop', stops(ident(6), [regel(TD, reden='19', eind='2026-05-31'),
                                                                   regel(TM, reden='19', eind='2026-06-30')]),
           [f'{ST}[2]/StatusAanlevering'], 'REJECTED', answer_levering(True, [[], ['9415']]))
    f.ok('wmo307-final-stop-after-a-temporary', stop(ident(7), TD, '19', '2026-05-31'), 'none')
    f.ok('wmo307-remove-the-final-stop', stop(ident(8), TM, '19', '2026-05-31', status='3'), 'none')
    return f


# ---------------------------------------------------------------------------------------------- WMO323 Declaratie

def tr333():
    f = Folder('TR333', 'DeclaratieNummer unique for the aanbieder')
    f.setup('wmo301-toewijzingen', toewijzing(f.ident(1), '2026-01-30', A, [TM, TD]))
    f.setup('wmo323-declaratie', decl(f, 2, [(A, [p('TR333-02-1', TD, 1)])]))
    el = ['/Bericht/Declaratie/DeclaratieNummer']
    f.fail('wmo323-same-declaratienummer', decl(f, 3, [(A, [p('TR333-03-1', TD, 2)])], nummer='DTR33302'), el,
           'REJECTED', f'{H}=0200 {DA}=9333')
    f.fail('wmo323-same-declaratienummer-other-gemeente',
           decl(f, 4, [(A, [p('TR333-04-1', TD, 2)])], nummer='DTR33302', gemeente='1681'), el, 'REJECTED',
           f'{H}=0200 {DA}=9333')
    f.ok('wmo323-own-declaratienummer', decl(f, 5, [(A, [p('TR333-05-1', TD, 2)])]), ACCEPTED_325)
    return f


def tr318():
    f = Folder('TR318', 'DeclaratiePeriode not before the latest declared one')
    f.setup('wmo301-toewijzingen', toewijzing(f.ident(1), '2026-01-30', A, [TM, TD]))
    f.setup('wmo323-august', decl(f, 2, [(A, [p('TR318-02-1', TD, 1)])], periode=MONTHS[8], dag='2026-09-03'))
    el = ['/Bericht/Declaratie/DeclaratiePeriode/Begindatum']
    f.fail('wmo323-july', decl(f, 3, [(A, [p('TR318-03-1', TD, 2)])], periode=MONTHS[7], dag='2026-09-04'), el,
           'REJECTED', f'{H}=0200 {DA}=8214')
    f.ok('wmo323-august-again', decl(f, 4, [(A, [p('TR318-04-1', TD, 3)])], periode=MONTHS[8], dag='2026-09-05'),
         ACCEPTED_325)
    f.ok('wmo323-october-after-a-gap', decl(f, 5, [(A, [p('TR318-05-1', TD, 4)])]), ACCEPTED_325)
    return f


# ---------------------------------------------------------------------------------------------- WMO323 Client, Prestatie

def tr304():
    f = Folder('TR304', 'the Bsn is a client of the aanbieder (Client level) and the toewijzing is this client\'s')
    TB = dict(TM, nummer=260100011)
    f.setup('wmo301-toewijzingen', toewijzing(f.ident(1), '2026-01-30', A, [TM, TD]))
    f.setup('wmo301-toewijzing-client-b', toewijzing(f.ident(2), '2026-01-30', B, [TB]))
    f.fail('wmo323-client-without-toewijzing', decl(f, 3, [(A, [buur(f, 3, 1)]),
                                                           (C, [p('TR304-03-2', TM, 1), p('TR304-03-3', TM, 2)])]),
           [f'{DC}[2]/Bsn'], 'PARTLY_REJECTED', answer325([(['8187'], [['0233'], ['0233']])]))
    f.fail('wmo323-toewijzing-of-another-client', decl(f, 4, [(A, [buur(f, 4, 2), p('TR304-04-2', TB, 2)])]),
           [f'{prestatie_pad(2)}/ToewijzingNummer'], 'PARTLY_REJECTED', answer325([([], [['8187']])]))
    f.ok('wmo323-own-toewijzingen', decl(f, 5, [(A, [p('TR304-05-1', TM, 3)]), (B, [p('TR304-05-2', TB, 3)])]),
         ACCEPTED_325)
    return f


def simple(f, i, month, x, element, codes, others=(), name=None):
    """A failing WMO323: a neighbour that passes, then prestatie x that breaks the folder's rule."""
    f.fail(name, decl(f, i, [(A, [buur(f, i, month), x])]), [f'{prestatie_pad(2)}/{element}'], 'PARTLY_REJECTED',
           answer325([([], [codes])]), others=others)


def tr314():
    f = Folder('TR314', 'ReferentieNummer not used before by this aanbieder')
    f.setup('wmo301-toewijzingen', toewijzing(f.ident(1), '2026-01-30', A, [TM, TD]))
    f.setup('wmo301-toewijzing-borger-odoorn', toewijzing(f.ident(2), '2026-01-30', B, [dict(TM, nummer=260100031)],
                                                          gemeente='1681'))
    f.setup('wmo323-declaratie', decl(f, 3, [(A, [p('TR314-03-1', TM, 1)])]))
    el = 'ProductReferentie/ReferentieNummer'
    simple(f, 4, 2, p('TR314-03-1', TM, 2), el, ['8021'], name='wmo323-referentienummer-again')
    f.fail('wmo323-referentienummer-again-other-gemeente',
           decl(f, 5, [(B, [p('TR314-05-1', dict(TM, nummer=260100031), 1),
                            p('TR314-03-1', dict(TM, nummer=260100031), 2)])], gemeente='1681'),
           [f'{prestatie_pad(2)}/{el}'], 'PARTLY_REJECTED', answer325([([], [['8021']])]))
    f.ok('wmo323-new-referentienummer', decl(f, 6, [(A, [p('TR314-06-1', TM, 3)])]), ACCEPTED_325)
    return f


def tr338():
    f = Folder('TR338', 'the ToewijzingNummer is a toewijzing of the gemeente assigned to this aanbieder')
    TO = dict(TM, nummer=260100021)
    f.setup('wmo301-toewijzingen', toewijzing(f.ident(1), '2026-01-30', A, [TM, TD]))
    f.setup('wmo301-toewijzing-other-aanbieder', toewijzing(f.ident(2), '2026-01-30', A, [TO], aanbieder=OTHER_AGB))
    simple(f, 3, 1, p('TR338-03-2', dict(TM, nummer=260199999), 1), 'ToewijzingNummer', ['9338'],
           name='wmo323-no-such-toewijzing')
    simple(f, 4, 2, p('TR338-04-2', TO, 2), 'ToewijzingNummer', ['9338'], name='wmo323-toewijzing-of-another-aanbieder')
    f.ok('wmo323-own-toewijzing', decl(f, 5, [(A, [p('TR338-05-1', TM, 3)])]), ACCEPTED_325)
    return f


def tr384():
    f = Folder('TR384', 'no declaring on a withdrawn toewijzing')
    f.setup('wmo301-toewijzingen', toewijzing(f.ident(1), '2026-01-30', A, [TM, TD, TH]))
    f.setup('wmo301-withdraw-the-hours', toewijzing(f.ident(2), '2026-02-01', A, [
        dict(TH, eind=TH['ingang'], reden='13', datum='2026-02-01')]))
    simple(f, 3, 1, p('TR384-03-2', TH, None, 1, begin='2026-01-01', eind='2026-01-01'), 'ToewijzingNummer',
           ['9384'], name='wmo323-on-the-withdrawn-toewijzing')
    f.ok('wmo323-on-a-current-toewijzing', decl(f, 4, [(A, [p('TR384-04-1', TM, 1)])]), ACCEPTED_325)
    return f


def tr339():
    f = Folder('TR339', 'ProductCategorie as assigned')
    TC = dict(nummer=260100006, cat='02', ingang='2026-01-01', eind='2026-12-31')   # category 02 only, no Omvang
    f.setup('wmo301-toewijzingen', toewijzing(f.ident(1), '2026-01-30', A, [TD]))
    f.setup('wmo301-toewijzing-category-only', toewijzing(f.ident(2), '2026-01-30', A, [TC]))
    simple(f, 3, 1, p('TR339-03-2', TC, 1, cat='07', code='07A01'), 'ProductCategorie', ['9339'],
           name='wmo323-other-category')
    f.ok('wmo323-assigned-category', decl(f, 4, [(A, [p('TR339-04-1', TC, 2, code='02A03')])]), ACCEPTED_325)
    return f


def tr340():
    f = Folder('TR340', 'ProductCode as assigned')
    f.setup('wmo301-toewijzingen', toewijzing(f.ident(1), '2026-01-30', A, [TM, TD]))
    simple(f, 2, 1, p('TR340-02-2', TM, 1, code='02A04'), 'ProductCode', ['9340'], name='wmo323-other-code')
    f.ok('wmo323-assigned-code', decl(f, 3, [(A, [p('TR340-03-1', TM, 2)])]), ACCEPTED_325)
    return f


def tr341():
    f = Folder('TR341', 'Eenheid as assigned (minutes against hours), or as contracted without Omvang')
    TC = dict(nummer=260100006, cat='02', ingang='2026-01-01', eind='2026-12-31')   # category 02 only, no Omvang
    f.setup('wmo301-toewijzingen', toewijzing(f.ident(1), '2026-01-30', A, [TM, TD, TH]))
    f.setup('wmo301-toewijzing-category-only', toewijzing(f.ident(2), '2026-01-30', B, [TC]))
    # against the assigned Omvang; a tariff per another unit than contracted is TR418's as well
    simple(f, 3, 1, p('TR341-03-2', TM, 1, eenheid='04'), 'Eenheid', ['9341', '0611'], others=['TR418'],
           name='wmo323-other-unit-than-assigned')
    # without Omvang, against the contract row's unit; Eenheid 83 has no ProductTarief, so TR418 has nothing to say
    f.fail('wmo323-other-unit-than-contracted', decl(f, 4, [(B, [p('TR341-04-1', TC, 1, code='02A03'),
                                                                  p('TR341-04-2', TC, 2, 26576, code='02A03',
                                                                    eenheid='83', tarief=None)])]),
           [f'{prestatie_pad(2)}/Eenheid'], 'PARTLY_REJECTED', answer325([([], [['9341']])]))
    f.ok('wmo323-minutes-against-hours', decl(f, 5, [(A, [p('TR341-05-1', TH, 2, 60, eenheid='01', tarief=110,
                                                             bedrag=6600)])]), ACCEPTED_325)
    f.ok('wmo323-assigned-unit', decl(f, 6, [(A, [p('TR341-06-1', TM, 2)]), (B, [p('TR341-06-2', TC, 3, code='02A03')])]),
         ACCEPTED_325)
    return f


# toewijzing from 10 March to 20 June, category 02 without code or Omvang: the periods of IV089 (TR307, TR308,
# TR387, TR388) without TR321 (nothing to compare the volume with)
TL = dict(nummer=260100007, cat='02', ingang='2026-03-10', eind='2026-06-20')


def periode_folder(code, title, fails, passes):
    f = Folder(code, title)
    f.setup('wmo301-toewijzing', toewijzing(f.ident(1), '2026-01-30', A, [TD]))
    f.setup('wmo301-toewijzing-10-march-20-june', toewijzing(f.ident(2), '2026-01-30', A, [TL]))
    i = 3
    for name, begin, eind, element, retour in fails:
        simple(f, i, i - 2, p(f'{code}-{i:02d}-2', TL, None, code='02A03', begin=begin, eind=eind), element, [retour],
               name=name)
        i += 1
    for name, begin, eind in passes:
        f.ok(name, decl(f, i, [(A, [p(f'{code}-{i:02d}-1', TL, None, code='02A03', begin=begin, eind=eind)])]),
             ACCEPTED_325)
        i += 1
    return f


def tr307():
    return periode_folder('TR307', 'ProductPeriode not before the toewijzing\'s Ingangsdatum',
                          [('wmo323-february', '2026-02-01', '2026-02-28', 'ProductPeriode/Begindatum', '9307')],
                          [('wmo323-from-the-ingangsdatum', '2026-03-10', '2026-03-31')])


def tr308():
    return periode_folder('TR308', 'ProductPeriode not after the toewijzing\'s Einddatum',
                          [('wmo323-july', '2026-07-01', '2026-07-31', 'ProductPeriode/Einddatum', '9308')],
                          [('wmo323-up-to-the-einddatum', '2026-06-01', '2026-06-20')])


def tr387():
    return periode_folder('TR387', 'ProductPeriode begins on the 1st unless the toewijzing begins later that month',
                          [('wmo323-april-from-the-2nd', '2026-04-02', '2026-04-30', 'ProductPeriode/Begindatum',
                            '9387'),
                           ('wmo323-march-after-the-ingangsdatum', '2026-03-11', '2026-03-31',
                            'ProductPeriode/Begindatum', '9387')],
                          [('wmo323-april-from-the-1st', '2026-04-01', '2026-04-30'),
                           ('wmo323-march-from-the-ingangsdatum', '2026-03-10', '2026-03-31')])


def tr388():
    return periode_folder('TR388', 'ProductPeriode ends on the last unless the toewijzing ends earlier that month',
                          [('wmo323-april-to-the-29th', '2026-04-01', '2026-04-29', 'ProductPeriode/Einddatum',
                            '9388'),
                           ('wmo323-june-before-the-einddatum', '2026-06-01', '2026-06-19',
                            'ProductPeriode/Einddatum', '9388')],
                          [('wmo323-april-to-the-30th', '2026-04-01', '2026-04-30'),
                           ('wmo323-june-to-the-einddatum', '2026-06-01', '2026-06-20')])


def tr323():
    f = Folder('TR323', 'a credit relates to a granted debet with the same key fields')
    f.setup('wmo301-toewijzingen', toewijzing(f.ident(1), '2026-01-30', A, [TM, TD]))
    f.setup('wmo323-debet', decl(f, 2, [(A, [p('TR323-02-1', TM, 1)])]))
    el = 'ProductReferentie/VorigReferentieNummer'
    simple(f, 3, 1, p('TR323-03-2', TM, 1, dc='C', vorig='TR323-99-9'), el, ['8017'], name='wmo323-credit-of-no-debet')
    simple(f, 4, 2, p('TR323-04-2', TM, 2, dc='C', vorig='TR323-02-1'), el, ['8017'],
           name='wmo323-credit-with-another-productperiode')
    simple(f, 5, 3, p('TR323-05-2', TD, 1, dc='C', vorig='TR323-02-1'), el, ['8017'],
           name='wmo323-credit-on-another-toewijzing')
    f.ok('wmo323-credit', decl(f, 6, [(A, [p('TR323-06-1', TM, 1, dc='C', vorig='TR323-02-1')])]), ACCEPTED_325)
    return f


def tr390():
    f = Folder('TR390', 'no second credit of one debet')
    f.setup('wmo301-toewijzingen', toewijzing(f.ident(1), '2026-01-30', A, [TM, TD]))
    f.setup('wmo323-debets', decl(f, 2, [(A, [p('TR390-02-1', TM, 1), p('TR390-02-2', TM, 2)])]))
    f.setup('wmo323-credit', decl(f, 3, [(A, [p('TR390-03-1', TM, 1, dc='C', vorig='TR390-02-1')])]))
    simple(f, 4, 1, p('TR390-04-2', TM, 1, dc='C', vorig='TR390-02-1'), 'IngediendBedrag/DebetCredit', ['9390'],
           name='wmo323-credit-again')
    f.ok('wmo323-credit-of-the-other-debet', decl(f, 5, [(A, [p('TR390-05-1', TM, 2, dc='C', vorig='TR390-02-2')])]),
         ACCEPTED_325)
    return f


def tr389():
    f = Folder('TR389', 'no second debet while a granted one for the same key is not credited')
    f.setup('wmo301-toewijzingen', toewijzing(f.ident(1), '2026-01-30', A, [TM, TD]))
    f.setup('wmo323-debet', decl(f, 2, [(A, [p('TR389-02-1', TM, 1)])]))
    simple(f, 3, 1, p('TR389-03-2', TM, 1), 'IngediendBedrag/DebetCredit', ['9389'], name='wmo323-debet-again')
    f.ok('wmo323-debet-of-another-month', decl(f, 4, [(A, [p('TR389-04-1', TM, 2)])]), ACCEPTED_325)
    f.ok('wmo323-credit-and-debet-again', decl(f, 5, [(A, [p('TR389-05-1', TM, 1, dc='C', vorig='TR389-02-1'),
                                                            p('TR389-05-2', TM, 1)])]), ACCEPTED_325)
    return f


def tr418():
    f = Folder('TR418', 'ProductTarief is the contract tariff (per minute against an hourly one)')
    f.setup('wmo301-toewijzingen', toewijzing(f.ident(1), '2026-01-30', A, [TM, TD, TH]))
    simple(f, 2, 1, p('TR418-02-2', TM, 1, tarief=26000), 'ProductTarief', ['0611'], name='wmo323-other-tariff')
    simple(f, 3, 2, p('TR418-03-2', TH, 1, 50, eenheid='01', tarief=6600, bedrag=5500), 'ProductTarief', ['0611'],
           name='wmo323-hourly-tariff-for-minutes')
    f.ok('wmo323-contract-tariff', decl(f, 4, [(A, [p('TR418-04-1', TM, 1)])]), ACCEPTED_325)
    f.ok('wmo323-tariff-per-minute', decl(f, 5, [(A, [p('TR418-05-1', TH, 1, 50, eenheid='01', tarief=110)])]),
         ACCEPTED_325)
    return f


def tr346():
    f = Folder('TR346', 'IngediendBedrag = GeleverdVolume x ProductTarief (hourly x minutes / 60 for minutes)')
    f.setup('wmo301-toewijzingen', toewijzing(f.ident(1), '2026-01-30', A, [TM, TD, TH]))
    f.setup('wmo301-toewijzingen-gemeente-without-catalogue', toewijzing(f.ident(9), '2026-01-30', A, [
        dict(TH, nummer=260100041), dict(TD, nummer=260100042)], gemeente='1680'))
    simple(f, 2, 1, p('TR346-02-2', TM, 1, bedrag=26000), 'IngediendBedrag/Bedrag', ['9346'],
           name='wmo323-other-amount')
    simple(f, 3, 2, p('TR346-03-2', TH, 1, 50, eenheid='01', tarief=110, bedrag=5000), 'IngediendBedrag/Bedrag',
           ['9346'], name='wmo323-minutes-other-amount')
    # gemeente 1680 has no catalogue: the hourly tariff is known only to lie in 60 x 106 - 30 .. 60 x 106 + 29
    # (6330..6389, those whose tariff per minute rounds to 106), so 7 minutes may cost 739 to 745 (IV081)
    uur, dag = dict(TH, nummer=260100041), dict(TD, nummer=260100042)
    f.fail('wmo323-minutes-without-contract-amount-over', decl(f, 6, [(A, [
        p('TR346-06-1', dag, 3), p('TR346-06-2', uur, 3, 7, eenheid='01', tarief=106, bedrag=746)])], gemeente='1680'),
        [f'{prestatie_pad(2)}/IngediendBedrag/Bedrag'], 'PARTLY_REJECTED', answer325([([], [['9346']])]))
    f.ok('wmo323-volume-times-tariff', decl(f, 4, [(A, [p('TR346-04-1', TM, 1)])]), ACCEPTED_325)
    f.ok('wmo323-minutes-times-hourly-tariff', decl(f, 5, [(A, [p('TR346-05-1', TH, 1, 50, eenheid='01', tarief=110,
                                                                   bedrag=5500)])]), ACCEPTED_325)
    f.ok('wmo323-minutes-without-contract-amount-highest', decl(f, 7, [(A, [
        p('TR346-07-1', uur, 4, 7, eenheid='01', tarief=106, bedrag=745)])], gemeente='1680'), ACCEPTED_325)
    f.ok('wmo323-minutes-without-contract-amount-lowest', decl(f, 8, [(A, [
        p('TR346-08-1', uur, 5, 7, eenheid='01', tarief=106, bedrag=739)])], gemeente='1680'), ACCEPTED_325)
    return f


def tr321():
    f = Folder('TR321', 'GeleverdVolume within the volume assigned for the ProductPeriode')
    f.setup('wmo301-toewijzingen', toewijzing(f.ident(1), '2026-01-30', A, [TM, TD, TH]))
    # TM: 1 per month (82); TH: 3 hours a week, October 2026 touches 5 ISO weeks: 15 hours, 900 minutes
    simple(f, 2, 1, p('TR321-02-2', TM, 2, 2), 'GeleverdVolume', ['9321'], name='wmo323-two-months-in-one')
    simple(f, 3, 2, p('TR321-03-2', TH, 10, 901, eenheid='01', tarief=110), 'GeleverdVolume', ['9321'],
           name='wmo323-minutes-over-the-weeks')
    f.ok('wmo323-one-month', decl(f, 4, [(A, [p('TR321-04-1', TM, 2, 1)])]), ACCEPTED_325)
    f.ok('wmo323-minutes-within-the-weeks', decl(f, 5, [(A, [p('TR321-05-1', TH, 10, 900, eenheid='01',
                                                                tarief=110)])]), ACCEPTED_325)
    return f


def tr322():
    f = Folder('TR322', 'all granted volume within the volume over the toewijzing\'s duration')
    TT = dict(nummer=260100008, cat='02', code='02A05', ingang='2026-01-01', eind='2026-06-30', omvang=(10, '04', '6'))
    f.setup('wmo301-toewijzingen', toewijzing(f.ident(1), '2026-01-30', A, [TD, TT]))
    f.setup('wmo323-six-hours', decl(f, 2, [(A, [p('TR322-02-1', TT, 1, 6)])]))
    simple(f, 3, 1, p('TR322-03-2', TT, 2, 5), 'GeleverdVolume', ['9322'], name='wmo323-eleven-of-ten-hours')
    simple(f, 4, 2, p('TR322-04-2', TT, 2, 241, eenheid='01', tarief=110), 'GeleverdVolume', ['9322'],
           name='wmo323-minutes-one-over')
    f.ok('wmo323-ten-of-ten-hours-in-minutes', decl(f, 5, [(A, [p('TR322-05-1', TT, 2, 240, eenheid='01',
                                                                   tarief=110)])]), ACCEPTED_325)
    return f


def tr369():
    f = Folder('TR369', 'all granted amounts within the Budget')
    TB = dict(nummer=260100009, cat='02', ingang='2026-01-01', eind='2026-12-31', budget=60000)
    f.setup('wmo301-toewijzing', toewijzing(f.ident(1), '2026-01-30', A, [TD]))
    f.setup('wmo301-budget', toewijzing(f.ident(2), '2026-01-30', A, [TB]))
    f.setup('wmo323-january', decl(f, 3, [(A, [p('TR369-03-1', TB, 1, code='02A03')])]))
    simple(f, 4, 1, p('TR369-04-2', TB, 2, code='02A04'), 'IngediendBedrag/Bedrag', ['9369'],
           name='wmo323-over-the-budget')
    f.ok('wmo323-within-the-budget', decl(f, 5, [(A, [p('TR369-05-1', TB, 2, code='02A03')])]), ACCEPTED_325)
    return f


FOLDERS = [tr056, tr135, tr332, tr385, tr381, tr019, tr071, tr326, tr063, tr074, tr382, tr413, tr414, tr415, tr333,
           tr318, tr304, tr314, tr338, tr384, tr339, tr340, tr341, tr307, tr308, tr387, tr388, tr323, tr390, tr389,
           tr418, tr346, tr321, tr322, tr369]

if __name__ == '__main__':
    only = set(sys.argv[1:])
    for build in FOLDERS:
        folder = build()
        if not only or folder.code in only:
            folder.write()
