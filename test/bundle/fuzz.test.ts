// Fuzzed bad input through build/Code.js in the offline runtime (DESIGN.md §4 "Bad input",
// "Security"): registers of five procedures from four manuals, filled with random values in every
// input column, with headers cleared, renamed or deleted and rows inserted. The hourly run, then a
// run an hour later, must complete, change no cell the user typed, flag the bad cells, write nothing
// that starts a formula, and send mail in which every sheet value is escaped.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { procedureById } from '../../src/core/catalog/catalogue';
import { columnLetters, columnNumber } from '../../src/core/cells';
import { type Column, registerLayout } from '../../src/core/register/layout';
import type { Runtime } from '../../src/local/runtime';
import { parseTyped, type Scalar, serialFromWall } from '../../src/local/runtime/spreadsheet/cell';
import { RangeImpl } from '../../src/local/runtime/spreadsheet/range';
import { type CellSnapshot, diffSnapshots } from '../../src/local/runtime/spreadsheet/state';
import { load } from './harness';

const SEED = 20261208;
const START = '2026-12-08T09:30:00+07:00'; // a working Tuesday, after the reminder hour
const PROCEDURES = [
  '003-resignation-leaving-service',
  '001-study-leave-domestic-regular-type-a',
  '002-salary-increment-round',
  '000-study-leave',
  '003-leave-request',
];
const WORKBOOKS = 3;
const ROWS_PER_REGISTER = 700; // 3 workbooks × 5 registers × 700 rows = 10,500 rows
const KAMNOT_COLUMNS = ['kamnot:step', 'kamnot:due', 'kamnot:due-date', 'kamnot:left', 'kamnot:state'];
const STARTS_FORMULA = /^[=+\-@]/;

// ---------------------------------------------------------------------------------------------
// Cell values
// ---------------------------------------------------------------------------------------------

type Kind =
  | 'blank'
  | 'valid'
  | 'dup-id'
  | 'text'
  | 'thai'
  | 'whitespace'
  | 'date-text'
  | 'bad-date'
  | 'date-cell'
  | 'odd-date-cell'
  | 'number'
  | 'bool'
  | 'error'
  | 'long'
  | 'html'
  | 'formula'
  | 'formula-text'
  | 'typed';

/** One cell as it is stored in the sheet: a value, and a formula whose computed value it is. */
interface Raw {
  readonly kind: Kind;
  readonly value: Scalar;
  readonly formula?: string;
  readonly format?: string;
}

const BLANK: Raw = { kind: 'blank', value: '' };
const THAI_CHARS = [...'กขคงจฉชซญดตถทนบปผพฟมยรลวศษสหอฮะัาำิีึืุูเแโใไ่้๊๋็์ๆฯ๐๑๒๓๔๕๖๗๘๙ '];
const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const thaiDigits = (s: string) => s.replace(/\d/g, (d) => THAI_DIGITS[Number(d)]!);
const SHORT_MONTHS = 'ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.'.split(' ');
const LONG_MONTHS =
  'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม'.split(' ');

const HTML = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  '"><b>bold</b>',
  "'><svg onload=alert(1)>",
  '<a href="javascript:alert(1)">คลิก</a>',
  '</td></tr></table><h1>หัว</h1>',
  '<style>*{display:none}</style>',
  '<iframe src="https://evil.example"></iframe>',
  '&lt;already escaped&gt; &amp; "quotes" \'single\'',
  'ลาออก <img src=x onerror=alert(1)> ครู ก',
];
const HTML_TAGS = /<(img|script|svg|b|a|h1|style|iframe|td|tr|table)\b/i;

const LONG = [
  'ก'.repeat(50_000),
  `<img src=x onerror=alert(1)>${'x'.repeat(50_000)}`.slice(0, 50_000),
  `=IMPORTXML("http://x","//a")${' ข'.repeat(25_000)}`.slice(0, 50_000),
  'ลาออก\n'.repeat(10_000).slice(0, 50_000),
];

const ERRORS: Raw[] = [
  { kind: 'error', value: '#REF!', formula: '=A1:' },
  { kind: 'error', value: '#N/A', formula: '=VLOOKUP("x",People!A:B,2,FALSE)' },
  { kind: 'error', value: '#VALUE!', formula: '=1+"a"' },
  { kind: 'error', value: '#DIV/0!', formula: '=1/0' },
  { kind: 'error', value: '#NAME?', formula: '=NOSUCH()' },
  { kind: 'error', value: '#NUM!', formula: '=SQRT(-1)' },
  { kind: 'error', value: '#ERROR!', formula: '=-cmd' },
  { kind: 'error', value: '#REF!' },
];

/** User formulas: content like any other cell (Kamnot must keep them). Values are what Sheets shows. */
const FORMULAS: Raw[] = [
  { kind: 'formula', value: '', formula: '=IMPORTXML("http://x","//a")' },
  { kind: 'formula', value: 'Loading...', formula: '=IMPORTXML("http://x","//a")' },
  { kind: 'formula', value: 2, formula: '=1+1' },
  { kind: 'formula', value: 'คลิก', formula: '=HYPERLINK("javascript:alert(1)","คลิก")' },
  { kind: 'formula', value: '', formula: '=IF(FALSE,1,"")' },
  {
    kind: 'formula',
    value: serialFromWall(2026, 11, 23),
    formula: '=DATE(2026,11,23)',
    format: 'yyyy-mm-dd',
  },
];

