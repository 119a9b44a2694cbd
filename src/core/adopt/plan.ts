/**
 * Where Kamnot's own columns go when a tab is adopted, and how to take them out again. The plan is
 * data: the adapter inserts one block of new columns (to the right of the table, or where the
 * officer chose), writes their header cells, and binds the rest. The office's columns are never
 * written; they only move right when the officer places Kamnot's block inside the table.
 */
import type { Procedure } from '../catalog/schema';
import { fail, ok, type Result } from '../i18n/error';
import { bilingual, type Msg, msg } from '../i18n/msg';
import {
  type Column,
  type ColumnType,
  DOC_NO_COLUMN,
  mappableInputs,
  type RegisterLayout,
  registerLayout,
} from '../register/layout';
import type { Mapping } from './validate';

/** What a plan needs to know of the tab: its header rows and how wide the table is. */
export interface TabShape {
  readonly row: number;
  readonly rows: 1 | 2;
  readonly firstDataRow: number;
  readonly width: number;
}

interface PlannedColumn {
  readonly key: string;
  readonly header: Msg;
  /** The header cell's text, "ไทย / English" as in Kamnot's own registers. */
  readonly text: string;
  readonly help: Msg;
  readonly type: ColumnType;
  /** 0-based column after adoption. */
  readonly column: number;
  /** An input column people type in (the officer asked for it); false for computed columns. */
  readonly input: boolean;
}

/** What is stored with the tab: enough to find Kamnot's columns and to undo the adoption. */
export interface AdoptionRecord {
  readonly version: 1;
  readonly procedureId: string;
  /** 0-based row of Kamnot's header cells: the header row, the lower one of a two-row header. */
  readonly headerRow: number;
  readonly firstDataRow: number;
  /** Office columns bound to input keys, 0-based, after adoption. */
  readonly bound: Readonly<Record<string, number>>;
  /** Columns Kamnot added, 0-based, after adoption. */
  readonly added: readonly { readonly key: string; readonly column: number; readonly input: boolean }[];
  /** Input keys the tab has no column for: read as blank, never reported missing. */
  readonly absent: readonly string[];
}

export interface AdoptionPlan {
  readonly procedureId: string;
  readonly headerRow: number;
  readonly firstDataRow: number;
  /** Insert `count` columns before this 0-based column (the table's width when appending). */
  readonly insertAt: number;
  readonly count: number;
  /** Office columns move right by `count`: the officer placed Kamnot's block inside the table. */
  readonly shiftsOfficeColumns: boolean;
  readonly added: readonly PlannedColumn[];
  /** Every input key → its 0-based column after adoption, or null when neither tab nor plan has one. */
  readonly columnOf: Readonly<Record<string, number | null>>;
  readonly record: AdoptionRecord;
}

