import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { TH_HOLIDAY_YEARS, TH_HOLIDAYS } from '../../src/core/holidays/th-holidays';
import type { HolidayCategory, HolidayEntry } from '../../src/core/holidays/types';

const DAY_MS = 86_400_000;
const YEARS: number[] = [];
for (let y = TH_HOLIDAY_YEARS.first; y <= TH_HOLIDAY_YEARS.last; y++) YEARS.push(y);

const toMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const fromMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const addDays = (iso: string, n: number): string => fromMs(toMs(iso) + n * DAY_MS);
const daysBetween = (from: string, to: string): number => Math.round((toMs(to) - toMs(from)) / DAY_MS);
const weekday = (iso: string): number => new Date(toMs(iso)).getUTCDay();
const isWeekend = (iso: string): boolean => weekday(iso) === 0 || weekday(iso) === 6;
const yearOf = (e: HolidayEntry): number => Number(e.date.slice(0, 4));
const inRange = (iso: string): boolean => {
  const y = Number(iso.slice(0, 4));
  return y >= TH_HOLIDAY_YEARS.first && y <= TH_HOLIDAY_YEARS.last;
};

const EN = {
  makha: 'Makha Bucha Day',
  visakha: 'Visakha Bucha Day',
  asanha: 'Asanha Bucha Day',
  lent: 'Buddhist Lent Day (Khao Phansa)',
  songkran: 'Songkran Festival',
} as const;

const findOne = (year: number, en: string): HolidayEntry => {
  const found = TH_HOLIDAYS.filter((e) => yearOf(e) === year && e.en === en && e.kind !== 'substitution');
  expect(found, `${year} ${en}`).toHaveLength(1);
  return found[0]!;
};

