/**
 * Building a spreadsheet from plain data, for tests and demos. Dates may be given as Date instants
 * or, independent of any time zone, as `{ date: 'YYYY-MM-DD' }` / `{ date: 'YYYY-MM-DDTHH:mm[:ss]' }`
 * wall-clock values in the spreadsheet's time zone (the same form snapshots use).
 */
import { columnNumber, isDateValue } from '../../../core/cells';
import { parseA1 } from './a1';
import { type Cell, parseTyped, type Scalar, serialFromInstant, serialFromWall } from './cell';
import { type MetadataVisibility, SheetModel, SpreadsheetModel } from './model';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from './spreadsheet';

export type CivilDate = { readonly date: string };
export type SeedValue = Scalar | Date | CivilDate | null | undefined;

export interface SheetSeed {
  readonly name: string;
  readonly id?: number;
  /** Cell values row by row. Strings stay text unless `typed` is true (then they are read as if typed). */
  readonly values?: readonly (readonly SeedValue[])[];
  readonly typed?: boolean;
  /** Formulas ('=…'); the `values` grid then holds their computed results. */
  readonly formulas?: readonly (readonly (string | null | undefined)[])[];
  readonly formats?: readonly (readonly (string | null | undefined)[])[];
  readonly notes?: readonly (readonly (string | null | undefined)[])[];
  readonly backgrounds?: readonly (readonly (string | null | undefined)[])[];
  readonly maxRows?: number;
  readonly maxColumns?: number;
  readonly frozenRows?: number;
  readonly hidden?: boolean;
}

export interface MetadataSeed {
  readonly key: string;
  readonly value?: string | null;
  readonly visibility?: MetadataVisibility;
  /** Sheet name; without it the metadata is on the spreadsheet. */
  readonly sheet?: string;
  /** Whole row(s) "2" or "2:4", or whole column(s) "B" or "B:C", on `sheet`. */
  readonly rows?: string;
  readonly columns?: string;
}

export interface SpreadsheetSeed {
  readonly id?: string;
  readonly name?: string;
  readonly timeZone?: string;
  readonly locale?: string;
  readonly owner?: string;
  readonly sheets?: readonly SheetSeed[];
  readonly metadata?: readonly MetadataSeed[];
  readonly namedRanges?: Readonly<Record<string, string>>;
}

function isCivilDate(v: unknown): v is CivilDate {
  return typeof v === 'object' && v !== null && !isDateValue(v) && typeof (v as CivilDate).date === 'string';
}

