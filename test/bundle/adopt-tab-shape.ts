// The shape of an office's tab for the adoption tests, and what the seed cannot say (merges, the
// filter, validation, colour rules, a protection, metadata), done as an officer's clicks do it.
import type { Runtime, SheetSeed } from '../../src/local/runtime';
import type { SeedValue } from '../../src/local/runtime/spreadsheet/seed';

export type Row = readonly SeedValue[];

/** What the seed cannot say (merges, the filter, validation, rules, protection, metadata), done as an officer would. */
interface Dressing {
  readonly merges: readonly string[];
  readonly filter: string;
  /** A1 range → list of allowed values (allow invalid). */
  readonly lists?: Readonly<Record<string, readonly string[]>>;
  /** A1 range → background of an office colour rule "cell is not empty". */
  readonly rules?: Readonly<Record<string, string>>;
  readonly protect?: string;
}

export interface OfficeTab {
  readonly seed: SheetSeed;
  readonly dressing: Dressing;
  readonly procedureId: string;
}

export const grid = (rows: readonly Row[], width: number): SeedValue[][] =>
  rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => '')]);

/** Values at the given cells (A1), null elsewhere: the same shape as the tab's values. */
export function cells<T>(width: number, height: number, at: Readonly<Record<string, T>>): (T | null)[][] {
  const out = Array.from({ length: height }, () => Array.from({ length: width }, () => null as T | null));
  for (const [a1, v] of Object.entries(at)) {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    out[Number(m[2]) - 1]![m[1]!.charCodeAt(0) - 65] = v;
  }
  return out;
}

/** Dresses a seeded tab as its office did, with the services an officer's clicks use. */
export function dress(runtime: Runtime, tab: OfficeTab): void {
  const d = tab.dressing;
  runtime.run({ kind: 'menu' }, () => {
    const app = runtime.gas.SpreadsheetApp;
    const sheet = app.getActive()!.getSheetByName(tab.seed.name)!;
    for (const m of d.merges) sheet.getRange(m).merge();
    sheet.getRange(d.filter).createFilter();
    for (const [a1, list] of Object.entries(d.lists ?? {}))
      sheet.getRange(a1).setDataValidation(
        app
          .newDataValidation()
          .requireValueInList([...list], true)
          .setAllowInvalid(true)
          .build(),
      );
    const rules = Object.entries(d.rules ?? {}).map(([a1, colour]) =>
      app
        .newConditionalFormatRule()
        .whenCellNotEmpty()
        .setBackground(colour)
        .setRanges([sheet.getRange(a1)])
        .build(),
    );
    if (rules.length) sheet.setConditionalFormatRules(rules);
    if (d.protect) sheet.getRange(d.protect).protect().setDescription('หัวตาราง ห้ามแก้').setWarningOnly(true);
    sheet.addDeveloperMetadata('office.owner', 'งานบุคคล');
  });
}
