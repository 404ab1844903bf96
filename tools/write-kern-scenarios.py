#!/usr/bin/env python3
"""Writes the processing core's scenarios (test-messages/scenarios/4x-*): inputs, scenario.properties and
expected/outcomes.tsv with what each row must give and prove, as worked out from the rules by hand.

The expected retour messages (expected/NAME.TYPE.xml) are not written here: they were taken from a run of
the hub only after each was checked by hand against IV028/IV087 (see the scenarios' README)."""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from kern_messages import toewijzing, levering, declaratie  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), '..', 'test-messages', 'scenarios')
A, B, C = '999993653', '999990019', '999991772'   # fictional BSNs that pass the elfproef

T234 = dict(nummer=260001234, cat='02', code='02A03', ingang='2026-02-01', eind='2026-12-31', omvang=(1, '82', '4'))
T235 = dict(nummer=260001235, cat='07', code='07A05', ingang='2025-09-01', eind='2026-08-31', omvang=(3, '16', '2'))
T236 = dict(nummer=260001236, cat='10', ingang='2026-02-01', eind='2026-12-31', budget=150000)


def scenario(name, today, rows, catalog=None, gemeente=None):
    d = os.path.join(ROOT, name)
    if os.path.isdir(os.path.join(d, 'in')):
        shutil.rmtree(os.path.join(d, 'in'))
    os.makedirs(os.path.join(d, 'in'))
    os.makedirs(os.path.join(d, 'expected'), exist_ok=True)
    props = f'today={today}\n'
    if gemeente:
        props += f'gemeente={gemeente}\n'
    if catalog:
        props += 'catalog=catalog.csv\n'
        with open(os.path.join(d, 'catalog.csv'), 'w') as f:
            f.write(catalog)
    with open(os.path.join(d, 'scenario.properties'), 'w') as f:
        f.write(props)
    lines = ['file\toutcome\tretourcodes\toutputs\tproves']
    for file, xml, outcome, codes, outputs, proves in rows:
        with open(os.path.join(d, 'in', file), 'w') as f:
            f.write(xml)
        lines.append('\t'.join([file, outcome, codes or '-', outputs or '-', proves or '']).rstrip('\t'))
    with open(os.path.join(d, 'expected', 'outcomes.tsv'), 'w') as f:
        f.write('\n'.join(lines) + '\n')


def p(ref, t, begin, eind, volume, **kw):
    """A prestatie on toewijzing t at the contract tariff of its product unless given."""
    tarieven = {'02A03': ('82', 26576), '07A05': ('16', 6360), '02A05': ('04', 6600)}
    eenheid, tarief = tarieven.get(kw.get('code', t.get('code')), ('83', None))
    x = dict(ref=ref, nummer=t['nummer'], cat=t.get('cat'), code=t.get('code'), begin=begin, eind=eind, volume=volume,
             eenheid=eenheid, tarief=tarief)
    x.update(kw)
    return x


