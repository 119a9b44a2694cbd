/**
 * Recurring work is one case per round. The rounds of a fiscal year, each with the day its case
 * starts: monthly cut-offs start on the 1st, quarterly reports on the quarter's first day, annual
 * dates on the date itself, fiscal-year work on 1 October.
 */
import { type Day, dayFromYmd } from '../dates/civil';
import { fiscalQuarterRange, fiscalYearRange } from '../dates/fiscal';
import { EN_MONTHS_LONG, TH_MONTHS_LONG } from '../dates/names';
import { type Msg, msg } from '../i18n/msg';
import type { Procedure } from './schema';

export interface Round {
  readonly label: Msg;
  readonly start: Day;
}

export function roundsOfFiscalYear(procedure: Procedure, fyBe: number): Round[] {
  const recurrence = procedure.recurrence;
  const fy = fiscalYearRange(fyBe);
  const endCe = fyBe - 543;
  if (!recurrence) return [];
  switch (recurrence.type) {
    case 'fiscal-year':
      return [{ label: msg(`ปีงบประมาณ ${fyBe}`, `FY ${fyBe}`), start: fy.first }];
    case 'quarterly':
      return ([1, 2, 3, 4] as const).map((q) => ({
        label: msg(`ไตรมาส ${q}/${fyBe}`, `Q${q} FY ${fyBe}`),
        start: fiscalQuarterRange(fyBe, q).first,
      }));
    case 'monthly':
      return [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((m) => {
        const y = m >= 10 ? endCe - 1 : endCe;
        return {
          label: msg(`${TH_MONTHS_LONG[m - 1]} ${y + 543}`, `${EN_MONTHS_LONG[m - 1]} ${y}`),
          start: dayFromYmd(y, m, 1),
        };
      });
    case 'annual':
      return recurrence.dates
        .map(({ month, day }) => {
          const y = month >= 10 ? endCe - 1 : endCe;
          return {
            label: msg(
              `${day} ${TH_MONTHS_LONG[month - 1]} ${y + 543}`,
              `${day} ${EN_MONTHS_LONG[month - 1]} ${y}`,
            ),
            start: dayFromYmd(y, month, day),
          };
        })
        .sort((a, b) => a.start - b.start);
  }
}