/** Text that looks like a formula, kept as text (an apostrophe when typed). */
const FORMULA_TEXT = [
  '=IMPORTXML("http://x","//a")',
  '+1',
  '-cmd',
  '@SUM(A1)',
  '=1+1',
  '=HYPERLINK("javascript:alert(1)","x")',
  '-',
  '+',
];

/** Typed as a person would: the fake turns '=…' and '-x' into formulas, '1/11/2569' into a date. */
const TYPED = [
  '1/11/2569',
  '22/11/2569',
  '-cmd',
  '+1',
  '=IMPORTXML("http://x","//a")',
  'TRUE',
  '2026-11-01',
  '@SUM(A1)',
  '๑ พ.ย. ๒๕๖๙',
  '31/02/2569',
  '11/22/2026',
  '-5',
];

const BAD_DATES = [
  '31/02/2569',
  '29/2/2569',
  '32/1/2569',
  '1/13/2569',
  '๓๑/๐๒/๒๕๖๙',
  '31 ก.พ. 2569',
  '0/0/0',
  'พรุ่งนี้',
  '?',
  '11/22/2026',
];

const STATUS_WORDS = ['ดำเนินการ', 'พักเรื่อง', 'ยกเลิก', 'ปิดเรื่อง', 'active', 'on hold', 'Cancelled', 'done'];

/** People: names with HTML and quotes, an inactive person, an address that starts with '-'. */
const PEOPLE: Scalar[][] = [
  ['สมชาย ใจดี', 'somchai@example.org', 'officer', 'boss@example.org', true, ''],
  ['<b>หัวหน้า</b> "บอส"', 'boss@example.org', 'group-director', 'dir@example.org', 'TRUE', 'en'],
  ["O'Brien <img src=x onerror=alert(1)>", 'obrien@example.org', 'officer', 'boss@example.org', true, 'th'],
  ['ผอ. "ใหญ่" <script>alert(1)</script>', 'dir@example.org', 'director', '', 'TRUE', ''],
  ['"><b>x', 'quote@example.org', 'officer', '<b>หัวหน้า</b> "บอส"', 'TRUE', 'en'],
  ['ไม่ใช้งาน', 'inactive@example.org', 'officer', 'boss@example.org', false, ''],
  ['-ขีด', '-dash@example.org', 'officer', 'boss@example.org', true, ''],
];
const PEOPLE_EMAILS = new Set(PEOPLE.filter((p) => p[4] !== false).map((p) => String(p[1]).toLowerCase()));
const ASSIGNEES = [
  'somchai@example.org',
  'SOMCHAI@Example.org',
  'สมชาย ใจดี',
  '  สมชาย   ใจดี ',
  '<b>หัวหน้า</b> "บอส"',
  'boss@example.org',
  "O'Brien <img src=x onerror=alert(1)>",
  'obrien@example.org',
  'quote@example.org',
  '"><b>x',
  'dir@example.org',
  '-dash@example.org',
];
const STRANGERS = ['ghost@example.org', 'inactive@example.org', 'ไม่มีชื่อ', 'somchai@example', 'a@b@c.org'];
const DUP_IDS = ['DUP-1', 'DUP-2', 'K-3', '<b>ซ้ำ</b>', '=IMPORTXML("http://x","//a")', '-1x', ' ซ้ำ '];

const raw = (kind: Kind, value: Scalar): Raw => ({ kind, value });

function typed(text: string): Raw {
  const w = parseTyped(text, undefined, 'th_TH');
  return {
    kind: 'typed',
    value: w.value,
    ...(w.formula === undefined ? {} : { formula: w.formula }),
    ...(w.format === undefined ? {} : { format: w.format }),
  };
}

