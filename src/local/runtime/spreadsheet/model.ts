/**
 * The spreadsheet as plain data: sheets as grids of cells plus everything attached to ranges
 * (developer metadata, named ranges, conditional formats, protections, merges, filters). Structural
 * edits (insert/delete rows and columns, delete sheet) update every attached range in one place.
 */
import type { Cell } from './cell';
import { type Dimension, deleteFrom, type GridRange, insertInto } from './grid-range';

export type MetadataVisibility = 'DOCUMENT' | 'PROJECT';

export type MetadataLocation =
  | { readonly type: 'SPREADSHEET' }
  | { readonly type: 'SHEET'; readonly sheetId: number }
  | { readonly type: 'ROW' | 'COLUMN'; readonly range: GridRange };

export interface MetadataModel {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: MetadataVisibility;
  location: MetadataLocation;
}

export interface ConditionModel {
  readonly type: string;
  readonly values: readonly unknown[];
}

export interface ConditionalFormatModel {
  readonly condition: ConditionModel | null;
  readonly format: Readonly<{
    background?: string;
    fontColor?: string;
    bold?: boolean;
    italic?: boolean;
    strikethrough?: boolean;
    underline?: boolean;
  }>;
  ranges: GridRange[];
}

export interface ProtectionModel {
  readonly id: number;
  readonly type: 'RANGE' | 'SHEET';
  range: GridRange;
  description: string;
  warningOnly: boolean;
  domainEdit: boolean;
  editors: string[];
  unprotected: GridRange[];
  rangeName: string | null;
}

export interface NamedRangeModel {
  name: string;
  range: GridRange;
}

export interface FilterModel {
  range: GridRange;
  readonly criteria: Map<number, unknown>;
}

export class SheetModel {
  rows: (Cell | undefined)[][] = [];
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  hiddenRows = new Set<number>();
  hiddenColumns = new Set<number>();
  conditionalFormats: ConditionalFormatModel[] = [];
  protections: ProtectionModel[] = [];
  merges: GridRange[] = [];
  filter: FilterModel | undefined;

  constructor(
    readonly id: number,
    public name: string,
    public maxRows: number,
    public maxColumns: number,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  /** The cell, created if missing. */
  cellForWrite(row: number, col: number): Cell {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let c = r[col - 1];
    if (!c) {
      c = { value: '' };
      r[col - 1] = c;
    }
    return c;
  }

  /** Last row / column holding a value or formula (0 when empty). */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      const row = this.rows[r - 1];
      if (row?.some((c) => c !== undefined && (c.value !== '' || c.formula !== undefined))) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        const cell = row[c - 1];
        if (cell && (cell.value !== '' || cell.formula !== undefined)) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  whole(): GridRange {
    return { sheetId: this.id, row: 1, col: 1, numRows: this.maxRows, numCols: this.maxColumns };
  }
}

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  metadata: MetadataModel[] = [];
  namedRanges: NamedRangeModel[] = [];
  activeSheetId: number | undefined;
  activeRange: GridRange | undefined;
  /** Every selected range (a RangeList selects several); the last is the active range. */
  selection: GridRange[] = [];
  #nextProtectionId = 1;

  constructor(
    readonly id: string,
    public name: string,
    public timeZone: string,
    public locale: string,
    readonly owner: string,
  ) {}

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  activeSheet(): SheetModel {
    return this.sheetById(this.activeSheetId ?? -1) ?? (this.sheets[0] as SheetModel);
  }

  nextProtectionId(): number {
    return this.#nextProtectionId++;
  }

