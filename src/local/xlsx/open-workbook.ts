/**
 * An .xlsx workbook in the offline runtime, ready for build/Code.js: read (read-workbook.ts), its
 * registers recognised by their headers (recognise.ts) and bound with the metadata the add-on gives
 * a register, the extras applied. A register whose header has every input column but lacks Kamnot's
 * computed ones is bound by the bundle's own bindTab (the sidebar's "bind an existing tab"), which
 * adds them at the right as it would in Sheets.
 */
import { type Msg, msg } from '../../core/i18n/msg';
import { REGISTER_KEY } from '../../gas/workbook/register-tab';
import { type LoadOptions, loadBundle, type Runtime } from '../runtime';
import type { Kept } from './kept-styles';
import { type ReadOptions, type ReadResult, readWorkbook } from './read-workbook';
import { type RecognisedTab, type Recognition, recogniseRegisters } from './recognise';
import { applyExtras } from './sheet-extras';

export interface OpenedWorkbook {
  readonly read: ReadResult;
  readonly recognition: Recognition;
}

export async function openWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Promise<OpenedWorkbook> {
  const read = await readWorkbook(bytes, options);
  const hints = new Map<string, string>();
  for (const m of read.stored?.metadata ?? []) {
    const tab = m.sheet === undefined ? undefined : read.names.get(m.sheet);
    if (m.key === REGISTER_KEY && m.location === 'SHEET' && tab && m.value) hints.set(tab, m.value);
  }
  const tabs = (read.seed.sheets ?? []).map((s) => ({ name: s.name, header: s.values?.[0] ?? [] }));
  return { read, recognition: recogniseRegisters(tabs, hints) };
}

export interface WorkbookRuntime {
  readonly runtime: Runtime;
  /** What the file had beyond the model: give it to writeWorkbook so the checked copy keeps it. */
  readonly kept: Kept;
  /** The registers the bundle will find. */
  readonly registers: readonly RecognisedTab[];
  readonly leftAlone: readonly { readonly tab: string; readonly why: Msg }[];
}

/** Loads `code` with the opened workbook as its container spreadsheet. */
export function workbookRuntime(
  code: string,
  opened: OpenedWorkbook,
  options: LoadOptions = {},
): WorkbookRuntime {
  const { read, recognition } = opened;
  const seed = { ...read.seed, metadata: [...(read.seed.metadata ?? []), ...recognition.metadata] };
  const runtime = loadBundle(code, { ...options, spreadsheet: seed });
  const kept = applyExtras(runtime, read.extras, (name) => read.names.get(name) ?? name);
  const registers: RecognisedTab[] = [];
  const leftAlone = [...recognition.leftAlone];
  for (const r of recognition.registers) {
    if (r.missingComputed.length === 0) {
      registers.push(r);
      continue;
    }
    const sheet = runtime.model.sheetByName(r.tab);
    try {
      if (!sheet || !runtime.has('bindTab')) throw new Error('bindTab is not in this build');
      runtime.callIn({ kind: 'sidebar' }, 'bindTab', sheet.id, r.procedure.id);
      registers.push(r);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      leftAlone.push({
        tab: r.tab,
        why: msg(
          `หัวตารางตรงกับ "${r.procedure.th}" แต่เพิ่มคอลัมน์ของ Kamnot ไม่ได้: ${reason}`,
          `the header matches "${r.procedure.en}" but Kamnot's columns could not be added: ${reason}`,
        ),
      });
    }
  }
  return { runtime, kept, registers, leftAlone };
}
