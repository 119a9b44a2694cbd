/**
 * "Adopt this tab" through the sidebar: column letters as the officer sees them (checked at the
 * boundary, inputs.ts) turned into 0-based columns for the core, then the work in src/gas/adopt.
 */
import { columnNumber } from '../../core/cells';
import { type AdoptServices, adoptTab as adoptWith } from '../adopt/apply';
import { proposeAdoption as proposeWith } from '../adopt/propose';
import { type StopServices, stopTracking as stopWith } from '../adopt/stop';
import type { UtilitiesLike } from '../date-io';
import type { Spreadsheet } from '../workbook/services';
import type { AdoptionResult, AdoptionView, AdoptMapping, SidebarArgs, StopResult } from './public';

/** The 0-based column the core uses for letters the officer typed: "C" → 2, "AA" → 26. */
const columnIndex = (letters: string): number => columnNumber(letters) - 1;

export function proposeAdoption(
  ss: Spreadsheet,
  utilities: UtilitiesLike,
  gid: number | null,
  procedureId: string | null,
): AdoptionView {
  const id = procedureId !== null && procedureId.trim() !== '' ? procedureId.trim() : null;
  return proposeWith(ss, utilities, gid, id);
}

export function adoptTab(
  services: AdoptServices,
  gid: number,
  procedureId: string,
  mapping: AdoptMapping,
  options: SidebarArgs<'adoptTab'>[3],
): AdoptionResult {
  const columns: Record<string, number | null> = {};
  for (const [key, value] of Object.entries(mapping))
    columns[key] = value === null ? null : columnIndex(value);
  const at = options.at;
  return adoptWith(services, {
    gid,
    procedureId,
    mapping: columns,
    ...(at ? { at: columnIndex(at) } : {}),
    addInputs: options.addInputs ?? [],
    expectHeaders: Object.fromEntries(
      Object.entries(options.headers ?? {}).map(([l, text]) => [columnIndex(l), text]),
    ),
  });
}

export function stopTracking(services: StopServices, gid: number, confirm: boolean): StopResult {
  return stopWith(services, gid, confirm);
}
