import { type Day, dayFromYmd, isoFromDay, ymdFromDay } from '../../core/dates/civil';
import { fiscalQuarter, fiscalQuarterRange, fiscalYearBe } from '../../core/dates/fiscal';
import { formatDate } from '../../core/dates/format';
import { BE_OFFSET } from '../../core/dates/names';
import { demoRoll, demoWorkday } from './calendar';

/** How a date is typed: the ways offices write them. */
type Typed = 'numeric' | 'short' | 'long-thai' | 'thai-numeric' | 'picked';

function typed(day: Day, how: Typed): string {
  switch (how) {
    case 'numeric':
      return formatDate(day, { style: 'numeric' }); // 22/11/2569 (Sheets takes it for a date in 2569 CE)
    case 'short':
      return formatDate(day, { style: 'short' }); // 22 พ.ย. 2569
    case 'long-thai':
      return formatDate(day, { style: 'long', thaiDigits: true }); // ๒๒ พฤศจิกายน ๒๕๖๙
    case 'thai-numeric':
      return formatDate(day, { style: 'numeric', thaiDigits: true }); // ๒๒/๑๑/๒๕๖๙
    case 'picked':
      return isoFromDay(day); // the date picker: a real date cell
  }
}

export function planContext(today: Day) {
  const back = (n: number) => demoWorkday(today, -n);
  const ahead = (n: number) => demoWorkday(today, n);
  /** The last working day on or before a date. */
  const onOrBefore = (day: Day) => demoRoll(day, -1);
  const firstWorkingDay = (day: Day) => demoRoll(day, 1);
  /** `n` working days after a day. */
  const workdaysAfter = demoWorkday;
  const n = (day: Day) => typed(day, 'numeric');
  const s = (day: Day) => typed(day, 'short');
  const lt = (day: Day) => typed(day, 'long-thai');
  const tn = (day: Day) => typed(day, 'thai-numeric');
  const p = (day: Day) => typed(day, 'picked');
  const be = ymdFromDay(today).y + BE_OFFSET;
  const fy = fiscalYearBe(today);
  const quarter = fiscalQuarter(today);

  // Fiscal-year schedules (done dates in step order): a plan is done step by step as the year goes by.
  const fyStart = (fyBe: number) => dayFromYmd(fyBe - BE_OFFSET - 1, 10, 1);
  const onDay = (fyBe: number, month: number, d: number) => {
    const y = fyBe - BE_OFFSET - (month >= 10 ? 1 : 0);
    return onOrBefore(dayFromYmd(y, month, d));
  };
  const planSchedule = (fyBe: number): [string, Day][] => [
    ['study-policy-budget', onDay(fyBe, 10, 20)],
    ['review-strategies', onDay(fyBe, 10, 24)],
    ['set-targets', onDay(fyBe, 10, 28)],
    ['draft-plan', onDay(fyBe, 12, 15)],
    ['propose-pec', onDay(fyBe, 12, 18)],
    ['publish-plan', onDay(fyBe, 12, 22)],
    ['support-school-plans', onDay(fyBe, 12, 24)],
    ['report-q1', onDay(fyBe, 12, 28)],
    ['report-q2', onDay(fyBe, 3, 25)],
    ['report-q3', onDay(fyBe, 6, 24)],
    ['report-q4', onDay(fyBe, 9, 22)],
  ];
  const manpowerSchedule = (fyBe: number): [string, Day][] => [
    ['request-workload-nov', onDay(fyBe, 11, 20)],
    ['committee-dec', onDay(fyBe, 12, 18)],
    ['committee-apr', onDay(fyBe, 4, 24)],
    ['request-workload-jun', onDay(fyBe, 6, 5)],
    ['committee-q4', onDay(fyBe, 9, 22)],
  ];
  /** Done cells for the steps whose scheduled day is before `until`, typed in turn in several ways. */
  const doneBy = (schedule: [string, Day][], until: Day, skip: readonly string[] = []) => {
    const ways = [s, n, lt, p];
    const cells: Record<string, string> = {};
    schedule
      .filter(([id, day]) => day < until && !skip.includes(id))
      .forEach(([id, day], i) => {
        cells[`done:${id}`] = ways[i % ways.length]!(day);
      });
    return cells;
  };
  // Salary rounds: one per fiscal quarter, planned for that quarter.
  const previousQuarter =
    quarter === 1 ? { fy: fy - 1, q: 4 as const } : { fy, q: (quarter - 1) as 1 | 2 | 3 };
  const previousRound = firstWorkingDay(fiscalQuarterRange(previousQuarter.fy, previousQuarter.q).first);
  const currentRound = firstWorkingDay(fiscalQuarterRange(fy, quarter).first);
  // A licence whose 180-day renewal lead (calendar days: the manual glosses it "about 6 months") ended
  // two working days ago, one far off, and one applied for in time.
  const licenceLate = back(2) + 180;
  const licenceLater = today + 330;
  const licenceDone = back(10) + 180;
  return {
    today,
    back,
    workdaysAfter,
    ahead,
    onOrBefore,
    firstWorkingDay,
    n,
    s,
    lt,
    tn,
    p,
    be,
    fy,
    quarter,
    fyStart,
    onDay,
    planSchedule,
    manpowerSchedule,
    doneBy,
    previousQuarter,
    previousRound,
    currentRound,
    licenceLate,
    licenceLater,
    licenceDone,
  };
}

export type PlanContext = ReturnType<typeof planContext>;
