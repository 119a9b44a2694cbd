/**
 * Finding the register tabs (by their sheet metadata) and their columns (by header text, then by
 * column metadata when a header was retyped). A register whose columns cannot all be found is
 * reported, not guessed at.
 */
import { columnLetter } from '../../core/adopt/grid';
import { procedureById } from '../../core/catalog/catalogue';
import type { Procedure } from '../../core/catalog/schema';
import { type Msg, msg } from '../../core/i18n/msg';
import type { History } from '../../core/procedures/versions';
import { type Column, type RegisterLayout, registerLayout } from '../../core/register/layout';
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
  /** 0-based column of every layout key, or -1 when the column is missing. */
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

/** Where a register's rules come from: the workbook's procedures, or the catalogue alone. */
export type ProcedureSource = Pick<WorkbookProcedures, 'latest' | 'history'>;

export const CATALOGUE: ProcedureSource = { latest: procedureById, history: () => null };

export function bindColumns(
  tab: RegisterTab,
  header: readonly unknown[],
  procedures: ProcedureSource = CATALOGUE,
): BoundRegister | Msg {
  const { sheet, procedureId } = tab;
  const name = sheet.getName();
  const procedure = procedures.latest(procedureId);
  const history = procedures.history(procedureId);
  if (!procedure) {
    return msg(
      `แท็บ "${name}" ผูกกับกระบวนงานที่ไม่รู้จัก (${procedureId})`,
      `tab "${name}" is bound to an unknown procedure (${procedureId})`,
    );
  }
  const layout = registerLayout(procedure, { versioned: history !== null });
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
  const columnOf = new Map<string, number>(
    [...columns, ...older.values()].map((c) => [c.key, byText.get(headerText(c)) ?? -1]),
  );
  const problems: Msg[] = [];
  if (columns.some((c) => columnOf.get(c.key) === -1 && !tab.absent.has(c.key))) {
    // Only when a column the register needs has no header of Kamnot's (retyped, deleted, or an
    // adopted tab's own header): ask the column metadata, which moves with the column.
    for (const md of sheet.createDeveloperMetadataFinder().withKey(COLUMN_KEY).find()) {
      const key = md.getValue() ?? '';
      const column = md.getLocation().getColumn();
      if (column && columnOf.get(key) === -1) columnOf.set(key, column.getColumn() - 1);
    }
    for (const c of columns) {
      if (columnOf.get(c.key) === -1 && !tab.absent.has(c.key)) {
        problems.push(
          msg(
            `แท็บ "${name}": ไม่พบคอลัมน์ "${c.header.th}"`,
            `tab "${name}": column "${c.header.en}" is missing`,
          ),
        );
      }
    }
  }
  const known = new Set(columns.map(headerText));
  const warnings = [...twice]
    .filter(([text]) => known.has(text))
    .map(([text, at]) => {
      const letters = at.map((i) => columnLetter(i));
      return msg(
        `แท็บ "${name}": มี ${at.length} คอลัมน์ที่หัวตารางว่า "${text}" (${letters.join(', ')}): Kamnot อ่านคอลัมน์ ${letters[0]} เท่านั้น`,
        `tab "${name}": ${at.length} columns are headed "${text}" (${letters.join(', ')}): Kamnot reads column ${letters[0]} only`,
      );
    });
  return { ...tab, name, procedure, history, layout, columnOf, problems, warnings };
}
