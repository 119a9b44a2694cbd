/**
 * Finding the register tabs (by their sheet metadata) and their columns (by header text, then by
 * column metadata when a header was retyped). A register whose columns cannot all be found is
 * reported, not guessed at.
 */
import type { Procedure } from '../../core/catalog/schema';
import { columnLetters } from '../../core/cells';
import { fail, ok, type Result } from '../../core/i18n/error';
import { type Msg, msg } from '../../core/i18n/msg';
import type { History } from '../../core/procedures/versions';
import { docNoColumn } from '../../core/register/doc-no';
import { type Column, DOC_NO_COLUMN, type RegisterLayout, registerLayout } from '../../core/register/layout';
import type { WorkbookProcedures } from '../procedures/registry';
import { COLUMN_KEY, headerText, REGISTER_KEY } from '../workbook/register-tab';
import type { Sheet, Spreadsheet } from '../workbook/services';
import { TAB } from '../workbook/tabs';

export interface RegisterTab {
  readonly sheet: Sheet;
  /** The sheet's id (gid), read once: every getter is a service call. */
  readonly id: number;
  readonly procedureId: string;
  /** The header's sheet row (1-based): 1 for Kamnot's own tabs, lower when an adopted tab has titles above. */
  readonly headerRow: number;
  /** Input columns the office's tab does not have (an adopted tab): read as blank, never reported. */
  readonly absent: ReadonlySet<string>;
  /** The case-id column is the office's own reference column (an adopted tab): Kamnot never writes it. */
  readonly officeIds: boolean;
}

/** An adopted tab's binding, kept in the one sheet metadata value so finding registers stays one call. */
export interface Binding {
  readonly procedureId: string;
  readonly headerRow: number;
  readonly absent: readonly string[];
  /** The case-id column is the office's reference column (stored as `i: 1`): Kamnot writes no ids. */
  readonly officeIds?: boolean;
}

export function bindingValue(b: Binding): string {
  if (b.headerRow === 1 && b.absent.length === 0 && !b.officeIds) return b.procedureId;
  return JSON.stringify({ p: b.procedureId, h: b.headerRow, a: b.absent, ...(b.officeIds ? { i: 1 } : {}) });
}

export function readBinding(value: string | null): Binding {
  const text = value ?? '';
  if (text.startsWith('{')) {
    try {
      const o = JSON.parse(text) as { p?: unknown; h?: unknown; a?: unknown; i?: unknown };
      const h = Number(o.h);
      return {
        procedureId: String(o.p ?? ''),
        headerRow: Number.isInteger(h) && h >= 1 ? h : 1,
        absent: Array.isArray(o.a) ? o.a.map(String) : [],
        officeIds: o.i === 1,
      };
    } catch {
      // A hand-edited value: treated as an unknown procedure, which the run reports.
    }
  }
  return { procedureId: text, headerRow: 1, absent: [] };
}

export function registerTab(sheet: Sheet, value: string | null): RegisterTab {
  const b = readBinding(value);
  return {
    sheet,
    id: sheet.getSheetId(),
    procedureId: b.procedureId,
    headerRow: b.headerRow,
    absent: new Set(b.absent),
    officeIds: b.officeIds === true,
  };
}

export interface BoundRegister extends RegisterTab {
  readonly name: string;
  /** The rules new cases follow (an office procedure's latest version). */
  readonly procedure: Procedure;
  /** An office procedure's versions (cases keep theirs); null for a catalogue procedure. */
  readonly history: History | null;
  readonly layout: RegisterLayout;
  /** 0-based column of every layout key and of `doc-no`, or -1 when the column is missing. */
  readonly columnOf: ReadonlyMap<string, number>;
  readonly problems: readonly Msg[];
  /** Read anyway, but worth telling: a header of Kamnot's that two columns carry. */
  readonly warnings: readonly Msg[];
}