const civil = fc
  .record({
    y: fc.constantFrom(2026, 2027),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .filter(({ y, m }) => (y === 2026 ? m >= 8 : m <= 3));

const dateText = fc.tuple(civil, fc.integer({ min: 0, max: 8 })).map(([{ y, m, d }, form]) => {
  const be = y + 543;
  const pad = (n: number) => String(n).padStart(2, '0');
  const forms = [
    `${d}/${m}/${be}`,
    `${pad(d)}/${pad(m)}/${be}`,
    `${d}/${m}/${y}`,
    thaiDigits(`${d}/${m}/${be}`),
    `${d} ${SHORT_MONTHS[m - 1]} ${be}`,
    thaiDigits(`${d} ${SHORT_MONTHS[m - 1]} ${be}`),
    `${d} ${LONG_MONTHS[m - 1]} พ.ศ. ${be}`,
    `${y}-${pad(m)}-${pad(d)}`,
    ` ${d} ${SHORT_MONTHS[m - 1]} ${String(be).slice(2)} `,
  ];
  return raw('date-text', forms[form]!);
});

const dateCell = fc
  .tuple(civil, fc.constantFrom('yyyy-mm-dd', 'd/m/yyyy', 'dd mmm yyyy'))
  .map(([{ y, m, d }, format]): Raw => ({ kind: 'date-cell', value: serialFromWall(y, m, d), format }));

const oddDateCell = fc
  .oneof(
    fc.double({ min: -1000, max: 2_958_465, noNaN: true }),
    fc.constantFrom(0, 1, 60, 61, serialFromWall(1900, 1, 1), serialFromWall(2600, 1, 1), 46_349.999_99),
  )
  .chain((value) =>
    fc
      .constantFrom('yyyy-mm-dd', 'yyyy-mm-dd H:mm:ss', 'd/m/yyyy')
      .map((format): Raw => ({ kind: 'odd-date-cell', value, format })),
  );

const thai = fc
  .string({ unit: fc.constantFrom(...THAI_CHARS), minLength: 1, maxLength: 30 })
  .map((s) => raw('thai', s));

const FUZZ: fc.WeightedArbitrary<Raw>[] = [
  { weight: 30, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((s) => raw('text', s)) },
  { weight: 20, arbitrary: thai },
  { weight: 6, arbitrary: fc.constantFrom(' ', '\t', '\n', ' \u00a0 ').map((s) => raw('whitespace', s)) },
  { weight: 20, arbitrary: dateText },
  { weight: 20, arbitrary: fc.constantFrom(...BAD_DATES).map((s) => raw('bad-date', s)) },
  { weight: 15, arbitrary: dateCell },
  { weight: 10, arbitrary: oddDateCell },
  {
    weight: 15,
    arbitrary: fc
      .oneof(
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(0, 1, 4, 5, -1, 1e21),
      )
      .map((n) => raw('number', n)),
  },
  { weight: 8, arbitrary: fc.boolean().map((b) => raw('bool', b)) },
  { weight: 20, arbitrary: fc.constantFrom(...ERRORS) },
  { weight: 2, arbitrary: fc.constantFrom(...LONG).map((s) => raw('long', s)) },
  { weight: 20, arbitrary: fc.constantFrom(...HTML).map((s) => raw('html', s)) },
  { weight: 10, arbitrary: fc.constantFrom(...FORMULAS) },
  { weight: 15, arbitrary: fc.constantFrom(...FORMULA_TEXT).map((s) => raw('formula-text', s)) },
  { weight: 15, arbitrary: fc.constantFrom(...TYPED).map(typed) },
];
const fuzz = fc.oneof(...FUZZ);

/** What a column gets: mostly plausible values (so cases exist and mail goes out), and fuzz. */
function columnArb(column: Column): fc.Arbitrary<Raw> {
  const mix = (blank: number, valid: number, fuzzWeight: number, good: fc.Arbitrary<Raw>) =>
    fc.oneof(
      { weight: blank, arbitrary: fc.constant(BLANK) },
      { weight: valid, arbitrary: good },
      { weight: fuzzWeight, arbitrary: fuzz },
    );
  const v = (arb: fc.Arbitrary<Scalar>) => arb.map((value) => raw('valid', value));
  if (column.key === 'case-id')
    return fc.oneof(
      { weight: 30, arbitrary: fc.constant(BLANK) },
      { weight: 35, arbitrary: v(fc.nat(99_999).map((n) => `R-${n}`)) },
      { weight: 10, arbitrary: fc.constantFrom(...DUP_IDS).map((s) => raw('dup-id', s)) },
      { weight: 25, arbitrary: fuzz },
    );
  if (column.key === 'subject')
    return mix(
      5,
      50,
      45,
      thai.map((r) => ({ ...r, kind: 'valid' as const })),
    );
  if (column.key === 'status') return mix(75, 10, 15, v(fc.constantFrom(...STATUS_WORDS)));
  if (column.key === 'hold-from' || column.key === 'hold-to') return mix(85, 5, 10, dateCell);
  if (column.key.startsWith('done:')) return mix(75, 10, 15, fc.oneof(dateCell, dateText));
  switch (column.type) {
    case 'person':
      return mix(5, 55, 40, v(fc.constantFrom(...ASSIGNEES, ...ASSIGNEES, ...STRANGERS)));
    case 'date':
      return mix(10, 65, 25, fc.oneof(dateCell, dateText));
    case 'number':
      return mix(20, 50, 30, v(fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constant('๑๕'))));
    case 'quarter':
      return mix(20, 50, 30, v(fc.constantFrom(1, 2, 3, 4, '๒', '3')));
    default:
      return mix(30, 40, 30, thai);
  }
}

/** A row: every input column; now and then wholly blank. */
function rowArb(columns: readonly Column[]): fc.Arbitrary<Raw[]> {
  return fc.oneof(
    { weight: 97, arbitrary: fc.tuple(...columns.map(columnArb)) },
    { weight: 3, arbitrary: fc.constant(columns.map(() => BLANK)) },
  );
}

/** A value certain to be flagged in a column of this type (a lower bound: other values may be too). */
function certainlyBad(column: Column, cell: Raw): boolean {
  if (cell.kind === 'error') return true;
  switch (column.type) {
    case 'date':
      return (
        cell.kind === 'html' ||
        cell.kind === 'long' ||
        cell.kind === 'bad-date' ||
        (cell.kind === 'formula-text' && /[a-z]{3}/i.test(String(cell.value)))
      );
    case 'status':
      return ['html', 'long', 'bad-date', 'date-text'].includes(cell.kind);
    case 'number':
    case 'quarter':
      return cell.kind === 'html' || cell.kind === 'long';
    default:
      return false;
  }
}

const isBlankRaw = (cell: Raw) =>
  cell.formula === undefined &&
  (cell.value === '' || (typeof cell.value === 'string' && cell.value.trim() === ''));

// ---------------------------------------------------------------------------------------------
// Workbooks
// ---------------------------------------------------------------------------------------------

type Mutation =
  | 'none'
  | 'header-cleared'
  | 'header-renamed'
  | 'kamnot-header-renamed'
  | 'row-inserted'
  | 'junk-row-inserted'
  | 'column-deleted'
  | 'tab-renamed';
const MUTATIONS: Mutation[] = [
  'none',
  'header-cleared',
  'header-renamed',
  'row-inserted',
  'kamnot-header-renamed',
  'junk-row-inserted',
  'header-cleared',
  'none',
  'header-renamed',
  'row-inserted',
  'column-deleted',
  'header-cleared',
  'junk-row-inserted',
  'header-renamed',
  'tab-renamed',
];

interface RegisterPlan {
  readonly procedureId: string;
  readonly inputs: readonly Column[];
  readonly rows: readonly Raw[][];
  readonly mutation: Mutation;
  /** Which column the mutation touches (an index into the inputs or into Kamnot's columns). */
  readonly target: number;
  readonly rename: string;
}

interface RegisterResult {
  readonly tab: string;
  readonly plan: RegisterPlan;
  /** Sheet row of data row 0 after the mutation. */
  readonly firstRow: number;
}

interface RunRecord {
  readonly status: string;
  readonly problems: number;
  readonly changedCells: number;
  readonly notes: readonly string[];
}

interface Observations {
  rows: number;
  registers: number;
  runs: number;
  exceptions: string[];
  records: RunRecord[];
  changedInputs: string[];
  filledIds: number;
  kamnotFormulas: string[];
  unescapedWrites: string[];
  formulaCalls: string[];
  unflagged: string[];
  expectedProblems: number;
  reportedProblems: number;
  undercounted: string[];
  missingColumnReported: string[];
  mails: number;
  escapedPayloads: number;
  mailProblems: string[];
  mailFailures: Set<string>;
  secondRunChanges: string[];
}

const obs: Observations = {
  rows: 0,
  registers: 0,
  runs: 0,
  exceptions: [],
  records: [],
  changedInputs: [],
  filledIds: 0,
  kamnotFormulas: [],
  unescapedWrites: [],
  formulaCalls: [],
  unflagged: [],
  expectedProblems: 0,
  reportedProblems: 0,
  undercounted: [],
  missingColumnReported: [],
  mails: 0,
  escapedPayloads: 0,
  mailProblems: [],
  mailFailures: new Set(),
  secondRunChanges: [],
};

// Every value Kamnot hands to setValues/setValue/appendRow during a run, checked before the fake
// turns it into a cell: text must never start a formula unless it is apostrophe-escaped.
const originalWrite = RangeImpl.prototype._write;
const ownWrite = Object.getOwnPropertyDescriptor(RangeImpl.prototype, '_write') !== undefined;
let recording = false;
RangeImpl.prototype._write = function (this: RangeImpl, values: readonly (readonly unknown[])[]) {
  if (recording) {
    values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (typeof v === 'string' && STARTS_FORMULA.test(v))
          obs.unescapedWrites.push(
            `${this._sheet.name}!R${this._row + r}C${this._col + c}: ${JSON.stringify(v.slice(0, 80))}`,
          );
      });
    });
  }
  originalWrite.call(this, values);
};