# 40: a toewijzing's history: TR332, changes, TR308 against the shortened toewijzing, TR385, TR384
def s40():
    t = dict(T234)
    short = dict(t, eind='2026-06-30', reden='05', datum='2026-03-01')
    gone = dict(t, eind='2026-02-01', reden='13', datum='2026-09-01')
    rows = [
        ('01-wmo301-toewijzing.xml', toewijzing('TW-40-01', '2026-01-30', A, [t]), 'ACCEPTED', None, 'WMO301', 'TR332:pass'),
        ('02-wmo301-same-number-other-client.xml', toewijzing('TW-40-02', '2026-01-31', B, [t]), 'REJECTED',
         'TR332=9332', 'FOUTMELDING', 'TR332:fail'),
        ('03-wmo301-shortened.xml', toewijzing('TW-40-03', '2026-03-01', A, [short]), 'ACCEPTED', None, 'WMO301', 'TR332:pass'),
        ('04-wmo323-june.xml', declaratie('DE-40-04', '2026-07-03', 'D4004', '2026-06-01', '2026-06-30',
                                          [(A, [p('R40-04-1', t, '2026-06-01', '2026-06-30', 1)])]),
         'ACCEPTED', None, 'WMO325', 'TR308:pass TR384:pass'),
        ('05-wmo323-july-after-the-new-end.xml', declaratie('DE-40-05', '2026-08-03', 'D4005', '2026-07-01', '2026-07-31',
                                                            [(A, [p('R40-05-1', t, '2026-07-01', '2026-07-31', 1)])]),
         'PARTLY_REJECTED', 'TR308=9308 TR321=9321', 'WMO325', 'TR308:fail'),
        ('06-wmo301-withdrawn-with-granted-prestatie.xml', toewijzing('TW-40-06', '2026-09-01', A, [gone]), 'REJECTED',
         'TR385=9385', 'FOUTMELDING', 'TR385:fail'),
        ('07-wmo323-credit-june.xml', declaratie('DE-40-07', '2026-09-01', 'D4007', '2026-08-01', '2026-08-31',
                                                 [(A, [p('R40-07-1', t, '2026-06-01', '2026-06-30', 1, dc='C',
                                                         vorig='R40-04-1')])]),
         'ACCEPTED', None, 'WMO325', 'TR323:pass TR390:pass'),
        ('08-wmo301-withdrawn.xml', toewijzing('TW-40-08', '2026-09-02', A, [dict(gone, datum='2026-09-02')]), 'ACCEPTED',
         None, 'WMO301', 'TR385:pass'),
        ('09-wmo323-on-the-withdrawn-toewijzing.xml', declaratie('DE-40-09', '2026-09-03', 'D4009', '2026-08-01', '2026-08-31',
                                                                 [(A, [p('R40-09-1', t, '2026-02-01', '2026-02-28', 1)])]),
         'PARTLY_REJECTED', 'TR384=9384 TR308=9308 TR388=9388', 'WMO325', 'TR384:fail'),
    ]
    scenario('40-toewijzing-history', '2026-11-15', rows)


