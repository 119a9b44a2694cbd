/**
 * Dates at the edge: Sheets gives and takes Date instants at midnight in the spreadsheet's zone,
 * which may differ from the script's zone and from the machine's. Offsets come from
 * Utilities.formatDate in that zone, a service call: looked up as rarely as the zone allows (none for
 * Bangkok, about one per distinct day elsewhere; core/dates/zone.ts).
 */
import { instantFromDay, memoOffset, minutesFromZ } from '../core/dates/zone';
import type { DateIO } from '../core/formulas/formulas';

type SpreadsheetAppLike = Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'getActive'>;
export type UtilitiesLike = Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate'>;
type SessionLike = Pick<GoogleAppsScript.Base.Session, 'getScriptTimeZone'>;

export interface DateServices {
  readonly spreadsheetApp: SpreadsheetAppLike;
  readonly utilities: UtilitiesLike;
  readonly session: SessionLike;
}

/** The spreadsheet's zone; the script's when there is no active spreadsheet (time-driven add-on runs). */
export function spreadsheetZone(services: DateServices): string {
  const active = services.spreadsheetApp.getActive();
  return active ? active.getSpreadsheetTimeZone() : services.session.getScriptTimeZone();
}

/** One per formula call: a range of due dates repeats days, so each day's Date is made once. */
export function dateIO(utilities: UtilitiesLike, zone: string): DateIO {
  const offsetAt = memoOffset((ms) => minutesFromZ(utilities.formatDate(new Date(ms), zone, 'Z')), zone);
  const dates = new Map<number, Date>();
  const dateOut = (day: number) => {
    let date = dates.get(day);
    if (!date) {
      date = new Date(instantFromDay(day, offsetAt));
      dates.set(day, date);
    }
    return date;
  };
  return { offsetAt, dateOut };
}