const letterIndex = (letters: string) => columnNumber(letters) - 1;
const a1 = (row: number, col: number) => `${columnLetters(col + 1)}${row}`;
const parseA1 = (key: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(key)!;
  return { col: letterIndex(m[1]!), row: Number(m[2]) };
};

/** Column index (0-based) of every Kamnot column key on the tab, from the column metadata. */
function columnsByMetadata(runtime: Runtime, tab: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of runtime.spreadsheet.metadata()) {
    if (m.key !== 'kamnot.column' || !m.location.startsWith('COLUMN ')) continue;
    const at = m.location.lastIndexOf('!');
    if (m.location.slice('COLUMN '.length, at) !== tab) continue;
    out.set(m.value ?? '', letterIndex(m.location.slice(at + 1).split(':')[0]!));
  }
  return out;
}

function writeRaw(runtime: Runtime, tab: string, row: number, col: number, cell: Raw): void {
  const sheet = runtime.spreadsheet.model.sheetByName(tab)!;
  if (cell.kind === 'blank') return;
  const c = sheet.cellForWrite(row, col + 1);
  c.value = cell.value;
  if (cell.formula === undefined) delete c.formula;
  else c.formula = cell.formula;
  if (cell.format !== undefined) c.format = cell.format;
}

function planWorkbook(w: number): RegisterPlan[] {
  return PROCEDURES.map((procedureId, p) => {
    const procedure = procedureById(procedureId)!;
    const inputs = registerLayout(procedure).inputs;
    const [rows, target, rename] = fc.sample(
      fc.tuple(
        fc.array(rowArb(inputs), { minLength: ROWS_PER_REGISTER, maxLength: ROWS_PER_REGISTER }),
        fc.nat(1_000),
        fc.oneof(
          fc.constantFrom(...HTML, ...FORMULA_TEXT, 'ชื่อใหม่', 'Due'),
          thai.map((r) => String(r.value)),
        ),
      ),
      { seed: SEED + w * 100 + p, numRuns: 1 },
    )[0]!;
    return { procedureId, inputs, rows, mutation: MUTATIONS[w * PROCEDURES.length + p]!, target, rename };
  });
}