# 41: start and stop
def s41():
    t, u = T234, T235
    toe = toewijzing('TW-41-00', '2026-01-30', A, [T234, T235, T236])

    def start(ident, t, begin, status='1', nummer=None):
        return levering(False, ident, '2026-07-01', A, [dict(nummer=nummer or t['nummer'], cat=t['cat'], code=t['code'],
                                                            ingang=t['ingang'], begin=begin, status=status)])

    def stop(ident, t, begin, reden, eind, status='1'):
        return levering(True, ident, '2026-07-01', A, [dict(nummer=t['nummer'], cat=t['cat'], code=t['code'],
                                                           ingang=t['ingang'], begin=begin, reden=reden, eind=eind,
                                                           status=status)])
    rows = [
        ('00-wmo301-toewijzing.xml', toe, 'ACCEPTED', None, 'WMO301', None),
        ('01-wmo305-start.xml', start('ST-41-01', t, '2026-02-03'), 'ACCEPTED', None, 'WMO306',
         'TR019:pass TR074:pass TR326:pass'),
        ('02-wmo305-unknown-toewijzing.xml', start('ST-41-02', t, '2026-02-03', nummer=260009999), 'REJECTED',
         'TR019=9019', 'WMO306', 'TR019:fail'),
        ('03-wmo305-same-key-again.xml', start('ST-41-03', t, '2026-02-03'), 'REJECTED', 'TR074=9074', 'WMO306', 'TR074:fail'),
        ('04-wmo305-not-stopped-yet.xml', start('ST-41-04', t, '2026-03-01'), 'REJECTED', 'TR326=9326', 'WMO306',
         'TR326:fail'),
        ('05-wmo307-no-start-with-this-key.xml', stop('SP-41-05', t, '2026-02-10', '20', '2026-03-31'), 'REJECTED',
         'TR382=9069', 'WMO308', 'TR382:fail'),
        ('06-wmo307-temporary-stop.xml', stop('SP-41-06', t, '2026-02-03', '20', '2026-03-31'), 'ACCEPTED', None, 'WMO308',
         'TR382:pass TR413:pass TR414:pass TR415:pass'),
        ('07-wmo307-second-temporary-stop.xml', stop('SP-41-07', t, '2026-02-03', '20', '2026-04-30'), 'REJECTED',
         'TR413=9413', 'WMO308', 'TR413:fail'),
        ('08-wmo307-final-stop-ending-earlier.xml', stop('SP-41-08', t, '2026-02-03', '19', '2026-03-15'), 'REJECTED',
         'TR414=9414', 'WMO308', 'TR414:fail'),
        ('09-wmo307-final-stop.xml', stop('SP-41-09', t, '2026-02-03', '19', '2026-05-31'), 'ACCEPTED', None, 'WMO308',
         'TR414:pass TR415:pass'),
        ('10-wmo307-after-the-final-stop.xml', stop('SP-41-10', t, '2026-02-03', '23', '2026-06-30'), 'REJECTED',
         'TR415=9415', 'WMO308', 'TR415:fail'),
        ('11-wmo305-remove-a-stopped-start.xml', start('ST-41-11', t, '2026-02-03', status='3'), 'REJECTED', 'TR071=9071',
         'WMO306', 'TR071:fail'),
        ('12-wmo305-remove-what-was-never-sent.xml', start('ST-41-12', u, '2025-09-02', status='3'), 'REJECTED',
         'TR063=9063', 'WMO306', 'TR063:fail'),
        ('13-wmo305-start-other-toewijzing.xml', start('ST-41-13', u, '2025-09-02'), 'ACCEPTED', None, 'WMO306', None),
        ('14-wmo305-remove-it.xml', start('ST-41-14', u, '2025-09-02', status='3'), 'ACCEPTED', None, 'WMO306',
         'TR063:pass TR071:pass'),
        ('15-wmo305-start-it-again.xml', start('ST-41-15', u, '2025-09-02'), 'ACCEPTED', None, 'WMO306',
         'TR074:pass TR326:pass'),
        ('16-wmo307-remove-a-stop-never-sent.xml', stop('SP-41-16', u, '2025-09-02', '19', '2026-05-31', status='3'),
         'REJECTED', 'TR063=9063', 'WMO308', 'TR063:fail'),
        ('17-wmo305-restart-after-the-stop.xml', start('ST-41-17', t, '2026-06-01'), 'ACCEPTED', None, 'WMO306',
         'TR326:pass'),
    ]
    scenario('41-start-and-stop', '2026-11-15', rows)


