/**
 * "Adopt this tab" through the sidebar: the payloads checked at this trust boundary (column letters
 * as the officer sees them, turned into 0-based columns for the core), then the work in src/gas/adopt.
 */
import * as z from 'zod/mini';
import { type AdoptServices, adoptTab as adoptWith } from '../adopt/apply';
import { proposeAdoption as proposeWith } from '../adopt/propose';
import { type StopServices, stopTracking as stopWith } from '../adopt/stop';
import type { UtilitiesLike } from '../date-io';
import type { Spreadsheet } from '../workbook/services';
import type { AdoptionResult, AdoptionView, StopResult } from './public';

const letter = z.string().check(z.regex(/^[A-Za-z]{1,3}$/));
const Mapping = z.record(z.string().check(z.maxLength(200)), z.nullable(letter));
const Options = z.object({
  at: z.optional(z.nullable(letter)),
  addInputs: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100))),
  headers: z.optional(z.record(letter, z.string().check(z.maxLength(1000)))),
});

/** "C" → 2, "AA" → 26. */
export function columnIndex(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

const BAD =
  'ข้อมูลจากแถบข้างไม่ถูกต้อง: รีเฟรชแล้วลองใหม่ / the sidebar sent something unexpected: refresh and try again';

export function proposeAdoption(
  ss: Spreadsheet,
  utilities: UtilitiesLike,
  gid: unknown,
  procedureId: unknown,
): AdoptionView {
  const tab = gid === null || gid === undefined || gid === '' ? null : Number(gid);
  if (tab !== null && !Number.isInteger(tab)) throw new Error(BAD);
  const id = typeof procedureId === 'string' && procedureId.trim() !== '' ? procedureId.trim() : null;
  return proposeWith(ss, utilities, tab, id);
}

export function adoptTab(
  services: AdoptServices,
  gid: unknown,
  procedureId: unknown,
  mapping: unknown,
  options: unknown,
): AdoptionResult {
  const m = Mapping.safeParse(mapping);
  const o = Options.safeParse(options ?? {});
  if (!m.success || !o.success || !Number.isInteger(Number(gid)) || typeof procedureId !== 'string')
    throw new Error(BAD);
  const columns: Record<string, number | null> = {};
  for (const [key, value] of Object.entries(m.data))
    columns[key] = value === null ? null : columnIndex(value);
  const at = o.data.at;
  return adoptWith(services, {
    gid: Number(gid),
    procedureId,
    mapping: columns,
    ...(at ? { at: columnIndex(at) } : {}),
    addInputs: o.data.addInputs ?? [],
    expectHeaders: Object.fromEntries(
      Object.entries(o.data.headers ?? {}).map(([l, text]) => [columnIndex(l), text]),
    ),
  });
}

export function stopTracking(services: StopServices, gid: unknown, confirm: unknown): StopResult {
  if (!Number.isInteger(Number(gid))) throw new Error(BAD);
  return stopWith(services, Number(gid), confirm === true);
}