export function findRegisters(ss: Spreadsheet): RegisterTab[] {
  const found: RegisterTab[] = [];
  for (const md of ss.createDeveloperMetadataFinder().withKey(REGISTER_KEY).find()) {
    const sheet = md.getLocation().getSheet();
    if (sheet) found.push(registerTab(sheet, md.getValue()));
  }
  return found;
}

/** Tabs that are neither registers nor Kamnot's own: what "bind a tab" and "adopt a tab" offer. */
export function unboundTabs(ss: Spreadsheet): Sheet[] {
  const bound = new Set(findRegisters(ss).map((r) => r.id));
  const system = new Set<string>(Object.values(TAB));
  return ss.getSheets().filter((s) => !bound.has(s.getSheetId()) && !system.has(s.getName()));
}

/** Where a register's rules come from: the workbook's procedures (the office's and the catalogue's). */
export type ProcedureSource = Pick<WorkbookProcedures, 'latest' | 'history'>;

/** How far below the recorded header row a moved header is looked for (title rows added above it). */
const HEADER_SEARCH = 30;

/**
 * The register's header row in `values` (the tab read from row 1): the recorded one while it holds
 * Kamnot's headers, otherwise the row within reach that holds the most of them, so a title row
 * inserted above the header never makes the header a case. Headers retyped everywhere: the recorded
 * row, and the column metadata binds.
 */
