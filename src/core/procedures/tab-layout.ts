/**
 * The Procedures tab: the office's own procedures, one row per step, edited like any sheet. Columns
 * are found by their header text ("ไทย / English", either half, or the key), so officers may move
 * them and add their own; only the columns marked required must be there.
 */
import { bilingual, type Msg, msg } from '../i18n/msg';
import { squash } from './ids';
import { RULE_EXAMPLES } from './rule-words';

export const PROCEDURES_TAB = 'Procedures';

export const TAB_KEYS = [
  'procedure',
  'name-th',
  'name-en',
  'version',
  'step',
  'step-th',
  'step-en',
  'role',
  'rule',
  'condition',
  'standard',
  'notes',
  'check',
] as const;
export type TabKey = (typeof TAB_KEYS)[number];

export interface TabColumn {
  readonly key: TabKey;
  readonly header: Msg;
  readonly help: Msg;
  /** The tab cannot be read without it. */
  readonly required: boolean;
  /** Written by Kamnot: typing in it changes nothing. */
  readonly kamnot: boolean;
}

const column = (key: TabKey, header: Msg, help: Msg, required = false, kamnot = false): TabColumn => ({
  key,
  header,
  help,
  required,
  kamnot,
});

export const TAB_COLUMNS: readonly TabColumn[] = [
  column(
    'procedure',
    msg('รหัสงาน', 'Procedure ID'),
    msg(
      'a–z 0–9 และ - เช่น office-leave-request (Kamnot เติม office- ให้); เว้นว่าง = งานเดียวกับแถวบน',
      'a–z 0–9 and -, e.g. office-leave-request (Kamnot adds office-); blank = same as the row above',
    ),
    true,
  ),
  column('name-th', msg('ชื่องาน', 'Procedure name'), msg('ชื่องานภาษาไทย', 'The name in Thai'), true),
  column('name-en', msg('ชื่องาน (อังกฤษ)', 'Procedure name (English)'), msg('ไม่บังคับ', 'Optional')),
  column(
    'version',
    msg('ฉบับที่', 'Version'),
    msg(
      'Kamnot ตั้งให้: เพิ่มขึ้นเมื่อขั้นตอนหรือกำหนดเวลาเปลี่ยน',
      'Set by Kamnot: goes up when the steps or deadlines change',
    ),
    false,
    true,
  ),
  column(
    'step',
    msg('ขั้นที่', 'Step no.'),
    msg(
      'เลขจำนวนเต็ม เรียงตามเลข เว้นเลขได้ (10, 20, 30) เพื่อแทรกขั้นภายหลัง',
      'A whole number; steps run in number order; gaps (10, 20, 30) leave room to insert steps',
    ),
    true,
  ),
  column('step-th', msg('ขั้นตอน', 'Step'), msg('ชื่อขั้นตอนภาษาไทย', 'The step in Thai'), true),
  column('step-en', msg('ขั้นตอน (อังกฤษ)', 'Step (English)'), msg('ไม่บังคับ', 'Optional')),
  column(
    'role',
    msg('ผู้รับผิดชอบ', 'Responsible role'),
    msg(
      'ตำแหน่ง ไม่ใช่ชื่อคน เช่น เจ้าหน้าที่, ผู้อำนวยการกลุ่ม; เว้นว่าง = ผู้รับผิดชอบเรื่อง',
      "A role, not a name, e.g. officer, group director; blank = the case's assignee",
    ),
  ),
  column(
    'rule',
    msg('กำหนดเวลา', 'Deadline rule'),
    msg(
      `เช่น ${RULE_EXAMPLES.th.join(' · ')}. ไม่ระบุว่านับจากอะไร = นับจากขั้นก่อนหน้า; ชื่อคอลัมน์วันที่ใส่ใน [วงเล็บ]`,
      `e.g. ${RULE_EXAMPLES.en.join(' · ')}. No anchor = after the previous step; date columns go in [brackets]`,
    ),
    true,
  ),
  column(
    'condition',
    msg('เงื่อนไขขั้นตอน', 'Condition'),
    msg(
      'เว้นว่าง = ต้องทำ; "ไม่บังคับ"; "ทางเลือก: ชื่อกลุ่ม" = ทำขั้นใดขั้นหนึ่งในกลุ่ม; "ทางเลือก: ชื่อกลุ่ม, กรณี ชื่อกรณี" = ขั้นตอนของกรณีหนึ่งที่มีหลายขั้น (เลือกกรณีในทะเบียน)',
      'Blank = required; "optional"; "alternative: group name" = one step of the group is done; "alternative: group name, case name" = a step of a case of several steps (the register picks the case)',
    ),
  ),
  column(
    'standard',
    msg('มาตรฐานเวลา', 'Time standard'),
    msg('ตามถ้อยคำของหน่วยงาน เช่น "ภายใน 15 วัน", "10 นาที"', 'In the office\'s own words, e.g. "10 minutes"'),
  ),
  column('notes', msg('หมายเหตุ', 'Notes'), msg('ไม่บังคับ', 'Optional')),
  column(
    'check',
    msg('ผลตรวจ (Kamnot)', 'Check (Kamnot)'),
    msg('Kamnot เขียนปัญหาของแถวนี้', 'Kamnot writes what is wrong with the row'),
    false,
    true,
  ),
];

export function tabColumn(key: TabKey): TabColumn {
  return TAB_COLUMNS.find((c) => c.key === key)!;
}

/** The header as Kamnot writes it, the same "ไทย / English" form as the registers. */
export function tabHeaderText(c: TabColumn): string {
  return bilingual(c.header);
}

export function tabHeaderRow(): string[] {
  return TAB_COLUMNS.map(tabHeaderText);
}

const norm = (text: string) => squash(text).toLowerCase();

const NAMES: ReadonlyMap<string, TabKey> = new Map(
  TAB_COLUMNS.flatMap((c) =>
    [tabHeaderText(c), c.header.th, c.header.en, c.key].map((name) => [norm(name), c.key] as const),
  ),
);

export interface TabColumns {
  /** Column index (0-based) of each key found. */
  readonly at: Readonly<Partial<Record<TabKey, number>>>;
  readonly missing: readonly TabKey[];
}

/** Finds the columns from the header row; the first column with a header wins when one is repeated. */
export function locateColumns(header: readonly unknown[]): TabColumns {
  const at: Partial<Record<TabKey, number>> = {};
  header.forEach((cell, i) => {
    if (typeof cell !== 'string') return;
    // A header may be "ไทย / English" on one line or Thai and English on two.
    const key = NAMES.get(norm(cell)) ?? NAMES.get(norm(cell.split('\n')[0] ?? ''));
    if (key !== undefined && at[key] === undefined) at[key] = i;
  });
  const missing = TAB_COLUMNS.filter((c) => c.required && at[c.key] === undefined).map((c) => c.key);
  return { at, missing };
}
