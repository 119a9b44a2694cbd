/**
 * The Procedures tab's rows → the office's procedures, and every invalid row explained in Thai and
 * English. Never throws. A procedure with any invalid row is not used at all (it is `rejected`): a
 * half-valid procedure would silently drop or renumber steps under open cases, so its cases keep the
 * last valid version until the rows are fixed, and a problem on its first row says so.
 */
import { type Field, type Procedure, ProcedureSchema, type Step } from '../catalog/schema';
import { escapeFormula } from '../cells';
import { bilingual, type Msg, msg } from '../i18n/msg';
import { fieldIdFor, roleFor, squash, stepIdFor } from './ids';
import { parseRule } from './parse-rule';
import { effortOf, readCondition, readVersion } from './read-cells';
import { locateColumns, PROCEDURES_TAB, type TabKey, tabColumn } from './tab-layout';
import { type Draft, readDrafts, type TabOptions, type TabProblem, type TabProblemCode } from './tab-rows';

export type { TabOptions, TabProblem } from './tab-rows';

interface OfficeProcedure {
  readonly procedure: Procedure;
  /** The version written in the tab (Kamnot's), null when none is written yet. */
  readonly version: number | null;
  readonly rows: readonly number[];
}

interface RejectedProcedure {
  readonly id: string;
  readonly rows: readonly number[];
}

export interface ParsedTab {
  readonly procedures: readonly OfficeProcedure[];
  readonly rejected: readonly RejectedProcedure[];
  readonly problems: readonly TabProblem[];
}

/**
 * The most text one procedure may hold: each version is kept whole in the hidden _procedures tab,
 * spread over cells of at most 50,000 characters (store.ts), and this keeps a version within 20 of
 * them. A procedure over it is not used, and the Check column says why: a run never fails on it.
 */
const MAX_PROCEDURE_CHARS = 800_000;