# 42: how each prestatie relates to its toewijzing; the Declaratie class
def s42():
    t, u = T234, T235
    tb = dict(nummer=260004567, cat='02', code='02A05', ingang='2026-01-01', eind='2026-12-31', omvang=(3, '04', '2'))
    march = ('2026-03-01', '2026-03-31')
    d1 = [
        (A, [p('R42-01', t, *march, 1),
             p('R42-02', u, '2026-02-01', '2026-02-28', 3),
             p('R42-03', dict(t, nummer=260009999), *march, 1),                  # TR338 no such toewijzing
             p('R42-04', tb, '2026-02-01', '2026-02-28', 4),                      # TR304 client B's toewijzing
             p('R42-05', u, *march, 3, cat='02'),                                 # TR339 (and S329, 0611: 07A05 is category 07)
             p('R42-06', u, '2026-01-01', '2026-01-31', 3, code='07A01', eenheid='16', tarief=6360),  # TR340 (and 0611)
             p('R42-07', u, '2025-12-01', '2025-12-31', 3, eenheid='04'),         # TR341 (and 0611: tariff per dagdeel)
             p('R42-08', u, '2026-03-02', '2026-03-31', 3),                       # TR387
             p('R42-09', u, '2025-10-01', '2025-10-30', 3),                       # TR388
             p('R42-11', t, '2026-01-01', '2026-01-31', 1),                       # TR307 (and TR321: nothing assigned then)
             p('R42-12', u, '2025-11-01', '2025-11-30', 3)]),
        (B, [p('R42-13', tb, *march, 4)]),
        (C, [p('R42-14', t, '2026-02-01', '2026-02-28', 1)]),                     # TR304: no toewijzing at all
    ]
    codes1 = ('TR304=8187 TR338=9338 TR304=8187 TR339=9339 TR381=S329 TR418=0611 TR340=9340 TR418=0611 TR341=9341 '
              'TR418=0611 TR387=9387 TR388=9388 TR307=9307 TR321=9321')
    # TR319 is a rule inside the message (level 2): a later month in a declaratie rejects it whole with 0001
    april_in_march = [(A, [p('R42-10', u, '2026-04-01', '2026-04-30', 3)])]
    rows = [
        ('00-wmo301-toewijzing.xml', toewijzing('TW-42-00', '2026-01-30', A, [T234, T235]), 'ACCEPTED', None, 'WMO301', None),
        ('00b-wmo301-toewijzing-client-b.xml', toewijzing('TW-42-0B', '2026-01-30', B, [tb]), 'ACCEPTED', None, 'WMO301', None),
        ('01-wmo323-march.xml', declaratie('DE-42-01', '2026-05-05', 'D4201', *march, d1), 'PARTLY_REJECTED', codes1,
         'WMO325', 'TR314:pass TR338:fail TR304:fail TR339:fail TR340:fail TR341:fail TR387:fail TR388:fail TR307:fail'),
        ('01b-wmo323-april-in-march.xml', declaratie('DE-42-1B', '2026-05-05', 'D4211', *march, april_in_march),
         'REJECTED', 'TR319=0001 TR319=0001', 'WMO325', 'TR319:fail'),
        ('02-wmo323-same-declaratienummer.xml', declaratie('DE-42-02', '2026-05-06', 'D4201', *march,
                                                           [(A, [p('R42-21', t, '2026-02-01', '2026-02-28', 1)])]),
         'REJECTED', 'TR333=9333', 'WMO325', 'TR333:fail'),
        ('03-wmo323-earlier-period.xml', declaratie('DE-42-03', '2026-05-07', 'D4203', '2026-02-01', '2026-02-28',
                                                    [(A, [p('R42-31', t, '2026-02-01', '2026-02-28', 1)])]),
         'REJECTED', 'TR318=8214', 'WMO325', 'TR318:fail'),
        ('04-wmo323-second-for-march.xml', declaratie('DE-42-04', '2026-05-08', 'D4204', *march,
                                                      [(A, [p('R42-41', t, '2026-02-01', '2026-02-28', 1)])]),
         'ACCEPTED', None, 'WMO325',
         'TR318:pass TR333:pass TR338:pass TR304:pass TR339:pass TR340:pass TR341:pass TR387:pass '
         'TR388:pass TR319:pass TR307:pass'),
        ('05-wmo323-referentienummer-again.xml', declaratie('DE-42-05', '2026-05-09', 'D4205', *march,
                                                            [(A, [p('R42-01', t, '2026-02-01', '2026-02-28', 1)])]),
         'PARTLY_REJECTED', 'TR314=8021 TR389=9389', 'WMO325', 'TR314:fail'),
    ]
    scenario('42-prestatie-and-toewijzing', '2026-11-15', rows)


# 43: credits, tariffs (with an indexation), amounts, volumes and budget; a scenario catalogue
CATALOG43 = '''# Scenario catalogue: Coevorden's 07A05 with an invented yearly indexation from 1 January 2026 (to show the
# lookup by date), 02A05 per hour, and a category-10 product without a tariff for a budget toewijzing.
# 02A06 and 02A07 are hourly tariffs for minutes (IV081): one not divisible by 60, one without an amount.
gemeente,productcategorie,productcode,omschrijving,eenheid,tarief,geldig_van,geldig_tot,bron
0109,07,07A05,Participatie zwaar,16,6360,2021-07-01,2025-12-31,seed 001 l.2852
0109,07,07A05,Participatie zwaar (indexed; invented for this test),16,6551,2026-01-01,,scenario 43
0109,02,02A05,Zelfredzaamheid zwaar,04,6600,2021-07-01,,seed 001 l.2815
0109,10,10A01,Maatwerkbudget (invented for this test),83,,2026-01-01,,scenario 43
0109,02,02A06,Uurtarief not divisible by 60 (invented for this test),04,6383,2021-07-01,,scenario 43
0109,02,02A07,Uurtarief without an amount (invented for this test),04,,2021-07-01,,scenario 43
'''


