// Loads the built bundle (npm test builds it first) into the offline Apps Script runtime.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LoadOptions, loadBundle, type Runtime } from '../../src/local/runtime';

const build = join(__dirname, '../../build');

export const CODE = readFileSync(join(build, 'Code.js'), 'utf8');
export const SIDEBAR = readFileSync(join(build, 'Sidebar.html'), 'utf8');
export const MANIFEST = JSON.parse(readFileSync(join(build, 'appsscript.json'), 'utf8'));

export function load(options: LoadOptions = {}): Runtime {
  return loadBundle(CODE, { manifest: MANIFEST, htmlFiles: { Sidebar: SIDEBAR }, ...options });
}

/** A Thai office's workbook bound to the script: Bangkok, th_TH (d/m/yyyy day first), 8 Dec 2569 09:30. */
export function office(options: LoadOptions = {}): Runtime {
  return load({
    spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: [{ name: 'Sheet1' }] },
    start: '2026-12-08T09:30:00+07:00',
    deployment: 'bound',
    ...options,
  });
}

/** The instant Sheets passes for a date cell: local midnight in the spreadsheet's zone (found independently of src/). */
export function midnight(iso: string, zone: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  let guess = Date.UTC(y, m - 1, d);
  for (let i = 0; i < 3; i++) guess = Date.UTC(y, m - 1, d) - offsetMinutes(guess, zone) * 60_000;
  return new Date(guess);
}

function offsetMinutes(ms: number, zone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(ms))
    .find((p) => p.type === 'timeZoneName')!.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** What the cell shows for a returned Date, in the spreadsheet's zone: "YYYY-MM-DD HH:mm". */
export function shown(value: unknown, zone: string): string {
  if (!(value instanceof Date)) return `not a Date: ${String(value)}`;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(value)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

export const CUSTOM = { kind: 'custom-function' } as const;
