/**
 * Reading (and, for simulated users, editing) the fake spreadsheet from tests without going through
 * the counted services, plus deep snapshots that compare with `toEqual` and a readable diff.
 * Dates appear as `{ date: 'YYYY-MM-DD' }` or `{ date: 'YYYY-MM-DDTHH:mm:ss' }` wall-clock values in
 * the spreadsheet's time zone, the same form seeds accept.
 */
import { toA1 } from './a1';
import type { Cell, Scalar } from './cell';
import type { DataValidationImpl } from './data-validation';
import type { SheetsEnv } from './env';
import type { GridRange } from './grid-range';
import type { MetadataLocation, SheetModel, SpreadsheetModel } from './model';
import { DAY_MS, isDateFormat, SERIAL_EPOCH_MS } from './number-format';
import type { RangeImpl } from './range';
import type { CivilDate } from './seed';
import { SheetImpl } from './sheet';

type SnapshotValue = Scalar | CivilDate;

export interface CellSnapshot {
  readonly value?: SnapshotValue;
  readonly formula?: string;
  readonly format?: string;
  readonly note?: string;
  readonly background?: string;
  readonly fontColor?: string;
  readonly fontWeight?: string;
  readonly validation?: {
    readonly criteria: string;
    readonly values: readonly unknown[];
    readonly allowInvalid: boolean;
    readonly helpText: string;
  };
}

export interface MetadataSnapshot {
  readonly id: number;
  readonly key: string;
  readonly value: string | null;
  readonly visibility: string;
  /** 'SPREADSHEET', 'SHEET Cases', 'ROW Cases!2:3', 'COLUMN Cases!B:C'. */
  readonly location: string;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly id: number;
  readonly index: number;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly hidden: boolean;
  /** Non-empty cells by A1 address. */
  readonly cells: Readonly<Record<string, CellSnapshot>>;
  readonly conditionalFormats: readonly { condition: unknown; format: unknown; ranges: string[] }[];
  readonly protections: readonly { type: string; range: string; description: string; warningOnly: boolean }[];
  readonly merges: readonly string[];
  readonly filter: string | null;
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly metadata: readonly MetadataSnapshot[];
}

export interface SpreadsheetSnapshot {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly sheets: readonly SheetSnapshot[];
  readonly metadata: readonly MetadataSnapshot[];
  readonly namedRanges: Readonly<Record<string, string>>;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function civilFromSerial(serial: number): CivilDate {
  const d = new Date(Math.round(SERIAL_EPOCH_MS + serial * DAY_MS));
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0) return { date };
  return { date: `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` };
}

const a1Of = (g: GridRange, sheet: SheetModel | undefined): string =>
  `${sheet ? `${sheet.name}!` : ''}${toA1(g.row, g.col, g.numRows, g.numCols)}`;

export class SpreadsheetState {
  constructor(
    private readonly env: SheetsEnv,
    readonly model: SpreadsheetModel,
  ) {}

