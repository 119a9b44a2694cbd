/**
 * Reading the Procedures tab row by row: each non-blank row becomes a draft with its cells as text,
 * its step number, and the key of the procedure it belongs to (a blank id continues the procedure
 * above, as offices type grouped tables). What cannot be read is reported against its cell.
 */
import { procedureById } from '../catalog/catalogue';
import { type Msg, msg } from '../i18n/msg';
import { OFFICE_PREFIX, slug, squash } from './ids';
import type { RuleProblemCode } from './parse-rule';
import { readCellText, readStepNo } from './read-cells';
import { TAB_KEYS, type TabKey } from './tab-layout';

export type TabProblemCode =
  | RuleProblemCode
  | 'missing-columns'
  | 'unreadable-cell'
  | 'missing-id'
  | 'bad-id'
  | 'catalogue-id'
  | 'missing-name'
  | 'name-differs'
  | 'bad-step-no'
  | 'duplicate-step'
  | 'missing-step-name'
  | 'step-ref-missing'
  | 'step-ref-later'
  | 'field-type-conflict'
  | 'bad-condition'
  | 'invalid'
  | 'too-long'
  | 'not-used';

export interface TabProblem {
  /** The sheet's row number (1 = the header). */
  readonly row: number;
  readonly column?: TabKey;
  readonly code: TabProblemCode;
  readonly message: Msg;
}

export interface TabOptions {
  /** Catalogue lookup for id collisions (default: the shipped catalogue). */
  readonly catalogue?: (id: string) => { readonly th: string; readonly en: string } | null;
  /** The office's unit, written into each procedure. */
  readonly unit?: { readonly th: string; readonly en: string };
  /** Sheet row number of `values[0]` (default 1). */
  readonly firstRow?: number;
}

/** Every column an office types in (the Check column is Kamnot's). */
type ReadKey = Exclude<TabKey, 'check'>;
const MORE_KEYS: readonly ReadKey[] = ['condition', 'standard', 'notes'];
/** The columns that make a row a step; a row blank in all of them is a blank row. */
const TEXT_KEYS = TAB_KEYS.filter((k): k is ReadKey => k !== 'check' && !MORE_KEYS.includes(k as ReadKey));

export interface Draft {
  readonly row: number;
  readonly cells: Readonly<Record<ReadKey, string>>;
  readonly key: string;
  readonly no: number | null;
}

/** Each non-blank row with its procedure key (a blank id continues the procedure above). */
export function readDrafts(
  rows: readonly unknown[],
  at: Partial<Record<TabKey, number>>,
  firstRow: number,
  options: TabOptions,
  problems: TabProblem[],
): Draft[] {
  const catalogue = options.catalogue ?? procedureById;
  const drafts: Draft[] = [];
  let above: { key: string; name: string } | null = null;
  for (let i = 1; i < rows.length; i++) {
    const row = firstRow + i;
    const values = Array.isArray(rows[i]) ? (rows[i] as unknown[]) : [];
    const cells = {} as Record<ReadKey, string>;
    const unreadable = new Set<ReadKey>();
    for (const key of [...TEXT_KEYS, ...MORE_KEYS]) {
      const index = at[key];
      const read = readCellText(index === undefined ? null : values[index]);
      cells[key] = read.ok ? read.text : '';
      if (!read.ok && key !== 'version') {
        unreadable.add(key);
        problems.push({ row, column: key, code: 'unreadable-cell', message: read.message });
      }
    }
    if (unreadable.size === 0 && TEXT_KEYS.every((k) => k === 'version' || cells[k] === '')) continue;
    const report = (column: TabKey, code: TabProblemCode, message: Msg) =>
      problems.push({ row, column, code, message });

    let key: string;
    const typed = cells.procedure;
    if (typed === '') {
      const sameName = cells['name-th'] === '' || squash(cells['name-th']) === above?.name;
      if (above && sameName) key = above.key;
      else {
        key = `#row-${row}`;
        report(
          'procedure',
          'missing-id',
          msg(
            'ไม่มีรหัสงาน: ใส่รหัส a–z 0–9 และ - เช่น office-leave-request',
            'the procedure ID is missing: type one with a–z, 0–9 and -, e.g. office-leave-request',
          ),
        );
      }
    } else {
      const s = slug(typed);
      const clash = s ? catalogue(s) : null;
      if (s === '') {
        key = `#id-${typed}`;
        report(
          'procedure',
          'bad-id',
          msg(
            `รหัสงาน "${typed}" ใช้ได้เฉพาะ a–z 0–9 และ - เช่น office-leave-request`,
            `procedure ID "${typed}" may use only a–z, 0–9 and -, e.g. office-leave-request`,
          ),
        );
      } else if (clash) {
        key = `#catalogue-${s}`;
        report(
          'procedure',
          'catalogue-id',
          msg(
            `รหัส "${s}" เป็นของงานในคลัง "${clash.th}": ใช้รหัสอื่น หรือคัดลอกงานจากคลังในแถบข้าง`,
            `ID "${s}" belongs to the catalogue's "${clash.en}": choose another, or copy it from the sidebar`,
          ),
        );
      } else key = s.startsWith(OFFICE_PREFIX) ? s : OFFICE_PREFIX + s;
    }
    const name: string = squash(cells['name-th']) || (above?.key === key ? above.name : '');
    above = { key, name };

    let no: number | null = null;
    if (cells.step === '') {
      if (!unreadable.has('step'))
        report('step', 'bad-step-no', msg('ไม่มีเลขขั้นที่', 'the step number is missing'));
    } else {
      const read = readStepNo(cells.step);
      if (read.ok) no = read.no;
      else report('step', 'bad-step-no', read.message);
    }
    drafts.push({ row, cells, key, no });
  }
  return drafts;
}