function buildWorkbook(w: number): { runtime: Runtime; registers: RegisterResult[] } {
  const runtime = load({
    spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: [{ name: 'Sheet1' }] },
    start: START,
    deployment: 'bound',
  });
  const registers: RegisterResult[] = [];
  for (const plan of planWorkbook(w)) {
    const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', plan.procedureId) as string;
    const header = runtime.spreadsheet.values(tab, '1:1')[0]!;
    plan.inputs.forEach((c, i) => {
      expect(header[i]).toBe(`${c.header.th} / ${c.header.en}`);
    });
    const sheet = runtime.gas.SpreadsheetApp.getActive()!.getSheetByName(tab)!;
    const need = plan.rows.length + 3;
    runtime.run({ kind: 'menu' }, () => {
      if (sheet.getMaxRows() < need) sheet.insertRowsAfter(sheet.getMaxRows(), need - sheet.getMaxRows());
    });
    plan.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        writeRaw(runtime, tab, r + 2, c, cell);
      });
    });
    let firstRow = 2;
    const model = runtime.spreadsheet.model.sheetByName(tab)!;
    const inputAt = plan.target % plan.inputs.length;
    switch (plan.mutation) {
      case 'header-cleared':
        model.cellForWrite(1, inputAt + 1).value = '';
        break;
      case 'header-renamed':
        model.cellForWrite(1, inputAt + 1).value = plan.rename;
        break;
      case 'kamnot-header-renamed':
        model.cellForWrite(1, plan.inputs.length + (plan.target % KAMNOT_COLUMNS.length) + 1).value =
          plan.rename;
        break;
      case 'row-inserted':
      case 'junk-row-inserted':
        runtime.run({ kind: 'menu' }, () => sheet.insertRowAfter(1));
        if (plan.mutation === 'junk-row-inserted') {
          writeRaw(runtime, tab, 2, 1, raw('text', '— ข้อมูลปีงบประมาณ 2570 —'));
          writeRaw(runtime, tab, 2, 3, raw('text', 'ดูหมายเหตุ'));
        }
        firstRow = 3;
        break;
      case 'tab-renamed':
        runtime.run({ kind: 'menu' }, () =>
          sheet.setName(`-ทะเบียน <img src=x onerror=alert(1)> ${plan.target}`),
        );
        break;
      case 'column-deleted':
        runtime.run({ kind: 'menu' }, () => sheet.deleteColumn(1 + Math.max(1, inputAt)));
        break;
      default:
        break;
    }
    registers.push({ tab: sheet.getName(), plan, firstRow });
  }
  const people = runtime.spreadsheet.model.sheetByName('People')!;
  PEOPLE.forEach((person, r) => {
    person.forEach((v, c) => {
      if (v !== '') people.cellForWrite(r + 2, c + 1).value = v;
    });
  });
  return { runtime, registers };
}

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

const TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'body',
  'div',
  'p',
  'h2',
  'h3',
  'span',
  'br',
  'table',
  'tr',
  'th',
  'td',
  'a',
]);
const ATTRIBUTES = new Set([
  'style',
  'lang',
  'charset',
  'name',
  'content',
  'role',
  'cellpadding',
  'cellspacing',
  'href',
]);

function checkMail(html: string, url: string, where: string): string[] {
  const problems: string[] = [];
  if (HTML_TAGS.test(html.replace(/<\/?(table|td|tr|a)\b[^>]*>/g, '')))
    problems.push(`${where}: a raw tag from a sheet value`);
  const body = html.replace(/^<!DOCTYPE html>/, '');
  const tags = [...body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-z-]+="[^"<>]*")*)\s*>/g)];
  const lt = (body.match(/</g) ?? []).length;
  if (lt !== tags.length) problems.push(`${where}: ${lt - tags.length} '<' not part of a known tag`);
  for (const [, , name, attrs] of tags) {
    if (!TAGS.has(name!.toLowerCase())) problems.push(`${where}: tag <${name}>`);
    for (const [, attr, value] of (attrs ?? '').matchAll(/([a-z-]+)="([^"]*)"/g)) {
      if (!ATTRIBUTES.has(attr!)) problems.push(`${where}: attribute ${attr}`);
      if (attr === 'href') {
        const href = value!.replace(/&amp;/g, '&');
        if (
          href !== url &&
          !new RegExp(`^${url.replace(/[.?*+^$[\]\\(){}|-]/g, '\\$&')}#gid=\\d+(&range=A\\d+)?$`).test(href)
        )
          problems.push(`${where}: href ${href}`);
      }
    }
  }
  return problems;
}

function logRecords(runtime: Runtime): { kind: string; details: string }[] {
  return runtime.spreadsheet
    .values('_log')
    .slice(1)
    .map((row) => ({ kind: String(row[1]), details: String(row[2]) }))
    .filter((r) => r.kind.startsWith('run:'));
}

