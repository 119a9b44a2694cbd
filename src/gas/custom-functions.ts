/** Custom formulas as Sheets calls them: arguments as cells or 2-D ranges, errors thrown as text. */

import { dueDate, fiscalQuarterOf, fiscalYear, thaiDate, workdaysBetween } from '../core/formulas/formulas';
import { KamnotError } from '../core/i18n/error';
import { type DateServices, dateIO, spreadsheetZone } from './date-io';

// A thrown KamnotError's message is already "Thai / English"; anything else is a bug worth seeing as is.
function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof KamnotError) throw new Error(error.message);
    throw error;
  }
}

export function customFunctions(services: DateServices) {
  const io = () => dateIO(services.utilities, spreadsheetZone(services));
  return {
    DUEDATE: (start: unknown, days: unknown, unit?: unknown, holidays?: unknown, calendar?: unknown) =>
      guarded(() => dueDate(io(), start, days, unit, holidays, calendar)),
    WORKDAYSBETWEEN: (start: unknown, end: unknown, holidays?: unknown, calendar?: unknown) =>
      guarded(() => workdaysBetween(io(), start, end, holidays, calendar)),
    THAIDATE: (date: unknown, style?: unknown) => guarded(() => thaiDate(io(), date, style)),
    FISCALYEAR: (date: unknown) => guarded(() => fiscalYear(io(), date)),
    FISCALQUARTER: (date: unknown) => guarded(() => fiscalQuarterOf(io(), date)),
  };
}