export function parseProceduresTab(values: unknown, options: TabOptions = {}): ParsedTab {
  const problems: TabProblem[] = [];
  const firstRow = options.firstRow ?? 1;
  const rows = Array.isArray(values) ? values : [];
  if (rows.length === 0) return { procedures: [], rejected: [], problems };
  const header = Array.isArray(rows[0]) ? (rows[0] as unknown[]) : [];
  const { at, missing } = locateColumns(header);
  if (missing.length > 0) {
    const names = missing.map((k) => tabColumn(k).header);
    problems.push({
      row: firstRow,
      code: 'missing-columns',
      message: msg(
        `แท็บ ${PROCEDURES_TAB}: ไม่พบคอลัมน์ ${names.map((n) => `"${n.th}"`).join(', ')}`,
        `${PROCEDURES_TAB} tab: column ${names.map((n) => `"${n.en}"`).join(', ')} not found`,
      ),
    });
    return { procedures: [], rejected: [], problems };
  }
  const drafts = readDrafts(rows, at, firstRow, options, problems);
  const groups = new Map<string, Draft[]>();
  for (const d of drafts) {
    const group = groups.get(d.key);
    if (group) group.push(d);
    else groups.set(d.key, [d]);
  }
  const badRows = new Set(problems.map((p) => p.row));
  const procedures: OfficeProcedure[] = [];
  const rejected: RejectedProcedure[] = [];
  for (const [key, group] of groups) {
    const rowsOf = group.map((d) => d.row);
    const own: TabProblem[] = [];
    const built = buildProcedure(key, group, options, own);
    if (built && JSON.stringify(built).length > MAX_PROCEDURE_CHARS) {
      own.push({
        row: rowsOf[0]!,
        code: 'too-long',
        message: msg(
          `ข้อความของงานนี้ยาวเกินกว่าที่เก็บเป็นฉบับได้ (${MAX_PROCEDURE_CHARS.toLocaleString('en-US')} ตัวอักษร): ย่อหมายเหตุหรือคำอธิบายลง`,
          `this procedure's text is too long to keep as a version (${MAX_PROCEDURE_CHARS.toLocaleString('en-US')} characters): shorten its notes or words`,
        ),
      });
    }
    const bad = own.length > 0 || rowsOf.some((r) => badRows.has(r));
    problems.push(...own);
    if (built && !bad) {
      const versions = group.map((d) => readVersion(d.cells.version)).filter((v): v is number => v !== null);
      procedures.push({
        procedure: built,
        version: versions.length ? Math.max(...versions) : null,
        rows: rowsOf,
      });
    } else {
      const shown = key.startsWith('#') ? '' : ` ${key}`;
      problems.push({
        row: rowsOf[0]!,
        code: 'not-used',
        message: msg(
          `งาน${shown} ยังไม่ถูกนำไปใช้จนกว่าจะแก้แถวที่ผิด: เรื่องที่เปิดอยู่ใช้ฉบับล่าสุดที่ถูกต้อง`,
          `procedure${shown} is not used until its invalid rows are fixed: open cases keep the last valid version`,
        ),
      });
      rejected.push({ id: key, rows: rowsOf });
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { procedures, rejected, problems };
}

/** One procedure from its rows; problems go to `own`. Null when it cannot be built at all. */
function buildProcedure(
  key: string,
  group: readonly Draft[],
  options: TabOptions,
  own: TabProblem[],
): Procedure | null {
  const report = (row: number, column: TabKey | undefined, code: TabProblemCode, message: Msg) =>
    own.push({ row, ...(column ? { column } : {}), code, message });
  const th = sameEverywhere(group, 'name-th', report);
  const en = sameEverywhere(group, 'name-en', report);
  if (th === '')
    report(group[0]!.row, 'name-th', 'missing-name', msg('ไม่มีชื่องาน', 'the procedure name is missing'));

  const firstRowOf = new Map<number, number>();
  for (const d of group) {
    if (d.no === null) continue;
    const first = firstRowOf.get(d.no);
    if (first === undefined) firstRowOf.set(d.no, d.row);
    else
      report(
        d.row,
        'step',
        'duplicate-step',
        msg(`ขั้นที่ ${d.no} ซ้ำกับแถว ${first}`, `step ${d.no} is already on row ${first}`),
      );
  }
  const ordered = group.filter((d) => d.no !== null && firstRowOf.get(d.no) === d.row);
  ordered.sort((a, b) => a.no! - b.no!);

  const fields = new Map<string, Field & { row: number }>();
  const steps: Step[] = [];
  for (const d of ordered) {
    const c = d.cells;
    const no = d.no!;
    if (c['step-th'] === '')
      report(d.row, 'step-th', 'missing-step-name', msg('ไม่มีชื่อขั้นตอน', 'the step name is missing'));
    const rule = parseRule(c.rule, {
      stepId: stepIdFor,
      fieldId: (label, type) => {
        const id = fieldIdFor(label.th);
        const known = fields.get(id);
        if (!known) fields.set(id, { id, th: label.th, en: label.en ?? label.th, type, row: d.row });
        else if (known.type !== type)
          report(
            d.row,
            'rule',
            'field-type-conflict',
            msg(
              `[${label.th}] ใช้เป็นทั้งวันที่และไตรมาส (แถว ${known.row})`,
              `[${label.th}] is used both as a date and as a quarter (row ${known.row})`,
            ),
          );
        return id;
      },
    });
    if (!rule.ok) {
      report(d.row, 'rule', rule.code, rule.message);
      continue;
    }
    if (rule.stepRef !== null && !firstRowOf.has(rule.stepRef))
      report(
        d.row,
        'rule',
        'step-ref-missing',
        msg(`ไม่มีขั้นที่ ${rule.stepRef} ในงานนี้`, `this procedure has no step ${rule.stepRef}`),
      );
    else if (rule.stepRef !== null && rule.stepRef >= no)
      report(
        d.row,
        'rule',
        'step-ref-later',
        msg(
          `ขั้นที่ ${no} นับจากขั้นที่ ${rule.stepRef} ซึ่งไม่ได้อยู่ก่อน: นับได้เฉพาะจากขั้นที่มาก่อน`,
          `step ${no} counts from step ${rule.stepRef}, which does not come before it: count only from earlier steps`,
        ),
      );
    const condition = readCondition(c.condition);
    if (!condition)
      report(
        d.row,
        'condition',
        'bad-condition',
        msg(
          `เงื่อนไข "${c.condition}" ไม่รู้จัก: เว้นว่าง, "ไม่บังคับ", "ทางเลือก: ชื่อกลุ่ม" หรือ "ทางเลือก: ชื่อกลุ่ม, กรณี ชื่อกรณี"`,
          `condition "${c.condition}" is not known: blank, "optional", "alternative: group name" or "alternative: group name, case name"`,
        ),
      );
    const effort = effortOf(c.standard);
    steps.push({
      id: stepIdFor(no),
      th: c['step-th'],
      en: c['step-en'] || c['step-th'],
      role: roleFor(c.role),
      deadline: rule.deadline,
      ...(c.standard ? { words: c.standard } : {}),
      ...(effort !== undefined ? { effortMinutes: effort } : {}),
      ...(condition?.optional ? { optional: true } : {}),
      ...(condition?.branch ? { branch: condition.branch } : {}),
      ...(condition?.branch && condition.option ? { option: condition.option } : {}),
      ...(c.notes ? { note: c.notes } : {}),
    });
  }
  if (own.length > 0 || key.startsWith('#')) return null;
  const procedure: Procedure = {
    id: key,
    th,
    en: en || th,
    manual: 'office',
    unit: options.unit ?? { th: 'หน่วยงาน', en: 'Office' },
    source: { file: PROCEDURES_TAB, section: key },
    caseIs: { th: 'หนึ่งเรื่อง', en: 'One case' },
    fields: [...fields.values()].map(({ row: _row, ...f }) => f),
    legal: [],
    forms: [],
    steps,
    notes: [],
  };
  if (ProcedureSchema.safeParse(procedure).success) return procedure;
  report(group[0]!.row, undefined, 'invalid', msg('ข้อมูลงานไม่ครบถ้วน', 'the procedure is incomplete'));
  return null;
}

/** The first value written for a procedure-wide column; a row that writes another is reported. */
function sameEverywhere(
  group: readonly Draft[],
  key: 'name-th' | 'name-en',
  report: (row: number, column: TabKey, code: TabProblemCode, message: Msg) => void,
): string {
  let first: Draft | null = null;
  for (const d of group) {
    const value = squash(d.cells[key]);
    if (value === '') continue;
    if (!first) first = d;
    else if (value !== squash(first.cells[key]))
      report(
        d.row,
        key,
        'name-differs',
        msg(
          `ชื่องาน "${value}" ต่างจากแถว ${first.row} ("${squash(first.cells[key])}") ในงานเดียวกัน`,
          `procedure name "${value}" differs from row ${first.row} ("${squash(first.cells[key])}") of the same procedure`,
        ),
      );
  }
  return first ? squash(first.cells[key]) : '';
}

/**
 * The Check column for the data rows below the header (`count` of them): each row's problems, one
 * "ไทย / English" line each, blank when the row is fine. Written as values, never as a formula.
 */
export function checkColumn(problems: readonly TabProblem[], count: number, firstRow = 1): string[][] {
  const lines: string[][] = Array.from({ length: count }, () => []);
  for (const p of problems) lines[p.row - firstRow - 1]?.push(bilingual(p.message));
  return lines.map((l) => [escapeFormula(l.join('\n'))]);
}
