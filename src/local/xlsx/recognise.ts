/**
 * Recognising Kamnot's registers in a workbook that lost its developer metadata (a Sheets → xlsx
 * export drops it): each tab's header row (row 1) is compared with every catalogue procedure's
 * layout. A tab matches a procedure when every input column is found by header — the whole
 * "Thai / English" text or either part, trimmed, case-insensitive; the office's own extra columns
 * do not matter. The procedure with the most input columns wins (it explains more of the tab); a
 * tie is broken only by the `_kamnot` sheet's record, else the tab is left alone.
 * A recognised tab gets the metadata createRegister gives a register (REGISTER_KEY on the sheet,
 * COLUMN_KEY on each column), so the bundle binds it exactly as it does in Sheets.
 */
import { allProcedures } from '../../core/catalog/catalogue';
import type { Procedure } from '../../core/catalog/schema';
import { columnLetters } from '../../core/cells';
import { type Msg, msg } from '../../core/i18n/msg';
import { type Column, type RegisterLayout, registerLayout } from '../../core/register/layout';
import { fitLayout, headerIndex } from '../../core/register/recognise';
import { COLUMN_KEY, REGISTER_KEY } from '../../gas/workbook/register-tab';
import { TAB } from '../../gas/workbook/tabs';
import type { MetadataSeed } from '../runtime/spreadsheet/seed';

export interface TabHeader {
  readonly name: string;
  /** Row 1's values. */
  readonly header: readonly unknown[];
}

export interface RecognisedTab {
  readonly tab: string;
  readonly procedure: Procedure;
  readonly layout: RegisterLayout;
  /** 0-based column of every layout key the header has (all input keys). */
  readonly columnOf: ReadonlyMap<string, number>;
  /** Kamnot's computed columns the tab lacks: they are added the add-on's way (bindTab). */
  readonly missingComputed: readonly Column[];
  /** Set when the `_kamnot` sheet settled a tie. */
  readonly tieBrokenBy?: Msg;
}

/** A tab that is not a register of Kamnot's (by its header alone). */
export interface LeftAlone {
  readonly tab: string;
  readonly why: Msg;
  /** The procedure whose Kamnot column names the header has the most of, when it has any. */
  readonly closest?: string;
}

export interface Recognition {
  readonly registers: readonly RecognisedTab[];
  readonly leftAlone: readonly LeftAlone[];
  /** Kamnot's own tabs (People, Holidays…): never registers. */
  readonly systemTabs: readonly string[];
  /** Sheet and column metadata for every register whose columns are all there. */
  readonly metadata: readonly MetadataSeed[];
}

interface Fit {
  readonly layout: RegisterLayout;
  readonly procedure: Procedure;
  readonly columnOf: Map<string, number>;
  readonly missing: readonly Column[];
}

function fitOf(at: ReadonlyMap<string, number>, procedure: Procedure, layout: RegisterLayout): Fit {
  return { layout, procedure, ...fitLayout(at, layout) };
}

const quoteList = (columns: readonly Column[], lang: 'th' | 'en'): string =>
  columns
    .slice(0, 3)
    .map((c) => `"${c.header[lang]}"`)
    .join(', ') + (columns.length > 3 ? ' …' : '');

/**
 * Why the header alone does not make the tab a register. The procedure named is only the one whose
 * Kamnot column names the header has most of: the CLI shows it beside the adoption proposal only
 * when the proposal ranks that procedure first, so the hint never names an unrelated procedure.
 */