const CIVIL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function seedCell(v: SeedValue, timeZone: string, locale: string, typed: boolean): Cell | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (isDateValue(v)) {
    const serial = serialFromInstant(v.getTime(), timeZone);
    return { value: serial, format: Number.isInteger(serial) ? 'yyyy-mm-dd' : 'yyyy-mm-dd H:mm:ss' };
  }
  if (isCivilDate(v)) {
    const m = CIVIL.exec(v.date);
    if (!m) throw new Error(`seed: bad civil date ${v.date}`);
    const serial = serialFromWall(
      Number(m[1]),
      Number(m[2]),
      Number(m[3]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
    );
    return { value: serial, format: m[4] === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd H:mm:ss' };
  }
  if (typed && typeof v === 'string') {
    const w = parseTyped(v, undefined, locale);
    return {
      value: w.value,
      ...(w.formula === undefined ? {} : { formula: w.formula }),
      ...(w.format === undefined ? {} : { format: w.format }),
    };
  }
  return { value: v };
}

function rowSpan(text: string, letters: boolean): [number, number] {
  const parts = text.split(':');
  const toN = (p: string): number => (letters ? columnNumber(p) : Number(p));
  const a = toN(parts[0] as string);
  const b = toN((parts[1] ?? parts[0]) as string);
  return [Math.min(a, b), Math.abs(b - a) + 1];
}

/** Builds the model. `ids` supplies sheet and metadata ids. */
export function buildSpreadsheet(
  seed: SpreadsheetSeed,
  defaults: { id: string; timeZone: string; locale: string; owner: string },
  ids: { sheet(): number; metadata(): number },
): SpreadsheetModel {
  const tz = seed.timeZone ?? defaults.timeZone;
  const locale = seed.locale ?? defaults.locale;
  const ss = new SpreadsheetModel(
    seed.id ?? defaults.id,
    seed.name ?? 'Untitled spreadsheet',
    tz,
    locale,
    seed.owner ?? defaults.owner,
  );
  const sheets = seed.sheets && seed.sheets.length > 0 ? seed.sheets : [{ name: 'Sheet1' }];
  sheets.forEach((s, i) => {
    const grids = [s.values, s.formulas, s.formats, s.notes, s.backgrounds].filter((g) => g !== undefined);
    const rows = Math.max(0, ...grids.map((g) => g.length));
    const cols = Math.max(0, ...grids.flatMap((g) => g.map((r) => r.length)));
    const sheet = new SheetModel(
      s.id ?? (i === 0 ? 0 : ids.sheet()),
      s.name,
      Math.max(s.maxRows ?? NEW_SHEET_ROWS, rows),
      Math.max(s.maxColumns ?? NEW_SHEET_COLUMNS, cols),
    );
    sheet.frozenRows = s.frozenRows ?? 0;
    sheet.hidden = s.hidden ?? false;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const base = seedCell(s.values?.[r]?.[c], tz, locale, s.typed === true);
        const formula = s.formulas?.[r]?.[c];
        const format = s.formats?.[r]?.[c];
        const note = s.notes?.[r]?.[c];
        const background = s.backgrounds?.[r]?.[c];
        if (!base && !formula && !format && !note && !background) continue;
        const cell = sheet.cellForWrite(r + 1, c + 1);
        if (base) Object.assign(cell, base);
        if (formula) cell.formula = formula;
        if (format) cell.format = format;
        if (note) cell.note = note;
        if (background) cell.background = background;
      }
    }
    ss.sheets.push(sheet);
  });
  ss.activeSheetId = ss.sheets[0]?.id;
  for (const m of seed.metadata ?? []) {
    const sheet = m.sheet === undefined ? undefined : ss.sheetByName(m.sheet);
    if (m.sheet !== undefined && !sheet) throw new Error(`seed: metadata on unknown sheet ${m.sheet}`);
    let location: SpreadsheetModel['metadata'][number]['location'] = { type: 'SPREADSHEET' };
    if (sheet && m.rows) {
      const [row, numRows] = rowSpan(m.rows, false);
      location = {
        type: 'ROW',
        range: { sheetId: sheet.id, row, col: 1, numRows, numCols: sheet.maxColumns },
      };
    } else if (sheet && m.columns) {
      const [col, numCols] = rowSpan(m.columns, true);
      location = {
        type: 'COLUMN',
        range: { sheetId: sheet.id, row: 1, col, numRows: sheet.maxRows, numCols },
      };
    } else if (sheet) location = { type: 'SHEET', sheetId: sheet.id };
    ss.metadata.push({
      id: ids.metadata(),
      key: m.key,
      value: m.value ?? null,
      visibility: m.visibility ?? 'DOCUMENT',
      location,
    });
  }
  for (const [name, a1] of Object.entries(seed.namedRanges ?? {})) {
    const ref = parseA1(a1);
    const sheet = ref?.sheetName === undefined ? ss.sheets[0] : ss.sheetByName(ref.sheetName);
    if (!ref || !sheet || ref.row === undefined || ref.col === undefined)
      throw new Error(`seed: bad named range ${name}=${a1}`);
    const endRow = ref.endRow ?? sheet.maxRows;
    const endCol = ref.endCol ?? sheet.maxColumns;
    ss.namedRanges.push({
      name,
      range: {
        sheetId: sheet.id,
        row: ref.row,
        col: ref.col,
        numRows: endRow - ref.row + 1,
        numCols: endCol - ref.col + 1,
      },
    });
  }
  return ss;
}