function locateHeader(
  tab: RegisterTab,
  values: readonly (readonly unknown[])[],
  layout: RegisterLayout,
): number {
  const texts = new Set(layout.computed.map(headerText));
  const score = (row: readonly unknown[] | undefined) =>
    (row ?? []).filter((v) => typeof v === 'string' && texts.has(v.trim())).length;
  const recorded = score(values[tab.headerRow - 1]);
  if (recorded === texts.size) return tab.headerRow;
  let best = tab.headerRow;
  let bestScore = recorded;
  const last = Math.min(values.length, tab.headerRow + HEADER_SEARCH);
  for (let r = 1; r <= last; r++) {
    const s = score(values[r - 1]);
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  return best;
}

/** A register tab as read (`values`, from row 1) and bound at its header row wherever that is now. */
export interface RegisterRead {
  readonly bound: BoundRegister;
  readonly values: readonly (readonly unknown[])[];
}

/**
 * The one way to read a register: its cells from row 1, then its columns bound. `values`: the caller
 * has just read them. `head`: only the rows down to where a moved header can be, every column (an
 * edit, one case). Fails only when the tab's procedure is unknown; a register whose columns cannot
 * all be found is read, with `bound.problems` saying which.
 */
export function readRegister(
  tab: RegisterTab,
  procedures: ProcedureSource,
  read: { readonly values?: readonly (readonly unknown[])[]; readonly head?: boolean } = {},
): Result<RegisterRead> {
  const { sheet, procedureId } = tab;
  const values = read.values ?? (read.head ? headRows(tab) : sheet.getDataRange().getValues());
  const procedure = procedures.latest(procedureId);
  if (!procedure) {
    const name = sheet.getName();
    return fail(
      msg(
        `แท็บ "${name}" ผูกกับกระบวนงานที่ไม่รู้จัก (${procedureId})`,
        `tab "${name}" is bound to an unknown procedure (${procedureId})`,
      ),
    );
  }
  const history = procedures.history(procedureId);
  const layout = registerLayout(procedure, { versioned: history !== null });
  const headerRow = locateHeader(tab, values, layout);
  const at = headerRow === tab.headerRow ? tab : { ...tab, headerRow };
  const bound = bindColumns(at, values[headerRow - 1] ?? [], { procedure, history, layout });
  return ok({ bound, values });
}

/** The rows down to where a header moved by inserted title rows could be: one read. */
function headRows({ sheet, headerRow }: RegisterTab): unknown[][] {
  const width = sheet.getLastColumn();
  const top = Math.min(Math.max(sheet.getLastRow(), 1), headerRow + HEADER_SEARCH);
  return sheet.getRange(1, 1, top, width).getValues();
}

/** Records where the header is now, after rows were inserted or deleted above it. */
export function recordHeaderRow(tab: RegisterTab, headerRow: number): void {
  const md = tab.sheet.getDeveloperMetadata().find((m) => m.getKey() === REGISTER_KEY);
  if (md) md.setValue(bindingValue({ ...readBinding(md.getValue()), headerRow }));
}

/** The header's columns found by their text, then by column metadata when the text cannot say. */
function bindColumns(
  tab: RegisterTab,
  header: readonly unknown[],
  rules: Pick<BoundRegister, 'procedure' | 'history' | 'layout'>,
): BoundRegister {
  const { sheet } = tab;
  const { history, layout } = rules;
  const name = sheet.getName();
  const columns = [...layout.inputs, ...layout.computed];
  // Columns of steps an older version had: cases still on it read them; none is required.
  const current = new Set(columns.map((c) => c.key));
  const older = new Map<string, Column>();
  for (const record of history ?? []) {
    for (const c of registerLayout(record.procedure).inputs) if (!current.has(c.key)) older.set(c.key, c);
  }
  const byText = new Map<string, number>();
  const twice = new Map<string, number[]>();
  header.forEach((h, i) => {
    if (typeof h !== 'string' || h.trim() === '') return;
    const text = h.trim();
    if (byText.has(text)) twice.set(text, [...(twice.get(text) ?? [byText.get(text)!]), i]);
    else byText.set(text, i);
  });
  const all = [...columns, ...older.values()];
  const columnOf = new Map<string, number>(all.map((c) => [c.key, byText.get(headerText(c)) ?? -1]));
  // The optional document number: by its header, else by the column metadata adoption put there.
  const taken = new Set([...columnOf.values()].filter((i) => i >= 0));
  columnOf.set(DOC_NO_COLUMN.key, docNoColumn(header, taken));
  const problems: Msg[] = [];
  // An optional column (a branch choice) is read as blank when missing; a column a catalogue update
  // added is too, until the run adds it (add-columns.ts).
  const required = (c: Column) => !c.optional && !c.added && !tab.absent.has(c.key);
  const missing = columns.some((c) => columnOf.get(c.key) === -1 && required(c));
  const known = new Set(all.map(headerText));
  const ambiguous = [...twice.keys()].some((text) => known.has(text));
  if (missing || ambiguous) {
    // When the header cannot say (a header retyped or deleted, an adopted tab's own header, or a
    // column of Kamnot's copied with its header), the column metadata decides: it moves with the
    // column and a copy does not carry it. Read only then: it costs calls per column.
    for (const md of sheet.createDeveloperMetadataFinder().withKey(COLUMN_KEY).find()) {
      const key = md.getValue() ?? '';
      const column = md.getLocation().getColumn();
      if (column && columnOf.has(key)) columnOf.set(key, column.getColumn() - 1);
    }
    for (const c of columns) {
      if (columnOf.get(c.key) === -1 && required(c)) {
        problems.push(
          msg(
            `แท็บ "${name}": ไม่พบคอลัมน์ "${c.header.th}"`,
            `tab "${name}": column "${c.header.en}" is missing`,
          ),
        );
      }
    }
  }
  // Which of the columns a header appears on is Kamnot's: the one its column metadata is on.
  const keyOfText = new Map(all.map((c) => [headerText(c), c.key]));
  const warnings = [...twice]
    .filter(([text]) => known.has(text))
    .map(([text, at]) => {
      const letters = at.map((i) => columnLetters(i + 1));
      const read = columnLetters((columnOf.get(keyOfText.get(text) ?? '') ?? at[0]!) + 1);
      return msg(
        `แท็บ "${name}": มี ${at.length} คอลัมน์ที่หัวตารางว่า "${text}" (${letters.join(', ')}): Kamnot อ่านคอลัมน์ ${read} เท่านั้น`,
        `tab "${name}": ${at.length} columns are headed "${text}" (${letters.join(', ')}): Kamnot reads column ${read} only`,
      );
    });
  return { ...tab, name, ...rules, columnOf, problems, warnings };
}