def s43():
    u = T235
    budget = T236   # aspecific (category 10 only, CD041): the prestatie names the code
    uur = dict(nummer=260001237, cat='02', code='02A05', ingang='2026-01-01', eind='2026-12-31', omvang=(3, '04', '2'))
    totaal = dict(nummer=260001238, cat='02', code='02A05', ingang='2026-01-01', eind='2026-06-30', omvang=(10, '04', '6'))
    oneven = dict(nummer=260001239, cat='02', code='02A06', ingang='2026-01-01', eind='2026-12-31', omvang=(3, '04', '2'))
    zonder = dict(nummer=260001240, cat='02', code='02A07', ingang='2026-01-01', eind='2026-12-31', omvang=(3, '04', '2'))
    # IV081: minutes against an hourly tariff: ProductTarief is the tariff per minute, rounded half up, and
    # IngediendBedrag = hourly tariff x minutes / 60, rounded half up
    mu = dict(eenheid='01', tarief=110)   # 6600 / 60
    m = dict(eenheid='01', tarief=106)    # 6383 / 60 = 106.38 -> 106
    mz = dict(eenheid='01', tarief=106)   # no hourly amount: any hourly tariff 6330..6389 rounds to 106
    b = dict(code='10A01', eenheid='83', tarief=None)
    d1 = [(A, [p('R43-11', u, '2025-12-01', '2025-12-31', 3),                     # old tariff 6360
               p('R43-12', u, '2026-01-01', '2026-01-31', 3, tarief=6551),        # indexed tariff
               p('R43-13', u, '2025-11-01', '2025-11-30', 3, bedrag=19000),       # TR346
               p('R43-14', u, '2025-10-01', '2025-10-31', 20),                    # TR321: 5 weeks x 3
               p('R43-15', u, '2025-09-01', '2025-09-30', 3, tarief=6551),        # TR418: 2025 is 6360
               p('R43-16', uur, '2026-01-01', '2026-01-31', 50, eenheid='01', tarief=6600, bedrag=5500)])]  # TR418: per minute is 110
    d2 = [(A, [p('R43-21', u, '2025-12-01', '2025-12-31', 3, dc='C', vorig='R43-11'),
               p('R43-22', u, '2025-12-01', '2025-12-31', 4),                     # TR389 passes: credited above
               p('R43-23', u, '2025-11-01', '2025-11-30', 3, dc='C', vorig='X43-99'),   # TR323
               p('R43-24', u, '2026-01-01', '2026-01-31', 3, tarief=6551),        # TR389: R43-12 granted, not credited
               p('R43-25', budget, '2026-02-01', '2026-02-28', 100000, **b),
               p('R43-26', uur, '2026-02-01', '2026-02-28', 50, bedrag=5500, **mu),   # 50 x 6600 / 60
               p('R43-27', uur, '2026-01-01', '2026-01-31', 50, bedrag=5000, **mu),   # TR346
               p('R43-28', totaal, '2026-01-01', '2026-01-31', 6),
               p('R43-29', oneven, '2026-02-01', '2026-02-28', 7, bedrag=744, **m),   # TR346: 7 x 6383 / 60 = 744.68 -> 745
               p('R43-2X', zonder, '2026-02-01', '2026-02-28', 7, bedrag=745, **mz)])]  # 7 x 6389 / 60 = 745.38 -> 745
    d3 = [(A, [p('R43-31', u, '2025-12-01', '2025-12-31', 3, dc='C', vorig='R43-11'),   # TR390
               p('R43-32', budget, '2026-03-01', '2026-03-31', 60000, **b),              # TR369: 160000 > 150000
               p('R43-34', totaal, '2026-02-01', '2026-02-28', 6),                      # TR322: 12 > 10 hours
               p('R43-35', zonder, '2026-03-01', '2026-03-31', 7, bedrag=746, **mz)])]  # TR346: at most 745 for 106
    d4 = [(A, [p('R43-41', u, '2026-01-01', '2026-01-31', 3, tarief=6551, dc='C', vorig='R43-12'),
               p('R43-42', budget, '2026-04-01', '2026-04-30', 10000, **b),              # 110000 of 150000
               p('R43-43', uur, '2026-03-01', '2026-03-31', 60, bedrag=6600, **mu),
               p('R43-44', totaal, '2026-03-01', '2026-03-31', 4),                      # 10 of 10 hours
               p('R43-45', oneven, '2026-03-01', '2026-03-31', 7, bedrag=745, **m),   # rounded half up
               p('R43-46', zonder, '2026-04-01', '2026-04-30', 7, bedrag=739, **mz)])]  # 7 x 6330 / 60 = 738.5 -> 739
    rows = [
        ('00-wmo301-toewijzing.xml', toewijzing('TW-43-00', '2025-08-30', A, [u, budget, uur]), 'ACCEPTED', None,
         'WMO301', None),
        # a second message: two toewijzingen of one product may not overlap within one WMO301 (TR302)
        ('00b-wmo301-toewijzing-total.xml', toewijzing('TW-43-0B', '2025-08-30', A, [totaal, oneven, zonder]), 'ACCEPTED', None,
         'WMO301', None),
        ('01-wmo323-january.xml', declaratie('DE-43-01', '2026-02-05', 'D4301', '2026-01-01', '2026-01-31', d1),
         'PARTLY_REJECTED', 'TR346=9346 TR321=9321 TR418=0611 TR418=0611', 'WMO325',
         'TR346:fail TR321:fail TR418:fail'),
        ('02-wmo323-february.xml', declaratie('DE-43-02', '2026-03-05', 'D4302', '2026-02-01', '2026-02-28', d2),
         'PARTLY_REJECTED', 'TR323=8017 TR389=9389 TR346=9346 TR346=9346', 'WMO325',
         'TR323:fail TR389:fail TR346:fail'),
        ('03-wmo323-march.xml', declaratie('DE-43-03', '2026-04-05', 'D4303', '2026-03-01', '2026-03-31', d3),
         'PARTLY_REJECTED', 'TR390=9390 TR369=9369 TR322=9322 TR346=9346', 'WMO325',
         'TR390:fail TR369:fail TR322:fail TR346:fail'),
        ('04-wmo323-april.xml', declaratie('DE-43-04', '2026-05-05', 'D4304', '2026-04-01', '2026-04-30', d4), 'ACCEPTED',
         None, 'WMO325', 'TR323:pass TR390:pass TR389:pass TR369:pass TR322:pass TR321:pass TR346:pass TR418:pass'),
    ]
    scenario('43-credit-tariff-volume', '2026-11-15', rows, catalog=CATALOG43)