function fuzzWorkbook(w: number): void {
  const { runtime, registers } = buildWorkbook(w);
  const url = runtime.spreadsheet.model.url;
  const tabs = registers.map((r) => r.tab);
  const before = new Map(tabs.map((t) => [t, runtime.spreadsheet.snapshotSheet(t).cells]));
  const peopleBefore = runtime.spreadsheet.snapshotSheet('People').cells;
  obs.rows += registers.reduce((n, r) => n + r.plan.rows.length, 0);
  obs.registers += registers.length;

  runtime.calls.reset();
  recording = true;
  let second: RunRecord | undefined;
  let afterFirst = new Map<string, Record<string, CellSnapshot>>();
  try {
    try {
      runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    } catch (error) {
      obs.exceptions.push(`workbook ${w} runHourly: ${String(error)}`);
    }
    obs.runs++;
    afterFirst = new Map(tabs.map((t) => [t, runtime.spreadsheet.snapshotSheet(t).cells]));
    runtime.clock.advance(3_600_000);
    try {
      second = runtime.callIn({ kind: 'menu' }, 'runNow') as RunRecord;
    } catch (error) {
      obs.exceptions.push(`workbook ${w} runNow: ${String(error)}`);
    }
    obs.runs++;
  } finally {
    recording = false;
  }
  // The second run, an hour later, has nothing new to write.
  for (const tab of tabs) {
    const diff = diffSnapshots(afterFirst.get(tab), runtime.spreadsheet.snapshotSheet(tab).cells);
    obs.secondRunChanges.push(...diff.map((d) => `${tab}!${d.slice(0, 160)}`));
  }
  for (const [name, n] of Object.entries(runtime.calls.snapshot()))
    if (/^Range\.setFormula/.test(name) && n > 0) obs.formulaCalls.push(`workbook ${w}: ${name} ×${n}`);

  // The run records: the first from _log (the hourly run returns nothing), the second as runNow returned it.
  const logged = logRecords(runtime);
  if (logged.length !== 2) obs.exceptions.push(`workbook ${w}: ${logged.length} run entries in _log, not 2`);
  const records: RunRecord[] = logged.slice(0, 1).map((entry) => ({
    status: /"status":"(\w+)"/.exec(entry.details)?.[1] ?? '?',
    problems: Number(/"problems":(\d+)/.exec(entry.details)?.[1] ?? -1),
    changedCells: Number(/"changedCells":(\d+)/.exec(entry.details)?.[1] ?? -1),
    notes: [entry.details],
  }));
  if (second) records.push(second);
  obs.records.push(...records);

  // Every cell the user typed is as it was; blank case-id cells may get an id, nothing else.
  const kamnotTabs = ['_log', '_sent', 'Dashboard'];
  let expected = 0;
  for (const { tab, plan, firstRow } of registers) {
    const after = runtime.spreadsheet.snapshotSheet(tab).cells;
    const cols = columnsByMetadata(runtime, tab);
    const kamnot = new Set(KAMNOT_COLUMNS.map((k) => cols.get(k)!));
    const idColumn = cols.get('case-id') ?? -1;
    const stateColumn = cols.get('kamnot:state')!;
    const skipped = plan.mutation === 'column-deleted';
    const keys = new Set([...Object.keys(before.get(tab)!), ...Object.keys(after)]);
    for (const key of keys) {
      const { row, col } = parseA1(key);
      const b: CellSnapshot = before.get(tab)![key] ?? {};
      const a: CellSnapshot = after[key] ?? {};
      if (row >= 2 && kamnot.has(col) && !skipped) {
        if (a.formula !== undefined) obs.kamnotFormulas.push(`${tab}!${key}: ${a.formula}`);
        continue;
      }
      const diff = diffSnapshots(b, a);
      if (diff.length === 0) continue;
      const blankBefore = b.formula === undefined && (b.value === undefined || String(b.value).trim() === '');
      if (row >= 2 && col === idColumn && blankBefore && !skipped) {
        obs.filledIds++;
        if (a.formula !== undefined || !/^K-\d+$/.test(String(a.value)))
          obs.kamnotFormulas.push(`${tab}!${key}: new id ${JSON.stringify(a)}`);
        continue;
      }
      obs.changedInputs.push(`${tab}!${key} (${plan.mutation}): ${diff.join('; ').slice(0, 200)}`);
    }
    if (skipped) {
      const reported = records.every((r) => r.notes.some((n) => n.includes(tab) && /missing/.test(n)));
      if (!reported) obs.missingColumnReported.push(`${tab}: the missing column is not in the run notes`);
      expected++;
      continue;
    }
    // Bad cells: the row's state cell carries a note.
    const ids = new Map<string, number>();
    plan.rows.forEach((row) => {
      const id = row[0]!;
      if (id.kind === 'dup-id' && !row.every(isBlankRaw))
        ids.set(String(id.value).trim(), (ids.get(String(id.value).trim()) ?? 0) + 1);
    });
    plan.rows.forEach((row, r) => {
      const reasons = row.flatMap((cell, c) =>
        certainlyBad(plan.inputs[c]!, cell)
          ? [`${plan.inputs[c]!.key}=${JSON.stringify(String(cell.value).slice(0, 40))}`]
          : [],
      );
      const id = row[0]!;
      if (id.kind === 'dup-id' && (ids.get(String(id.value).trim()) ?? 0) > 1)
        reasons.push(`duplicate id ${id.value}`);
      if (reasons.length === 0) return;
      expected++;
      // After the first run: a later run may legitimately see the row differently.
      const note = afterFirst.get(tab)?.[a1(firstRow + r, stateColumn)]?.note ?? '';
      if (note === '') obs.unflagged.push(`${tab} row ${firstRow + r}: ${reasons.join(', ')}`);
    });
  }
  obs.expectedProblems += expected;
  for (const [i, record] of records.entries()) {
    obs.reportedProblems += i === 0 ? record.problems : 0;
    if (record.problems < expected)
      obs.undercounted.push(
        `workbook ${w} run ${i + 1}: ${record.problems} problems counted, ${expected} rows flagged`,
      );
  }

  const peopleDiff = diffSnapshots(peopleBefore, runtime.spreadsheet.snapshotSheet('People').cells);
  obs.changedInputs.push(...peopleDiff.map((d) => `People ${d}`));
  for (const tab of kamnotTabs) {
    for (const [key, cell] of Object.entries(runtime.spreadsheet.snapshotSheet(tab).cells))
      if (cell.formula !== undefined) obs.kamnotFormulas.push(`${tab}!${key}: ${cell.formula}`);
  }

  // Mail: only to People, every value escaped, links only into this workbook.
  runtime.outbox.forEach((mail, i) => {
    obs.mails++;
    const where = `workbook ${w} mail ${i} to ${mail.to.join(',')}`;
    for (const to of mail.to)
      if (!PEOPLE_EMAILS.has(to.toLowerCase())) obs.mailProblems.push(`${where}: not in People`);
    if (mail.htmlBody === undefined) obs.mailProblems.push(`${where}: no htmlBody`);
    else {
      obs.mailProblems.push(...checkMail(mail.htmlBody, url, where));
      if (/&lt;(img|script|b|svg)/.test(mail.htmlBody)) obs.escapedPayloads++;
    }
  });
  for (const row of runtime.spreadsheet.values('_sent'))
    if (row[3] === 'failed') obs.mailFailures.add(`workbook ${w}: ${String(row[2])}: ${String(row[5])}`);
}

