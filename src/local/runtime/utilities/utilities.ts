/**
 * Utilities: formatDate / parseDate (Java SimpleDateFormat, see simple-date-format.ts), getUuid,
 * newBlob, sleep (advances the virtual clock), computeDigest and base64 helpers.
 *
 * Sources: Apps Script Utilities reference. The argument-type error is the production wording
 * "The parameters (String,String,String) don't match the method signature for Utilities.formatDate."
 * The parse failure text is Java's ParseException message ("Unparseable date: \"…\"").
 */
import { createHash } from 'node:crypto';
import type { Kernel } from '../kernel';
import { SPEC } from '../kernel';
import type { SeededRandom } from '../random';
import { isDateLike } from '../realm';
import { BlobImpl, fromSigned, toSigned } from './blob';
import { DateFormatError, formatWithPattern, parseWithPattern } from './simple-date-format';

/** formatDate and parseDate are service calls priced on the clock; the rest costs nothing measurable. */
export const UTILITIES_SPEC = {
  name: 'Utilities',
  classify: (m: string) => ({
    cost: m === 'formatDate' || m === 'parseDate' ? ('format' as const) : ('utility' as const),
    capability: 'free' as const,
  }),
};

const DIGESTS = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
} as const;
type DigestName = keyof typeof DIGESTS;

/** Java-ish type names used by Apps Script in signature errors. */
export function gasTypeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (isDateLike(v)) return 'Date';
  if (Array.isArray(v)) return 'Object[]';
  return 'Object';
}

export function signatureMessage(method: string, args: readonly unknown[]): string {
  return `The parameters (${args.map(gasTypeName).join(',')}) don't match the method signature for ${method}.`;
}

const toBytes = (data: string | readonly number[]): Uint8Array =>
  typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'utf8')) : fromSigned(data);

export class UtilitiesImpl
  implements
    Pick<
      GoogleAppsScript.Utilities.Utilities,
      'formatDate' | 'getUuid' | 'sleep' | 'base64Encode' | 'base64Decode'
    >
{
  readonly [SPEC] = UTILITIES_SPEC;
  readonly DigestAlgorithm = Object.freeze(
    Object.fromEntries(Object.keys(DIGESTS).map((k) => [k, k])),
  ) as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  readonly Charset = Object.freeze({
    US_ASCII: 'US_ASCII',
    UTF_8: 'UTF_8',
  }) as unknown as typeof GoogleAppsScript.Utilities.Charset;

  constructor(
    private readonly kernel: Kernel,
    private readonly random: SeededRandom,
  ) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDateLike(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
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

  #dateFormat<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof DateFormatError) this.kernel.fail(e.message);
      throw e;
    }
  }

  getUuid(): string {
    return this.random.uuid();
  }

  /** Advances the virtual clock; counts against the execution time limit like real sleeping. */
  sleep(milliseconds: number): void {
    this.kernel.spend(Math.max(0, Number(milliseconds) || 0));
  }

  newBlob(data: string | number[], contentType?: string, name?: string): BlobImpl {
    return new BlobImpl(toBytes(data ?? ''), contentType ?? null, name ?? null);
  }

  computeDigest(algorithm: string, value: string | number[], _charset?: string): number[] {
    const algo = DIGESTS[algorithm as DigestName];
    if (!algo) this.kernel.fail(signatureMessage('Utilities.computeDigest', [algorithm, value]));
    return toSigned(new Uint8Array(createHash(algo).update(toBytes(value)).digest()));
  }

  base64Encode(data: string | number[], _charset?: GoogleAppsScript.Utilities.Charset): string {
    return Buffer.from(toBytes(data)).toString('base64');
  }

  base64EncodeWebSafe(data: string | number[]): string {
    return Buffer.from(toBytes(data)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    return toSigned(new Uint8Array(Buffer.from(encoded, 'base64')));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    return this.base64Decode(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  }

  /** sprintf-style %s / %d / %f substitution (Utilities.formatString). */
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(/%(%|s|d|f|\.\d+f)/g, (m) => {
      if (m === '%%') return '%';
      const v = args[i++];
      if (m === '%s') return String(v);
      if (m === '%d') return String(Math.trunc(Number(v)));
      const digits = m.length > 2 ? Number(m.slice(2, -1)) : 6;
      return Number(v).toFixed(digits);
    });
  }
}