  /** Applies a structural change to every range attached to sheet `sheetId`. */
  #moveRanges(sheetId: number, dim: Dimension, move: (r: GridRange) => GridRange | undefined): void {
    const sheet = this.sheetById(sheetId);
    this.metadata = this.metadata.filter((m) => {
      if (m.location.type !== 'ROW' && m.location.type !== 'COLUMN') return true;
      if (m.location.range.sheetId !== sheetId) return true;
      const along = m.location.type === 'ROW' ? 'ROWS' : 'COLUMNS';
      if (dim !== along) {
        // Whole rows stay whole rows when columns change (and vice versa).
        const r = m.location.range;
        m.location = {
          type: m.location.type,
          range:
            along === 'ROWS'
              ? { ...r, numCols: sheet?.maxColumns ?? r.numCols }
              : { ...r, numRows: sheet?.maxRows ?? r.numRows },
        };
        return true;
      }
      const r = move(m.location.range);
      if (!r) return false;
      m.location = { type: m.location.type, range: r };
      return true;
    });
    this.namedRanges = this.namedRanges.filter((n) => {
      if (n.range.sheetId !== sheetId) return true;
      const r = move(n.range);
      if (!r) return false;
      n.range = r;
      return true;
    });
    if (!sheet) return;
    const moveAll = (list: GridRange[]): GridRange[] =>
      list.map(move).filter((r): r is GridRange => r !== undefined);
    sheet.merges = moveAll(sheet.merges);
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => {
      cf.ranges = moveAll(cf.ranges);
      return cf.ranges.length > 0;
    });
    sheet.protections = sheet.protections.filter((p) => {
      if (p.type === 'SHEET') {
        p.range = sheet.whole();
        p.unprotected = moveAll(p.unprotected);
        return true;
      }
      const r = move(p.range);
      if (!r) return false;
      p.range = r;
      return true;
    });
    if (sheet.filter) {
      const r = move(sheet.filter.range);
      if (r) sheet.filter.range = r;
      else sheet.filter = undefined;
    }
  }

  /** Inserts `n` empty rows/columns so that the first new one is at position `at`; `copyFrom` gives their formats. */
  insert(sheet: SheetModel, dim: Dimension, at: number, n: number, copyFrom?: number): void {
    const template = (cell: Cell | undefined): Cell | undefined => {
      if (!cell) return undefined;
      const c: Cell = { value: '' };
      if (cell.format !== undefined) c.format = cell.format;
      if (cell.background !== undefined) c.background = cell.background;
      if (cell.fontColor !== undefined) c.fontColor = cell.fontColor;
      if (cell.fontWeight !== undefined) c.fontWeight = cell.fontWeight;
      if (cell.validation !== undefined) c.validation = cell.validation;
      return c;
    };
    if (dim === 'ROWS') {
      const source = copyFrom === undefined ? undefined : sheet.rows[copyFrom - 1];
      const fresh = Array.from({ length: n }, () => (source ? source.map(template) : []));
      while (sheet.rows.length < at - 1) sheet.rows.push([]);
      sheet.rows.splice(at - 1, 0, ...fresh);
      sheet.maxRows += n;
      if (at <= sheet.frozenRows) sheet.frozenRows += n;
      sheet.hiddenRows = shiftSet(sheet.hiddenRows, at, n);
      shiftMap(sheet.rowHeights, at, n);
    } else {
      for (const row of sheet.rows) {
        if (!row) continue;
        const source = copyFrom === undefined ? undefined : row[copyFrom - 1];
        while (row.length < at - 1) row.push(undefined);
        row.splice(at - 1, 0, ...Array.from({ length: n }, () => template(source)));
      }
      sheet.maxColumns += n;
      if (at <= sheet.frozenColumns) sheet.frozenColumns += n;
      sheet.hiddenColumns = shiftSet(sheet.hiddenColumns, at, n);
      shiftMap(sheet.columnWidths, at, n);
    }
    this.#moveRanges(sheet.id, dim, (r) => insertInto(r, dim, at, n));
  }

  /** Deletes `n` rows/columns starting at position `at`. */
  delete(sheet: SheetModel, dim: Dimension, at: number, n: number): void {
    if (dim === 'ROWS') {
      sheet.rows.splice(at - 1, n);
      sheet.maxRows -= n;
      sheet.frozenRows = Math.max(
        0,
        sheet.frozenRows - Math.max(0, Math.min(sheet.frozenRows, at + n - 1) - at + 1),
      );
      sheet.hiddenRows = shiftSet(sheet.hiddenRows, at, -n);
      shiftMap(sheet.rowHeights, at, -n);
    } else {
      for (const row of sheet.rows) row?.splice(at - 1, n);
      sheet.maxColumns -= n;
      sheet.frozenColumns = Math.max(
        0,
        sheet.frozenColumns - Math.max(0, Math.min(sheet.frozenColumns, at + n - 1) - at + 1),
      );
      sheet.hiddenColumns = shiftSet(sheet.hiddenColumns, at, -n);
      shiftMap(sheet.columnWidths, at, -n);
    }
    this.#moveRanges(sheet.id, dim, (r) => deleteFrom(r, dim, at, n));
  }

  /** Removes a sheet and everything attached to it. */
  removeSheet(sheet: SheetModel): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.metadata = this.metadata.filter((m) => {
      if (m.location.type === 'SHEET') return m.location.sheetId !== sheet.id;
      if (m.location.type === 'ROW' || m.location.type === 'COLUMN')
        return m.location.range.sheetId !== sheet.id;
      return true;
    });
    this.namedRanges = this.namedRanges.filter((n) => n.range.sheetId !== sheet.id);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id;
    if (this.activeRange?.sheetId === sheet.id) this.activeRange = undefined;
  }
}

/** Moves members >= at by n (n < 0 deletes [at, at-n)). */
function shiftSet(set: Set<number>, at: number, n: number): Set<number> {
  const out = new Set<number>();
  for (const v of set) {
    if (v < at) out.add(v);
    else if (n > 0) out.add(v + n);
    else if (v >= at - n) out.add(v + n);
  }
  return out;
}

function shiftMap(map: Map<number, number>, at: number, n: number): void {
  const entries = [...map.entries()];
  map.clear();
  for (const [k, v] of entries) {
    if (k < at) map.set(k, v);
    else if (n > 0) map.set(k + n, v);
    else if (k >= at - n) map.set(k + n, v);
  }
}