// ---------------------------------------------------------------------------------------------

describe(`fuzzed registers: ${WORKBOOKS * PROCEDURES.length * ROWS_PER_REGISTER} rows of bad input`, () => {
  beforeAll(() => {
    for (let w = 0; w < WORKBOOKS; w++) fuzzWorkbook(w);
    console.log(
      `fuzz: ${obs.rows} rows in ${obs.registers} registers, ${obs.runs} runs; ` +
        `${obs.expectedProblems} rows certain to be flagged, ${obs.reportedProblems} problems reported; ` +
        `${obs.filledIds} case ids filled; ${obs.mails} mails checked (${obs.escapedPayloads} with escaped HTML from cells), ${obs.mailFailures.size} digests failed to send; ` +
        `${obs.exceptions.length} run errors, ${obs.changedInputs.length} user cells changed, ` +
        `${obs.unescapedWrites.length + obs.kamnotFormulas.length} formula-starting writes`,
    );
  });

  afterAll(() => {
    if (ownWrite) RangeImpl.prototype._write = originalWrite;
    else delete (RangeImpl.prototype as { _write?: unknown })._write;
  });

  it('fuzzes at least 10,000 rows, and mail goes out', () => {
    expect(obs.rows).toBeGreaterThanOrEqual(10_000);
    expect(obs.mails).toBeGreaterThan(0);
    // The check below means something: HTML from the sheets did reach the mail, escaped.
    expect(obs.escapedPayloads).toBeGreaterThan(0);
  });

  it('every run completes: no exception, status done or the problem in the notes', () => {
    expect(obs.exceptions).toEqual([]);
    for (const record of obs.records) {
      if (record.status !== 'done') expect(record.notes.length).toBeGreaterThan(0);
    }
    expect(obs.records.every((r) => r.status === 'done' || r.status === 'partial')).toBe(true);
  });

  it('changes no cell the user typed (values, formulas, formats, notes), only fills blank case ids', () => {
    expect(obs.changedInputs.slice(0, 20)).toEqual([]);
  });

  it('writes no cell that starts a formula', () => {
    expect(obs.unescapedWrites.slice(0, 20)).toEqual([]);
    expect(obs.kamnotFormulas.slice(0, 20)).toEqual([]);
    expect(obs.formulaCalls).toEqual([]);
  });

  it('flags every bad cell with a note on the state cell and counts the problems in the run record', () => {
    expect(obs.unflagged.slice(0, 20)).toEqual([]);
    expect(obs.missingColumnReported).toEqual([]);
    expect(obs.undercounted).toEqual([]);
  });

  it('escapes every sheet value in mail, links only into the workbook, mails only People', () => {
    expect(obs.mailProblems.slice(0, 20)).toEqual([]);
  });

  it('a second run an hour later changes nothing', () => {
    expect(obs.secondRunChanges.slice(0, 20)).toEqual([]);
  });

  it('delivers every digest: no bad cell makes a mail fail', () => {
    expect([...obs.mailFailures]).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// What the fuzz found, each in a few rows.
// ---------------------------------------------------------------------------------------------

describe('bad input, one case at a time', () => {
  function office() {
    const runtime = load({
      spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: [{ name: 'Sheet1' }] },
      start: START,
      deployment: 'bound',
    });
    const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', PROCEDURES[0]) as string;
    runtime.spreadsheet.edit('People', 'A2:F3', [
      ['สมชาย ใจดี', 'somchai@example.org', 'officer', 'boss@example.org', 'TRUE', ''],
      ['หัวหน้า', 'boss@example.org', 'group-director', '', 'TRUE', ''],
    ]);
    return { runtime, tab };
  }
  // Assignee, date received, requested date, then (H–J) the officer's three steps done: the case
  // waits on the order, due the day before the requested date (Fri 4 Dec 2569), overdue on Tue 8 Dec.
  const SENT = ['', '', '2/11/2569', '2/11/2569', '2/11/2569'];
  const OVERDUE = ['somchai@example.org', '1/11/2569', '5/12/2569', ...SENT];
  const ledgerRow = (i: number) => [
    `2026-11-20|overdue|0|K-${i}|submit-letter`,
    'somchai@example.org',
    '2026-11-20|somchai@example.org',
    i % 2 ? 'intent' : 'sent',
    '2026-11-20T02:00:00.000Z',
    '',
  ];

  it('keeps a case-id formula whose result is an error or empty text (it is not a blank cell)', () => {
    const { runtime, tab } = office();
    runtime.spreadsheet.edit(tab, 'A2:J3', [
      ['=A1:', 'ก', ...OVERDUE],
      ['=IF(FALSE,1,"")', 'ข', ...OVERDUE],
    ]);
    runtime.spreadsheet.setComputed(tab, 'A2', '#REF!');
    runtime.callIn({ kind: 'menu' }, 'runNow');
    expect(runtime.spreadsheet.formulas(tab, 'A2:A3')).toEqual([['=A1:'], ['=IF(FALSE,1,"")']]);
  });

  it('writes a People address that starts with "-" into _sent as text, never as a formula', () => {
    const { runtime, tab } = office();
    runtime.spreadsheet.edit('People', 'A4:F4', [['ขีด', "'-dash@example.org", 'officer', '', 'TRUE', '']]);
    runtime.spreadsheet.edit(tab, 'B2:J2', [
      ['ลาออก', "'-dash@example.org", '1/11/2569', '5/12/2569', ...SENT],
    ]);
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    expect(runtime.outbox.map((m) => m.to.join())).toEqual(['-dash@example.org']);
    expect(
      runtime.spreadsheet
        .formulas('_sent')
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
  });

  it('completes the run and logs it when a due case has a 50,000-character case id', () => {
    const { runtime, tab } = office();
    runtime.spreadsheet.edit(tab, 'A2:J2', [['ก'.repeat(50_000), 'ลาออก', ...OVERDUE]]);
    expect(() => runtime.callIn({ kind: 'time-driven' }, 'runHourly')).not.toThrow();
    expect(logRecords(runtime).map((r) => r.kind)).toEqual(['run:done']);
  });

  it('keeps sending when the _sent ledger reaches the last row of its sheet', () => {
    const { runtime, tab } = office();
    const sent = runtime.spreadsheet.model.sheetByName('_sent')!;
    for (let r = 2; r <= sent.maxRows; r++)
      ledgerRow(r).forEach((v, c) => {
        if (v !== '') sent.cellForWrite(r, c + 1).value = v;
      });
    runtime.spreadsheet.edit(tab, 'B2:J2', [['ลาออก', ...OVERDUE]]);
    expect(() => runtime.callIn({ kind: 'time-driven' }, 'runHourly')).not.toThrow();
    expect(runtime.outbox.map((m) => m.to.join())).toContain('somchai@example.org');
  });

  it('keeps logging when the _log tab reaches the last row of its sheet', () => {
    const { runtime, tab } = office();
    const log = runtime.spreadsheet.model.sheetByName('_log')!;
    const full = log.maxRows;
    for (let r = 2; r <= full; r++) {
      log.cellForWrite(r, 1).value = serialFromWall(2026, 11, 20);
      log.cellForWrite(r, 2).value = 'run:done';
      log.cellForWrite(r, 3).value = '{}';
    }
    runtime.spreadsheet.edit(tab, 'B2:J2', [['ลาออก', ...OVERDUE]]);
    expect(() => runtime.callIn({ kind: 'menu' }, 'runNow')).not.toThrow();
    expect(logRecords(runtime).length).toBe(full);
  });

  it("sends the digest of a case whose subject is 50,000 characters (a cell's limit)", () => {
    const { runtime, tab } = office();
    runtime.spreadsheet.edit(tab, 'B2:J2', [['ก'.repeat(50_000), ...OVERDUE]]);
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    expect(runtime.outbox.map((m) => m.to.join())).toContain('somchai@example.org');
  });

  it('sends the digest of an officer with 200 overdue cases, and their supervisor’s', () => {
    const { runtime, tab } = office();
    const rows = Array.from({ length: 200 }, (_, i) => [`ลาออก ครู ${i}`, ...OVERDUE]);
    runtime.spreadsheet.edit(tab, 'B2:J201', rows);
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    expect(runtime.outbox.map((m) => m.to.join()).sort()).toEqual([
      'boss@example.org',
      'somchai@example.org',
    ]);
  });
});