export interface PlanOptions {
  /** 0-based column before which Kamnot's block goes; right of the table when absent. */
  readonly at?: number;
  /** Input keys the tab lacks that the officer wants as new columns (hold dates, status…). */
  readonly addInputs?: readonly string[];
  /** The register's layout when it is not the plain one (an office procedure's versioned layout). */
  readonly layout?: RegisterLayout;
}

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function planAdoption(
  mapping: Mapping,
  shape: TabShape,
  procedure: Procedure,
  options: PlanOptions = {},
): Result<AdoptionPlan> {
  const layout = options.layout ?? registerLayout(procedure);
  const bound: Record<string, number> = {};
  const used = new Set<number>();
  for (const c of mappableInputs(layout)) {
    const at = mapping[c.key];
    if (at === null || at === undefined) continue;
    if (!isIndex(at) || at >= shape.width)
      return fail(
        msg(
          `"${c.header.th}": ไม่มีคอลัมน์ที่เลือกในตาราง`,
          `"${c.header.en}": the chosen column is not in the table`,
        ),
      );
    if (used.has(at))
      return fail(msg(`คอลัมน์เดียวกันถูกเลือกให้หลายช่อง`, 'one column is chosen for several fields'));
    used.add(at);
    bound[c.key] = at;
  }
  if (bound.start === undefined)
    return fail(
      msg('ต้องเลือกคอลัมน์วันที่รับเรื่อง (วันเริ่มนับ)', 'choose the date-received column: the day the clock starts'),
    );
  const insertAt = options.at ?? shape.width;
  if (!isIndex(insertAt))
    return fail(
      msg('ตำแหน่งที่เลือกสำหรับคอลัมน์ของ Kamnot ไม่ถูกต้อง', 'the place chosen for Kamnot’s columns is not a column'),
    );

  // Kamnot writes new case IDs: into its own column unless the office's reference column is bound.
  const wanted = new Set(options.addInputs ?? []);
  const newInputs = layout.inputs.filter(
    (c) => bound[c.key] === undefined && (wanted.has(c.key) || c.key === 'case-id'),
  );
  const blocks: { column: Column; input: boolean }[] = [
    ...newInputs.map((column) => ({ column, input: column.key !== 'case-id' })),
    ...layout.computed.map((column) => ({ column, input: false })),
  ];
  const count = blocks.length;
  const shift = (c: number) => (c >= insertAt ? c + count : c);
  const added: PlannedColumn[] = blocks.map(({ column, input }, i) => ({
    key: column.key,
    header: column.header,
    text: bilingual(column.header),
    help: column.help,
    type: column.type,
    column: insertAt + i,
    input,
  }));
  const shifted: Record<string, number> = {};
  for (const [key, c] of Object.entries(bound)) shifted[key] = shift(c);
  const columnOf: Record<string, number | null> = {};
  for (const c of layout.inputs) columnOf[c.key] = shifted[c.key] ?? null;
  // The document number is bound when the tab has it, and never added or reported absent.
  if (shifted[DOC_NO_COLUMN.key] !== undefined) columnOf[DOC_NO_COLUMN.key] = shifted[DOC_NO_COLUMN.key]!;
  for (const a of added) columnOf[a.key] = a.column;
  const absent = layout.inputs.filter((c) => columnOf[c.key] === null).map((c) => c.key);
  const headerRow = shape.row + shape.rows - 1;
  return ok({
    procedureId: procedure.id,
    headerRow,
    firstDataRow: shape.firstDataRow,
    insertAt,
    count,
    shiftsOfficeColumns: insertAt < shape.width,
    added,
    columnOf,
    record: {
      version: 1,
      procedureId: procedure.id,
      headerRow,
      firstDataRow: shape.firstDataRow,
      bound: shifted,
      added: added.map((a) => ({ key: a.key, column: a.column, input: a.input })),
      absent,
    },
  });
}

export interface StopPlan {
  /** Column blocks to delete, right to left, so no deletion moves a block still to come. */
  readonly deleteColumns: readonly { readonly start: number; readonly count: number }[];
  /** Office columns to unbind (Kamnot's metadata, validation and notes go); their cells stay. */
  readonly unbind: readonly { readonly key: string; readonly column: number }[];
  /** Input columns Kamnot added that people may have typed in since: the sidebar asks first. */
  readonly typedColumns: readonly string[];
  readonly warnings: readonly Msg[];
}

/**
 * Stop tracking: delete exactly the columns Kamnot added, so the tab is as it was. `record` holds
 * the columns' current places (the adapter reads them from the column metadata, which moves with
 * a column). A column recorded both as added and as the office's is never deleted.
 */
export function planStopTracking(record: AdoptionRecord): StopPlan {
  const warnings: Msg[] = [];
  const office = new Set(Object.values(record.bound ?? {}).filter(isIndex));
  const columns = new Set<number>();
  const typed: string[] = [];
  for (const a of record.added ?? []) {
    if (!isIndex(a.column)) continue;
    if (office.has(a.column)) {
      warnings.push(
        msg(
          `คอลัมน์ของ Kamnot "${a.key}" อยู่ที่เดียวกับคอลัมน์ของสำนักงาน: ไม่ลบ`,
          `Kamnot's column "${a.key}" sits on an office column: not deleted`,
        ),
      );
      continue;
    }
    columns.add(a.column);
    // The case-id column Kamnot added is filled by Kamnot, but officers may type ids into it too.
    if (a.input || a.key === 'case-id') typed.push(a.key);
  }
  const sorted = [...columns].sort((a, b) => b - a);
  const deleteColumns: { start: number; count: number }[] = [];
  for (const c of sorted) {
    const last = deleteColumns[deleteColumns.length - 1];
    if (last && last.start === c + 1)
      deleteColumns[deleteColumns.length - 1] = { start: c, count: last.count + 1 };
    else deleteColumns.push({ start: c, count: 1 });
  }
  const unbind = Object.entries(record.bound ?? {})
    .filter(([, c]) => isIndex(c))
    .map(([key, column]) => ({ key, column }))
    .sort((a, b) => a.column - b.column);
  return { deleteColumns, unbind, typedColumns: typed, warnings };
}