describe('TH_HOLIDAYS: shape', () => {
  it('has valid ISO dates inside TH_HOLIDAY_YEARS, sorted by date', () => {
    for (const e of TH_HOLIDAYS) {
      expect(e.date, JSON.stringify(e)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(fromMs(toMs(e.date)), `${e.date} is not a calendar date`).toBe(e.date);
      expect(inRange(e.date), `${e.date} outside ${TH_HOLIDAY_YEARS.first}-${TH_HOLIDAY_YEARS.last}`).toBe(
        true,
      );
    }
    const dates = TH_HOLIDAYS.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(TH_HOLIDAYS.map(yearOf))).toEqual(new Set(YEARS));
  });

  it('has non-empty th, en and source', () => {
    for (const e of TH_HOLIDAYS) {
      expect(e.th.trim(), JSON.stringify(e)).not.toBe('');
      expect(e.en.trim(), JSON.stringify(e)).not.toBe('');
      expect(e.source.trim(), JSON.stringify(e)).not.toBe('');
    }
  });

  it('has no duplicate (date, category) pair', () => {
    const seen = new Set<string>();
    const dups: string[] = [];
    for (const e of TH_HOLIDAYS) {
      const key = `${e.date}|${e.category}`;
      if (seen.has(key)) dups.push(key);
      seen.add(key);
    }
    expect(dups).toEqual([]);
  });

  it('names substitution days as ชดเชย days', () => {
    for (const e of TH_HOLIDAYS.filter((x) => x.kind === 'substitution')) {
      expect(e.th.startsWith('วันหยุดชดเชย'), e.th).toBe(true);
      expect(e.en.startsWith('Substitution for '), e.en).toBe(true);
    }
  });

  it('marks provisional exactly the 2027-2028 days that still depend on an announcement', () => {
    const dependsOnAnnouncement = (e: HolidayEntry) =>
      e.kind === 'substitution' || e.kind === 'royal-ploughing' || e.kind === 'special';
    for (const e of TH_HOLIDAYS) {
      const expected = yearOf(e) >= 2027 && dependsOnAnnouncement(e);
      expect(e.provisional === true, `${e.date} ${e.en}`).toBe(expected);
    }
  });

  it('has the expected holidays every year', () => {
    for (const y of YEARS) {
      for (const en of [
        "New Year's Day",
        'Chakri Memorial Day',
        'Coronation Day',
        "Queen Suthida's Birthday",
        "King Vajiralongkorn's Birthday",
        "Queen Mother Sirikit's Birthday / National Mother's Day",
        'King Bhumibol Memorial Day',
        'Chulalongkorn Day',
        "King Bhumibol's Birthday / National Day / Father's Day",
        'Constitution Day',
        "New Year's Eve",
        "Teachers' Day",
        'National Labour Day',
        'Royal Ploughing Ceremony Day',
        EN.makha,
        EN.visakha,
        EN.asanha,
        EN.lent,
      ]) {
        findOne(y, en);
      }
      const songkran = TH_HOLIDAYS.filter((e) => yearOf(e) === y && e.en === EN.songkran);
      expect(songkran.map((e) => e.date)).toEqual([`${y}-04-13`, `${y}-04-14`, `${y}-04-15`]);
      expect(findOne(y, "Teachers' Day")).toMatchObject({ date: `${y}-01-16`, category: 'school' });
      // Labour Day is a private-sector and bank holiday; government offices stay open.
      expect(findOne(y, 'National Labour Day')).toMatchObject({ date: `${y}-05-01`, category: 'bank' });
      // The Bank of Thailand has observed Asanha Bucha instead of Buddhist Lent Day since BE 2550.
      expect(findOne(y, EN.lent).category).toBe('government');
    }
  });

  it('puts the Royal Ploughing Ceremony and special days on weekdays, the ceremony in May', () => {
    for (const e of TH_HOLIDAYS.filter((x) => x.kind === 'royal-ploughing' || x.kind === 'special')) {
      expect(isWeekend(e.date), `${e.date} ${e.en}`).toBe(false);
      expect(e.category).toBe('government');
      if (e.kind === 'royal-ploughing') expect(e.date.slice(5, 7)).toBe('05');
    }
    expect(TH_HOLIDAYS.find((e) => e.kind === 'royal-ploughing' && yearOf(e) === 2024)?.date).toBe(
      '2024-05-10',
    );
    expect(TH_HOLIDAYS.find((e) => e.kind === 'royal-ploughing' && yearOf(e) === 2025)?.date).toBe(
      '2025-05-09',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Cross-check with date-holidays (an independent data source, built from timeanddate.com and
// drikpanchang.com tables; it has no Thai substitution days and no lunar data after 2026).
// ---------------------------------------------------------------------------------------------

/** date-holidays English name -> our `en`. An unmapped public holiday fails the test. */
const DH_NAME_TO_EN: Record<string, string> = {
  "New Year's Day": "New Year's Day",
  'Makha Bucha': EN.makha,
  'Chakri Memorial Day': 'Chakri Memorial Day',
  'Songkran Festival': EN.songkran,
  'Coronation Day': 'Coronation Day',
  'Vesak Day': EN.visakha,
  "Queen Suthida's Birthday": "Queen Suthida's Birthday",
  'Asalha Puja': EN.asanha,
  'Buddhist Lent': EN.lent,
  "King's Birthday": "King Vajiralongkorn's Birthday",
  "The Queen Mother's Birthday": "Queen Mother Sirikit's Birthday / National Mother's Day",
  'King Bhumibol Adulyadej Memorial Day': 'King Bhumibol Memorial Day',
  'King Chulalongkorn Day': 'Chulalongkorn Day',
  "King Bhumibol Adulyadej's Birthday": "King Bhumibol's Birthday / National Day / Father's Day",
  'Constitution Day': 'Constitution Day',
  "New Year's Eve": "New Year's Eve",
};

interface Disagreement {
  readonly dhName: string;
  readonly dhDate: string;
  readonly ourDate: string;
  readonly reason: string;
}

/**
 * Known disagreements where the public record differs from date-holidays 3.37. Each entry must
 * still be produced by date-holidays (a fixed upstream makes the test fail, so the entry gets
 * removed instead of rotting).
 */
const DH_DISAGREEMENTS: readonly Disagreement[] = [
  {
    dhName: 'Asalha Puja',
    dhDate: '2024-07-19',
    ourDate: '2024-07-20',
    reason:
      'Thai calendar: 15th waxing day of month 8 was Sat 20 Jul 2024; the cabinet list for 2567 has ' +
      'Asanha Bucha on 20 Jul with its substitution on Mon 22 Jul. date-holidays is one day early.',
  },
  {
    dhName: 'Buddhist Lent',
    dhDate: '2024-07-20',
    ourDate: '2024-07-21',
    reason: 'Khao Phansa is the day after Asanha Bucha: Sun 21 Jul 2024 (cabinet list 2567).',
  },
  {
    dhName: 'Makha Bucha',
    dhDate: '2025-02-13',
    ourDate: '2025-02-12',
    reason: 'Makha Bucha 2568 was Wed 12 Feb 2025 (15th waxing day of month 3; cabinet list 2568).',
  },
  {
    dhName: 'Vesak Day',
    dhDate: '2025-05-12',
    ourDate: '2025-05-11',
    reason:
      'date-holidays takes Vesak from the Indian Buddha Purnima table. Thai Visakha Bucha 2568 was ' +
      'Sun 11 May 2025; Mon 12 May 2025 was its substitution day (both in TH_HOLIDAYS).',
  },
];

const dhDay = (d: string): string => d.slice(0, 10);

describe('TH_HOLIDAYS vs date-holidays', () => {
  const hd = new Holidays('TH');
  const dhByYear = new Map(YEARS.map((y) => [y, hd.getHolidays(y, 'en')] as const));

  it('returns only types we understand for Thailand', () => {
    for (const y of YEARS) {
      for (const h of dhByYear.get(y)!) {
        expect(['public', 'bank', 'observance', 'optional', 'school']).toContain(h.type);
      }
    }
  });

  it('every date-holidays public holiday (and substitute) is in TH_HOLIDAYS on the same date', () => {
    const problems: string[] = [];
    const usedDisagreements = new Set<Disagreement>();
    for (const y of YEARS) {
      for (const h of dhByYear.get(y)!.filter((x) => x.type === 'public')) {
        const date = dhDay(h.date);
        const onDate = TH_HOLIDAYS.filter(
          (e) => e.date === date && (e.category === 'public' || e.category === 'government'),
        );
        if (h.substitute) {
          if (!onDate.some((e) => e.kind === 'substitution')) problems.push(`${date} substitute ${h.name}`);
          continue;
        }
        const en = DH_NAME_TO_EN[h.name];
        if (en === undefined) {
          problems.push(`${date} unmapped date-holidays name "${h.name}"`);
          continue;
        }
        const known = DH_DISAGREEMENTS.find((d) => d.dhName === h.name && d.dhDate === date);
        if (known) {
          usedDisagreements.add(known);
          const ours = TH_HOLIDAYS.filter(
            (e) => e.en === en && e.kind !== 'substitution' && e.date === known.ourDate,
          );
          if (ours.length !== 1) problems.push(`${known.ourDate} ${en} missing (allow-listed date)`);
          continue;
        }
        if (!onDate.some((e) => e.en === en && (e.kind === 'fixed' || e.kind === 'lunar'))) {
          problems.push(`${date} ${h.name} (expected our "${en}")`);
        }
      }
    }
    expect(problems).toEqual([]);
    const stale = DH_DISAGREEMENTS.filter((d) => !usedDisagreements.has(d));
    expect(stale, 'allow-listed disagreements that date-holidays no longer produces').toEqual([]);
  });

  it('every fixed or lunar entry that date-holidays also knows has the same date', () => {
    const enToDh = new Map(Object.entries(DH_NAME_TO_EN).map(([dh, en]) => [en, dh]));
    const problems: string[] = [];
    let compared = 0;
    for (const e of TH_HOLIDAYS.filter((x) => x.kind === 'fixed' || x.kind === 'lunar')) {
      const dhName = enToDh.get(e.en);
      if (dhName === undefined) continue; // Teachers' Day, Labour Day: date-holidays has no such TH day
      const dhDates = dhByYear
        .get(yearOf(e))!
        .filter((h) => h.type === 'public' && !h.substitute && h.name === dhName)
        .map((h) => dhDay(h.date));
      if (dhDates.length === 0) continue; // date-holidays has no lunar data after 2026
      compared++;
      if (dhDates.includes(e.date)) continue;
      const known = DH_DISAGREEMENTS.some((d) => d.dhName === dhName && d.ourDate === e.date);
      if (!known) problems.push(`${e.date} ${e.en}: date-holidays says ${dhDates.join(', ')}`);
    }
    expect(problems).toEqual([]);
    // 2024-2026: 14 fixed (Songkran counts 3) + 4 lunar days a year; 2027-2028: the 14 fixed days.
    expect(compared).toBe(3 * 18 + 2 * 14);
  });
});

// ---------------------------------------------------------------------------------------------
// Substitution days (วันหยุดชดเชย). Standing rule (cabinet resolutions since 2001, as applied in
// the yearly lists): a holiday on a Saturday or Sunday gets the next working day that is not
// already a holiday. A multi-day festival counts as one block and gets at most one day: Songkran
// (13-15 Apr: 2024 Sat-Mon -> Tue 16, 2025 Sun-Tue -> Wed 16) and Asanha Bucha + Buddhist Lent
// (2024 Sat-Sun -> Mon 22 Jul). New Year's Eve and New Year's Day are separate holidays.
// Banks follow the same rule over their own holiday set (Labour Day yes, Buddhist Lent Day no,
// Royal Ploughing no), which is why a substitution day can be 'bank' or 'government' only.
// Documented exceptions:
//  - Teachers' Day (school) is never substituted (MoE rule).
//  - Royal Ploughing and special days are always weekdays (checked above).
//  - 2024-01-02 (for New Year's Eve 2023, a Sunday) was moved by the cabinet (2566-10-24) to
//    29 Dec 2023, outside the table.
//  - New Year's Eve 2028 is a Sunday: its day, 2029-01-02, is outside the table.
// ---------------------------------------------------------------------------------------------

type View = 'government' | 'bank';

const VIEW_CATEGORIES: Record<View, readonly HolidayCategory[]> = {
  government: ['public', 'government'],
  bank: ['public', 'bank'],
};

const blockKey = (e: HolidayEntry): string => {
  if (e.en === EN.songkran) return 'songkran';
  if (e.en === EN.asanha || e.en === EN.lent) return 'asanha-lent';
  return `${e.date}|${e.en}`;
};

/** Substitution days the standing rule gives, including ones that fall outside the table. */
function ruleSubstitutions(view: View): string[] {
  const cats = VIEW_CATEGORIES[view];
  const inView = TH_HOLIDAYS.filter((e) => cats.includes(e.category) && e.kind !== 'substitution');
  // New Year's Day of the year after the table, so that a substitution spilling over skips it.
  const occupied = new Set([...inView.map((e) => e.date), `${TH_HOLIDAY_YEARS.last + 1}-01-01`]);
  const observed = inView.filter((e) => e.kind === 'fixed' || e.kind === 'lunar');
  const blocks: HolidayEntry[][] = [];
  for (const e of observed) {
    const last = blocks.at(-1);
    const prev = last?.at(-1);
    if (last && prev && blockKey(prev) === blockKey(e) && daysBetween(prev.date, e.date) === 1) last.push(e);
    else blocks.push([e]);
  }
  const assigned: string[] = [];
  for (const block of blocks) {
    if (!block.some((e) => isWeekend(e.date))) continue;
    let day = addDays(block.at(-1)!.date, 1);
    while (isWeekend(day) || occupied.has(day) || assigned.includes(day)) day = addDays(day, 1);
    assigned.push(day);
  }
  return assigned;
}

describe('TH_HOLIDAYS: substitution days follow the standing rule', () => {
  const gov = ruleSubstitutions('government');
  const bank = ruleSubstitutions('bank');

  it('has exactly the substitution days the rule gives, with the right category', () => {
    const expected = new Map<string, HolidayCategory>();
    for (const d of gov.filter(inRange)) expected.set(d, bank.includes(d) ? 'public' : 'government');
    for (const d of bank.filter(inRange)) if (!gov.includes(d)) expected.set(d, 'bank');
    const actual = TH_HOLIDAYS.filter((e) => e.kind === 'substitution').map((e) => [e.date, e.category]);
    expect(actual).toEqual([...expected.entries()].sort((a, b) => a[0].localeCompare(b[0])));
  });

  it('matches the substitution days announced for 2024-2026', () => {
    const announced = TH_HOLIDAYS.filter((e) => e.kind === 'substitution' && yearOf(e) <= 2026).map(
      (e) => e.date,
    );
    expect(announced).toEqual([
      '2024-02-26', // Makha Bucha, Sat 24 Feb
      '2024-04-08', // Chakri, Sat 6 Apr
      '2024-04-16', // Songkran Sat 13 - Mon 15 Apr
      '2024-05-06', // Coronation, Sat 4 May
      '2024-07-22', // Asanha Bucha Sat 20 / Buddhist Lent Sun 21 Jul
      '2024-07-29', // King's Birthday, Sun 28 Jul
      '2024-10-14', // King Bhumibol Memorial Day, Sun 13 Oct
      '2025-04-07', // Chakri, Sun 6 Apr
      '2025-04-16', // Songkran Sun 13 - Tue 15 Apr
      '2025-05-05', // Coronation, Sun 4 May
      '2025-05-12', // Visakha Bucha, Sun 11 May
      '2026-06-01', // Visakha Bucha, Sun 31 May
      '2026-12-07', // King Bhumibol's Birthday, Sat 5 Dec
    ]);
  });

  it('documents the exceptions', () => {
    // Moved by the cabinet to 29 Dec 2023 (resolution 2566-10-24).
    expect(TH_HOLIDAYS.some((e) => e.date === '2024-01-02')).toBe(false);
    // Falls outside the table.
    expect(gov).toContain('2029-01-02');
    // Teachers' Day on a weekend (2027, 2028) is not substituted.
    expect(isWeekend('2027-01-16') && isWeekend('2028-01-16')).toBe(true);
    expect(TH_HOLIDAYS.some((e) => e.kind === 'substitution' && e.th.includes('วันครู'))).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Lunar days: checked against the structure of the Thai lunar calendar and against astronomical
// full moons (Meeus, Astronomical Algorithms ch. 49), independently of any holiday table.
// ---------------------------------------------------------------------------------------------

/** JDE (TT) of the full moon with lunation number k (integer). Meeus ch. 49, full-moon terms. */
function fullMoonJde(lunation: number): number {
  const k = lunation + 0.5;
  const T = k / 1236.85;
  const rad = Math.PI / 180;
  const E = 1 - 0.002516 * T - 0.0000074 * T * T;
  const M = (2.5534 + 29.1053567 * k - 0.0000014 * T * T - 0.00000011 * T ** 3) * rad;
  const Mp =
    (201.5643 + 385.81693528 * k + 0.0107582 * T * T + 0.00001238 * T ** 3 - 0.000000058 * T ** 4) * rad;
  const F =
    (160.7108 + 390.67050284 * k - 0.0016118 * T * T - 0.00000227 * T ** 3 + 0.000000011 * T ** 4) * rad;
  const Om = (124.7746 - 1.56375588 * k + 0.0020672 * T * T + 0.00000215 * T ** 3) * rad;
  const s = Math.sin;
  return (
    2451550.09766 +
    29.530588861 * k +
    0.00015437 * T * T -
    0.00000015 * T ** 3 +
    0.00000000073 * T ** 4 -
    0.40614 * s(Mp) +
    0.17302 * E * s(M) +
    0.01614 * s(2 * Mp) +
    0.01043 * s(2 * F) +
    0.00734 * E * s(Mp - M) -
    0.00515 * E * s(Mp + M) +
    0.00209 * E * E * s(2 * M) -
    0.00111 * s(Mp - 2 * F) -
    0.00057 * s(Mp + 2 * F) +
    0.00056 * E * s(2 * Mp + M) -
    0.00042 * s(3 * Mp) +
    0.00042 * E * s(M + 2 * F) +
    0.00038 * E * s(M - 2 * F) -
    0.00024 * E * s(2 * Mp - M) -
    0.00017 * s(Om) -
    0.00007 * s(Mp + 2 * M) +
    0.00004 * s(2 * Mp - 2 * F) +
    0.00004 * s(3 * M) +
    0.00003 * s(Mp + M - 2 * F) +
    0.00003 * s(2 * Mp + 2 * F) -
    0.00003 * s(Mp + M + 2 * F) +
    0.00003 * s(Mp - M + 2 * F) -
    0.00002 * s(Mp - M - 2 * F) -
    0.00002 * s(3 * Mp + M) +
    0.00002 * s(4 * Mp)
  );
}

/** Bangkok civil date (UTC+7) of the astronomical full moon nearest to `iso`. */
function nearestFullMoonBangkok(iso: string): string {
  const jd = toMs(iso) / DAY_MS + 2440587.5;
  const k0 = Math.round((jd - 2451550.09766) / 29.530588861 - 0.5);
  let best = fullMoonJde(k0);
  for (const k of [k0 - 1, k0 + 1]) {
    const j = fullMoonJde(k);
    if (Math.abs(j - jd) < Math.abs(best - jd)) best = j;
  }
  const deltaTSeconds = 69; // TT - UT, close enough for 2024-2028
  return fromMs((best - 2440587.5) * DAY_MS - deltaTSeconds * 1000 + 7 * 3_600_000);
}

describe('TH_HOLIDAYS: lunar days', () => {
  it('is consistent with the Thai lunar calendar structure', () => {
    for (const y of YEARS) {
      const makha = findOne(y, EN.makha).date;
      const visakha = findOne(y, EN.visakha).date;
      const asanha = findOne(y, EN.asanha).date;
      const lent = findOne(y, EN.lent).date;
      expect(lent, `${y} Buddhist Lent Day is the day after Asanha Bucha`).toBe(addDays(asanha, 1));
      // Month 3 (or 4 in an adhikamasa year) -> month 6 (or 7): 88 days, 89 in adhikamasa years.
      expect([88, 89], `${y} Makha -> Visakha`).toContain(daysBetween(makha, visakha));
      // Month 6 -> month 8 (or 8/8): 59 days, 60 in an adhikavara year.
      expect([59, 60], `${y} Visakha -> Asanha`).toContain(daysBetween(visakha, asanha));
      expect(makha >= `${y}-02-01` && makha <= `${y}-03-10`, `${y} Makha ${makha}`).toBe(true);
      expect(visakha >= `${y}-05-01` && visakha <= `${y}-06-08`, `${y} Visakha ${visakha}`).toBe(true);
      expect(asanha >= `${y}-07-01` && asanha <= `${y}-08-05`, `${y} Asanha ${asanha}`).toBe(true);
    }
  });

  it('matches the Thai arithmetic lunar calendar exactly', () => {
    // Year types from the official year-type list for BE 2300-2700 (as carried by python-holidays):
    // 'normal' = 354 days, 'adhikavara' = 355 (extra day in month 7), 'adhikamasa' = 384 (month 8/8).
    // Months alternate 29/30 days from month 1 (29). The anchor, 1st waxing day of month 1 of the
    // lunar year that ends in 2024, is 2023-12-13; the cabinet-confirmed 2024-2026 dates validate it.
    const types: Record<number, 'normal' | 'adhikavara' | 'adhikamasa'> = {
      2024: 'normal',
      2025: 'adhikavara',
      2026: 'adhikamasa',
      2027: 'normal',
      2028: 'normal',
    };
    let yearStart = '2023-12-13';
    for (const y of YEARS) {
      const type = types[y];
      expect(type, `year type for ${y}`).toBeDefined();
      const leapMonth = type === 'adhikamasa';
      // 15th waxing day of month 3 (4), month 6 (7), month 8 (8/8), counted from day 0.
      const makha = addDays(yearStart, leapMonth ? 102 : 73);
      const visakha = addDays(yearStart, leapMonth ? 191 : 161);
      const asanha = addDays(yearStart, leapMonth ? 250 : type === 'adhikavara' ? 221 : 220);
      expect(findOne(y, EN.makha).date, `${y} Makha Bucha`).toBe(makha);
      expect(findOne(y, EN.visakha).date, `${y} Visakha Bucha`).toBe(visakha);
      expect(findOne(y, EN.asanha).date, `${y} Asanha Bucha`).toBe(asanha);
      yearStart = addDays(yearStart, leapMonth ? 384 : type === 'adhikavara' ? 355 : 354);
    }
  });

  it('puts each full-moon day 0-2 days before the astronomical full moon (Bangkok time)', () => {
    // The arithmetic Thai calendar runs up to two days ahead of the true full moon (e.g.
    // Visakha Bucha 2025: Sun 11 May, full moon 12 May 23:56 Bangkok time); never after it.
    const problems: string[] = [];
    for (const e of TH_HOLIDAYS.filter(
      (x) => x.en === EN.makha || x.en === EN.visakha || x.en === EN.asanha,
    )) {
      const fullMoon = nearestFullMoonBangkok(e.date);
      const lead = daysBetween(e.date, fullMoon);
      if (lead < 0 || lead > 2) problems.push(`${e.date} ${e.en}: full moon ${fullMoon}`);
    }
    expect(problems).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 2027 and 2028, rechecked against a second published source: the dates python-holidays asserts in
// its own test suite (vacanza/holidays, tests/countries/test_thailand.py at commit 00ff843f, MIT),
// computed by its Thai lunisolar calendar independently of this table. date-holidays 3.37 has no
// Thai lunar or substitution data after 2026, so for these years it confirms only the fixed days.
// ---------------------------------------------------------------------------------------------

describe('TH_HOLIDAYS 2027-2028 vs python-holidays', () => {
  const PY_LUNAR: Record<string, readonly [string, string]> = {
    [EN.makha]: ['2027-02-21', '2028-02-10'],
    [EN.visakha]: ['2027-05-20', '2028-05-08'],
    [EN.asanha]: ['2027-07-18', '2028-07-06'],
    [EN.lent]: ['2027-07-19', '2028-07-07'],
  };
  // The in-lieu days its tests list for these years (a partial list: each test names a few).
  const PY_IN_LIEU = [
    '2027-05-03', // Labour Day (banks; government offices stay open)
    '2027-07-20', // Asanha Bucha
    '2027-10-25', // Chulalongkorn Day
    '2027-12-06', // King Bhumibol's Birthday
    '2028-01-03', // New Year's Day
    '2028-04-17', // Songkran
    '2028-06-05', // Queen Suthida's Birthday
    '2028-08-14', // Queen Mother's Birthday
    '2028-12-11', // Constitution Day
  ];

  it('has the same four lunar days in each year', () => {
    for (const [en, dates] of Object.entries(PY_LUNAR))
      for (const date of dates) expect(findOne(Number(date.slice(0, 4)), en).date, en).toBe(date);
  });

  it("has every in-lieu day python-holidays lists, and the New Year's Eve 2028 one falls outside", () => {
    const substitutions = new Set(TH_HOLIDAYS.filter((e) => e.kind === 'substitution').map((e) => e.date));
    expect(PY_IN_LIEU.filter((d) => !substitutions.has(d))).toEqual([]);
    expect(ruleSubstitutions('government')).toContain('2029-01-02');
  });

  it('keeps every 2027-2028 substitution and Royal Ploughing day provisional until announced', () => {
    for (const e of TH_HOLIDAYS.filter((x) => yearOf(x) >= 2027))
      if (e.kind === 'substitution' || e.kind === 'royal-ploughing')
        expect(e.provisional, `${e.date} ${e.en}`).toBe(true);
  });
});
