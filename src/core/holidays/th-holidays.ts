import type { HolidayEntry } from './types';
import { HOLIDAYS_2024 } from './years/2024';
import { HOLIDAYS_2025 } from './years/2025';
import { HOLIDAYS_2026 } from './years/2026';
import { HOLIDAYS_2027 } from './years/2027';
import { HOLIDAYS_2028 } from './years/2028';

/**
 * Thai official holidays for 2024–2028 CE (BE 2567–2571), as observed by government offices
 * and Ministry of Education units (categories: see types.ts).
 *
 * Sources: the cabinet's yearly holiday lists and resolutions (dates in `source` are BE), the
 * Thai arithmetic lunar calendar for the Buddhist days, the Bureau of the Royal Household for the
 * Royal Ploughing Ceremony. test/core/holidays-data.test.ts cross-checks this table against the
 * date-holidays package, the substitution rule and astronomical full moons.
 *
 * Provisional (`provisional: true`), and why:
 * - 2027–2028 substitution days (ชดเชย): derived from the standing rule (next working day; one
 *   day for the whole Songkran block and for the Asanha Bucha + Buddhist Lent pair). The cabinet
 *   publishes each year's list only a few months ahead and sometimes moves a substitution day.
 * - 2027–2028 Royal Ploughing Ceremony: the Royal Household picks the date each year; 13 May
 *   (moved to the nearest weekday) is only a best estimate.
 * Not provisional although in the future: fixed-date holidays (standing resolutions), Teachers'
 * Day, and the 2027–2028 lunar days (arithmetic calendar, both normal years; the test checks
 * them against that calendar and against astronomical full moons).
 *
 * 2027–2028 rechecked (issue 15), each lunar and substitution day against at least two sources:
 * - lunar days: (1) the Thai arithmetic calendar (2570 and 2571 are normal years: Makha Bucha on
 *   the full moon of month 3, Visakha of month 6, Asanha of month 8, Lent the day after); (2) the
 *   astronomical full moon (Meeus, Astronomical Algorithms ch. 49, computed in the test, Bangkok
 *   time): 21 Feb 2027 06:23, 20 May 17:59, 18 Jul 22:45; 10 Feb 2028 22:04, 9 May 02:49, 7 Jul
 *   01:11 (the arithmetic day is the 15th waxing day, which may precede the astronomical moon by
 *   one day, as in 2028); (3) python-holidays' independent Thai lunisolar calendar, whose own tests
 *   assert the same eight dates (vacanza/holidays, tests/countries/test_thailand.py, commit 00ff843f).
 * - substitution days: (1) the standing rule (next working day, computed in the test); (2) the
 *   in-lieu days python-holidays' tests assert for these years (all but 22 Feb 2027, which they do
 *   not list; it follows from Makha Bucha on a Sunday like every other case of the rule).
 * - date-holidays 3.37 (the devDependency) has no Thai lunar or substitution data after 2026: it
 *   confirms only the fixed days. No cabinet list for 2570 or 2571 was found in the stored web pages;
 *   when the cabinet announces one, it wins over all of the above.
 * The 2026 Royal Ploughing date (13 May) is taken from python-holidays' record of the
 * announcement, not from the announcement itself.
 *
 * Not included, unconfirmed:
 * - 2026-06-02 and 2026-07-31: special days proposed to the cabinet on 2568-12-02 and withdrawn.
 * - 2026-10-16: reported by a third party as a special financial-institution holiday; no cabinet
 *   resolution seen.
 * - any special day for the royal cremation of Queen Sirikit (died 2568-10-24): none seen.
 * - National Labour Day as a government-office holiday: not one in 2024–2025; no resolution seen
 *   for 2026 onwards, so it stays 'bank' (private sector and banks only).
 * - special days for 2027–2028: none announced yet.
 *
 * Deliberately absent:
 * - 2024-01-02 is a working day: the cabinet (2566-10-24) moved the substitution for New Year's
 *   Eve 2023 (a Sunday) to Friday 29 Dec 2023.
 * - the substitution for New Year's Eve 2028 (a Sunday) falls on 2029-01-02, outside this table.
 */
// One file per year under years/: next year's holidays are a new file, added here and to the years.
export const TH_HOLIDAYS: readonly HolidayEntry[] = [
  ...HOLIDAYS_2024,
  ...HOLIDAYS_2025,
  ...HOLIDAYS_2026,
  ...HOLIDAYS_2027,
  ...HOLIDAYS_2028,
];

export const TH_HOLIDAY_YEARS = { first: 2024, last: 2028 } as const;
