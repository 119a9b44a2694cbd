/**
 * Utilities: formatDate / parseDate (Java SimpleDateFormat, see simple-date-format.ts), and sleep.
 *
 * Sources: Apps Script Utilities reference. The argument-type error is the production wording
 * "The parameters (String,String,String) don't match the method signature for Utilities.formatDate."
 * The parse failure text is Java's ParseException message ("Unparseable date: \"…\"").
 * sleep(milliseconds): "Sleeps for specified number of milliseconds … The maximum allowed value is
 * 300000 (or 5 minutes)"; here it advances the virtual clock, so the time limit still applies.
 */
import { isDateValue } from '../../../core/cells';
import type { Kernel } from '../kernel';
import { SPEC } from '../kernel';
import { DateFormatError, formatWithPattern, parseWithPattern } from './simple-date-format';

/** formatDate and parseDate are service calls priced on the clock; the rest costs nothing measurable. */
const UTILITIES_SPEC = {
  name: 'Utilities',
  classify: (m: string) => ({
    cost: m === 'formatDate' || m === 'parseDate' ? ('format' as const) : ('utility' as const),
    capability: 'free' as const,
  }),
};

/** Java-ish type names used by Apps Script in signature errors. */
function gasTypeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (isDateValue(v)) return 'Date';
  if (Array.isArray(v)) return 'Object[]';
  return 'Object';
}

export function signatureMessage(method: string, args: readonly unknown[]): string {
  return `The parameters (${args.map(gasTypeName).join(',')}) don't match the method signature for ${method}.`;
}

export class UtilitiesImpl
  implements Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'parseDate' | 'sleep'>
{
  readonly [SPEC] = UTILITIES_SPEC;

  constructor(private readonly kernel: Kernel) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDateValue(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      this.kernel.fail(signatureMessage('Utilities.formatDate', [date, timeZone, format]));
    }
    const ms = (date as Date).getTime();
    if (Number.isNaN(ms)) this.kernel.fail('Invalid argument: date');
    return this.#dateFormat(() => formatWithPattern(ms, timeZone, format));
  }

  parseDate(date: string, timeZone: string, format: string): Date {
    if (typeof date !== 'string' || typeof timeZone !== 'string' || typeof format !== 'string') {
      this.kernel.fail(signatureMessage('Utilities.parseDate', [date, timeZone, format]));
    }
    const ms = this.#dateFormat(() => parseWithPattern(date, timeZone, format, this.kernel.clock.now()));
    return new Date(ms);
  }

  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || !Number.isFinite(milliseconds))
      this.kernel.fail(signatureMessage('Utilities.sleep', [milliseconds]));
    if (milliseconds > 300_000) this.kernel.fail('Invalid argument: milliseconds');
    this.kernel.spend(Math.max(0, Math.floor(milliseconds)));
  }

  #dateFormat<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof DateFormatError) this.kernel.fail(e.message);
      throw e;
    }
  }
}