function why(fits: readonly Fit[], header: readonly unknown[]): LeftAlone['why'] & { closest?: string } {
  const own = msg(
    'หัวตารางเป็นของหน่วยงานเอง ไม่ใช่ชื่อคอลัมน์ของ Kamnot',
    "the header is the office's own, not Kamnot's column names",
  );
  if (!header.some((h) => typeof h === 'string' && h.trim() !== '')) return own;
  const closest = [...fits].sort(
    (a, b) => b.columnOf.size - a.columnOf.size || a.layout.inputs.length - b.layout.inputs.length,
  )[0];
  const of = closest?.layout.inputs.length ?? 0;
  // A few common words ("ผู้รับผิดชอบ") are any office's; most of a register's names are Kamnot's.
  if (!closest || closest.columnOf.size < Math.max(3, of / 2)) return own;
  const n = closest.missing.length;
  return {
    ...msg(
      `มีชื่อคอลัมน์ของ Kamnot แต่ขาด ${n} จาก ${of} คอลัมน์ที่ต้องกรอก เช่น ${quoteList(closest.missing, 'th')}`,
      `it has Kamnot's column names, but ${n} of the ${of} input columns are missing, e.g. ${quoteList(closest.missing, 'en')}`,
    ),
    closest: closest.procedure.id,
  };
}

function metadataOf(tab: string, r: Fit): MetadataSeed[] {
  const out: MetadataSeed[] = [{ key: REGISTER_KEY, value: r.procedure.id, sheet: tab }];
  for (const [key, i] of r.columnOf)
    out.push({ key: COLUMN_KEY, value: key, sheet: tab, columns: columnLetters(i + 1) });
  return out;
}

/**
 * Recognises every tab. `hints` is what a `_kamnot` sheet recorded (tab → procedure id), used only
 * to settle a tie between procedures whose headers the tab matches equally.
 */
export function recogniseRegisters(
  tabs: readonly TabHeader[],
  hints: ReadonlyMap<string, string> = new Map(),
  procedures: readonly Procedure[] = allProcedures(),
): Recognition {
  const layouts = procedures.map((p) => ({ procedure: p, layout: registerLayout(p) }));
  const system = new Set<string>(Object.values(TAB));
  const registers: RecognisedTab[] = [];
  const leftAlone: LeftAlone[] = [];
  const systemTabs: string[] = [];
  const metadata: MetadataSeed[] = [];
  for (const { name, header } of tabs) {
    if (system.has(name)) {
      systemTabs.push(name);
      continue;
    }
    const at = headerIndex(header);
    const fits = layouts.map((l) => fitOf(at, l.procedure, l.layout));
    const complete = fits
      .filter((f) => f.missing.length === 0)
      .sort((a, b) => b.layout.inputs.length - a.layout.inputs.length);
    const best = complete[0];
    if (!best) {
      const { closest, ...reason } = why(fits, header);
      leftAlone.push({ tab: name, why: reason, ...(closest ? { closest } : {}) });
      continue;
    }
    const tied = complete.filter((f) => f.layout.inputs.length === best.layout.inputs.length);
    let chosen: Fit | undefined = best;
    let tieBrokenBy: Msg | undefined;
    if (tied.length > 1) {
      chosen = tied.find((f) => f.procedure.id === hints.get(name));
      tieBrokenBy = msg('ตัดสินด้วยบันทึกในแท็บ _kamnot', 'settled by the _kamnot sheet');
      if (!chosen) {
        const names = tied.map((f) => f.procedure);
        leftAlone.push({
          tab: name,
          why: msg(
            `หัวตารางตรงกับหลายกระบวนงานเท่ากัน: ${names.map((p) => `"${p.th}"`).join(', ')}`,
            `the header matches several procedures equally: ${names.map((p) => `"${p.en}"`).join(', ')}`,
          ),
        });
        continue;
      }
    }
    const missingComputed = chosen.layout.computed.filter((c) => !chosen.columnOf.has(c.key));
    registers.push({
      tab: name,
      procedure: chosen.procedure,
      layout: chosen.layout,
      columnOf: chosen.columnOf,
      missingComputed,
      ...(tieBrokenBy ? { tieBrokenBy } : {}),
    });
    if (missingComputed.length === 0) metadata.push(...metadataOf(name, chosen));
  }
  return { registers, leftAlone, systemTabs, metadata };
}