  #sheet(name: string): SheetModel {
    const s = this.model.sheetByName(name);
    if (!s)
      throw new Error(
        `No sheet named "${name}" (sheets: ${this.model.sheets.map((x) => x.name).join(', ')})`,
      );
    return s;
  }

  /** A range as the fakes see it (raw object: using it is not counted). `a1` defaults to the data range. */
  range(sheetName: string, a1?: string): RangeImpl {
    const sheet = new SheetImpl(this.env, this.model, this.#sheet(sheetName));
    return a1 === undefined ? sheet.getDataRange() : sheet._rangeFromA1(a1);
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  /** Values as getValues returns them (dates as Date instants). */
  values(sheetName: string, a1?: string): unknown[][] {
    return this.range(sheetName, a1).getValues();
  }

  displayValues(sheetName: string, a1?: string): string[][] {
    return this.range(sheetName, a1).getDisplayValues();
  }

  formulas(sheetName: string, a1?: string): string[][] {
    return this.range(sheetName, a1).getFormulas();
  }

  notes(sheetName: string, a1?: string): string[][] {
    return this.range(sheetName, a1).getNotes();
  }

  numberFormats(sheetName: string, a1?: string): string[][] {
    return this.range(sheetName, a1).getNumberFormats();
  }

  backgrounds(sheetName: string, a1?: string): string[][] {
    return this.range(sheetName, a1).getBackgrounds();
  }

  /** One cell's full state. */
  cell(sheetName: string, a1: string): CellSnapshot {
    const r = this.range(sheetName, a1);
    return cellSnapshot(this.#sheet(sheetName).cell(r._row, r._col));
  }

  /** Simulates a person typing into cells (strings are read as typed input). */
  edit(sheetName: string, a1: string, values: unknown[][]): void {
    this.range(sheetName, a1)._write(values);
  }

  /** Stores the computed result of a formula cell (there is no formula engine). */
  setComputed(sheetName: string, a1: string, value: Scalar): void {
    const r = this.range(sheetName, a1);
    this.#sheet(sheetName).cellForWrite(r._row, r._col).value = value;
  }

  /** What the user sees: the active tab and the selected ranges in A1 notation. */
  selection(): { sheet: string | null; ranges: string[] } {
    const sheet = this.model.sheets.find((s) => s.id === this.model.activeSheetId);
    return {
      sheet: sheet?.name ?? null,
      ranges: this.model.selection
        .filter((g) => g.sheetId === sheet?.id)
        .map((g) => toA1(g.row, g.col, g.numRows, g.numCols)),
    };
  }

  metadata(): MetadataSnapshot[] {
    return this.model.metadata.map((m) => this.#metadata(m.id, m.key, m.value, m.visibility, m.location));
  }

  #metadata(
    id: number,
    key: string,
    value: string | null,
    visibility: string,
    loc: MetadataLocation,
  ): MetadataSnapshot {
    let location = 'SPREADSHEET';
    if (loc.type === 'SHEET') location = `SHEET ${this.model.sheetById(loc.sheetId)?.name ?? loc.sheetId}`;
    else if (loc.type === 'ROW' || loc.type === 'COLUMN') {
      const r = loc.range;
      const sheet = this.model.sheetById(r.sheetId);
      const span =
        loc.type === 'ROW' ? toA1(r.row, 1, r.numRows, 1, false, true) : toA1(1, r.col, 1, r.numCols, true);
      location = `${loc.type} ${sheet?.name ?? r.sheetId}!${span}`;
    }
    return { id, key, value, visibility, location };
  }

  snapshotSheet(sheetName: string): SheetSnapshot {
    const sheet = this.#sheet(sheetName);
    const cells: Record<string, CellSnapshot> = {};
    sheet.rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        const snap = cellSnapshot(cell);
        if (Object.keys(snap).length > 0) cells[toA1(r + 1, c + 1, 1, 1)] = snap;
      });
    });
    const onSheet = (g: GridRange) => a1Of(g, undefined);
    return {
      name: sheet.name,
      id: sheet.id,
      index: this.model.sheets.indexOf(sheet) + 1,
      maxRows: sheet.maxRows,
      maxColumns: sheet.maxColumns,
      frozenRows: sheet.frozenRows,
      frozenColumns: sheet.frozenColumns,
      hidden: sheet.hidden,
      cells,
      conditionalFormats: sheet.conditionalFormats.map((cf) => ({
        condition: cf.condition,
        format: { ...cf.format },
        ranges: cf.ranges.map(onSheet),
      })),
      protections: sheet.protections.map((p) => ({
        type: p.type,
        range: onSheet(p.range),
        description: p.description,
        warningOnly: p.warningOnly,
      })),
      merges: sheet.merges.map(onSheet),
      filter: sheet.filter ? onSheet(sheet.filter.range) : null,
      columnWidths: Object.fromEntries(
        [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v]),
      ),
      metadata: this.model.metadata
        .filter(
          (m) =>
            (m.location.type === 'SHEET'
              ? m.location.sheetId
              : m.location.type === 'SPREADSHEET'
                ? -1
                : m.location.range.sheetId) === sheet.id,
        )
        .map((m) => this.#metadata(m.id, m.key, m.value, m.visibility, m.location)),
    };
  }

  snapshot(): SpreadsheetSnapshot {
    return {
      id: this.model.id,
      name: this.model.name,
      timeZone: this.model.timeZone,
      locale: this.model.locale,
      sheets: this.model.sheets.map((s) => this.snapshotSheet(s.name)),
      metadata: this.model.metadata
        .filter((m) => m.location.type === 'SPREADSHEET')
        .map((m) => this.#metadata(m.id, m.key, m.value, m.visibility, m.location)),
      namedRanges: Object.fromEntries(
        this.model.namedRanges.map((n) => [n.name, a1Of(n.range, this.model.sheetById(n.range.sheetId))]),
      ),
    };
  }
}

function cellSnapshot(cell: Cell | undefined): CellSnapshot {
  if (!cell) return {};
  const out: { -readonly [K in keyof CellSnapshot]: CellSnapshot[K] } = {};
  if (cell.value !== '')
    out.value =
      typeof cell.value === 'number' && isDateFormat(cell.format) ? civilFromSerial(cell.value) : cell.value;
  if (cell.formula !== undefined) out.formula = cell.formula;
  if (cell.format !== undefined) out.format = cell.format;
  if (cell.note !== undefined) out.note = cell.note;
  if (cell.background !== undefined) out.background = cell.background;
  if (cell.fontColor !== undefined) out.fontColor = cell.fontColor;
  if (cell.fontWeight !== undefined) out.fontWeight = cell.fontWeight;
  if (cell.validation !== undefined) {
    const v = cell.validation as DataValidationImpl;
    out.validation = {
      criteria: v.getCriteriaType(),
      values: v
        .getCriteriaValues()
        .map((x) =>
          typeof x === 'object' && x !== null && '_grid' in x ? (x as RangeImpl).getA1Notation() : x,
        ),
      allowInvalid: v.getAllowInvalid(),
      helpText: v.getHelpText(),
    };
  }
  return out;
}

/** Human-readable differences between two snapshots (empty when equal). */
export function diffSnapshots(before: unknown, after: unknown, path = ''): string[] {
  if (Object.is(before, after)) return [];
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (isObj(before) && isObj(after) && Array.isArray(before) === Array.isArray(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diffSnapshots(before[k], after[k], path ? `${path}.${k}` : k));
  }
  return [`${path || '(root)'}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`];
}