# 44: regio Meierij: a contract without amounts; the tariff is not checked and the report says so
def s44():
    t = dict(nummer=260007001, cat='07', code='07A01', ingang='2026-01-01', eind='2026-12-31', omvang=(1, '82', '4'))
    x = dict(eenheid='82', tarief=70000)
    rows = [
        ('00-wmo301-toewijzing.xml', toewijzing('TW-44-00', '2025-12-20', A, [t], gemeente='0796'), 'ACCEPTED', None,
         'WMO301', None),
        ('01-wmo323-march.xml', declaratie('DE-44-01', '2026-04-03', 'D4401', '2026-03-01', '2026-03-31',
                                           [(A, [p('R44-01', t, '2026-03-01', '2026-03-31', 1, **x),
                                                 p('R44-02', dict(t, code='07A09'), '2026-02-01', '2026-02-28', 1, **x)])],
                                           gemeente='0796'),
         'PARTLY_REJECTED', 'TR340=9340 TR381=S329 TR418=0611', 'WMO325', None),
    ]
    scenario('44-meierij-without-amounts', '2026-11-15', rows, gemeente='0796')


# 45: TR381, the gemeente's product code list (its catalogue) for WMO301, WMO305, WMO307 and WMO323
def s45():
    t = T234                                                   # 02/02A03 on Coevorden's list
    wrong = dict(nummer=260004501, cat='07', code='02A04', ingang='2026-02-01', eind='2026-12-31', omvang=(1, '82', '4'))
    unknown = dict(nummer=260004502, cat='02', code='02Z99', ingang='2026-02-01', eind='2026-12-31', omvang=(1, '82', '4'))
    elders = dict(nummer=260004503, cat='02', code='02Z99', ingang='2026-02-01', eind='2026-12-31', omvang=(1, '82', '4'))

    def regel(x, **kw):
        return dict(dict(nummer=t['nummer'], cat=t['cat'], code=t['code'], ingang=t['ingang'], begin='2026-02-03'), **kw)
    rows = [
        ('00-wmo301-toewijzing.xml', toewijzing('TW-45-00', '2026-01-30', A, [t]), 'ACCEPTED', None, 'WMO301', 'TR381:pass'),
        ('01-wmo301-code-of-another-category.xml', toewijzing('TW-45-01', '2026-01-30', A, [wrong]), 'REJECTED',
         'TR381=S329', 'FOUTMELDING', 'TR381:fail'),
        ('02-wmo301-code-not-on-the-list.xml', toewijzing('TW-45-02', '2026-01-30', A, [unknown]), 'REJECTED',
         'TR381=S329', 'FOUTMELDING', 'TR381:fail'),
        ('03-wmo305-code-of-another-category.xml', levering(False, 'ST-45-03', '2026-02-05', A, [regel(t, cat='07')]),
         'REJECTED', 'TR381=S329', 'WMO306', 'TR381:fail'),
        ('04-wmo305-start.xml', levering(False, 'ST-45-04', '2026-02-05', A, [regel(t)]), 'ACCEPTED', None, 'WMO306',
         'TR381:pass'),
        ('05-wmo307-code-not-on-the-list.xml',
         levering(True, 'SP-45-05', '2026-07-01', A, [regel(t, code='02Z99', reden='19', eind='2026-06-30')]),
         'REJECTED', 'TR381=S329', 'WMO308', 'TR381:fail'),
        ('06-wmo307-stop.xml', levering(True, 'SP-45-06', '2026-07-01', A, [regel(t, reden='19', eind='2026-06-30')]),
         'ACCEPTED', None, 'WMO308', 'TR381:pass'),
        ('07-wmo323-march.xml', declaratie('DE-45-07', '2026-04-03', 'D4507', '2026-03-01', '2026-03-31',
                                           [(A, [p('R45-01', t, '2026-03-01', '2026-03-31', 1),
                                                 p('R45-02', t, '2026-02-01', '2026-02-28', 1, code='07A01', eenheid='82', tarief=35190)])]),
         'PARTLY_REJECTED', 'TR340=9340 TR381=S329 TR418=0611', 'WMO325', 'TR381:fail'),
        ('08-wmo323-april.xml', declaratie('DE-45-08', '2026-05-04', 'D4508', '2026-04-01', '2026-04-30',
                                           [(A, [p('R45-03', t, '2026-04-01', '2026-04-30', 1)])]),
         'ACCEPTED', None, 'WMO325', 'TR381:pass'),
        # a gemeente whose product code list the hub does not have: not checked, and the report says so
        ('09-wmo301-gemeente-without-catalogue.xml', toewijzing('TW-45-09', '2026-01-30', A, [elders], gemeente='1680'),
         'ACCEPTED', None, 'WMO301', 'TR381:pass'),
    ]
    scenario('45-product-code-list', '2026-11-15', rows, gemeente='0109,1680')
    with open(os.path.join(ROOT, '45-product-code-list', 'expected', '09-wmo301-gemeente-without-catalogue.details.txt'), 'w') as f:
        f.write('no contract catalogue configured for gemeente 1680; product codes not checked against its product code list (TR381)\n')


if __name__ == '__main__':
    for s in (s40, s41, s42, s43, s44, s45):
        s()
