/**
 * Verdicts about computation: the built-ins, the formulas (called in the code and evaluated by the
 * sheet), and how long the things Kamnot does often take. Pure: the probes pass what they measured.
 */
import type { Msg } from '../i18n/msg';
import { BUILTINS } from './builtins';
import type { CheckResult } from './types';

const m = (th: string, en: string): Msg => ({ th, en });

export function builtinsVerdict(missing: readonly string[]): CheckResult {
  const title = m('ความสามารถของ JavaScript ที่โค้ดใช้', 'The JavaScript built-ins the code relies on');
  const used = (name: string) => BUILTINS.find((b) => b.name === name)?.usedBy ?? '';
  if (missing.length === 0)
    return {
      id: 'builtins',
      status: 'ok',
      title,
      found: m(`มีครบทั้ง ${BUILTINS.length} อย่าง`, `all ${BUILTINS.length} present`),
      fix: null,
    };
  const list = missing.map((n) => `${n} (${used(n)})`).join('; ');
  return {
    id: 'builtins',
    status: 'failed',
    title,
    found: m(`ไม่มี: ${list}`, `missing: ${list}`),
    fix: m(
      'ตั้งโครงการ Apps Script ให้ใช้รันไทม์ V8 (appsscript.json: "runtimeVersion": "V8") แล้วส่งรายงานนี้ให้ผู้ดูแลระบบ',
      'set the Apps Script project to the V8 runtime (appsscript.json: "runtimeVersion": "V8") and send this report to your support',
    ),
    data: { missing },
  };
}

/** One formula: what it should show, and what the code and the sheet gave. */
export interface FormulaSeen {
  readonly formula: string;
  /** What it must show (a BE date, Thai text): computed by the core, not by the code under test. */
  readonly expected: string;
  /** Called in the code: the value's type and what it shows. */
  readonly code: { readonly type: string; readonly shown: string; readonly ms: number };
  /** Evaluated by the sheet within this run; null when the sheet gave no value in time. */
  readonly sheet: { readonly type: string; readonly shown: string; readonly ms: number } | null;
}

export function formulasVerdict(seen: readonly FormulaSeen[], waitedMs: number): CheckResult {
  const title = m('สูตรในเซลล์ (=DUEDATE, =THAIDATE)', 'Formulas in cells (=DUEDATE, =THAIDATE)');
  const one = (f: FormulaSeen, lang: 'th' | 'en') => {
    const sheet = f.sheet
      ? `${lang === 'th' ? 'ในชีต' : 'in the sheet'} ${f.sheet.type} "${f.sheet.shown}" ${f.sheet.ms} ms`
      : lang === 'th'
        ? 'ในชีต: ยังไม่คำนวณ'
        : 'in the sheet: not computed';
    return `${f.formula} → ${lang === 'th' ? 'ในโค้ด' : 'in code'} ${f.code.type} "${f.code.shown}" ${f.code.ms} ms, ${sheet}`;
  };
  const data = { formulas: seen.map((f) => one(f, 'en')), waitedMs };
  const wrong = seen.filter(
    (f) => f.code.shown !== f.expected || (f.sheet !== null && f.sheet.shown !== f.expected),
  );
  const found = m(seen.map((f) => one(f, 'th')).join('; '), seen.map((f) => one(f, 'en')).join('; '));
  if (wrong.length > 0)
    return {
      id: 'formulas',
      status: 'failed',
      title,
      found: m(
        `ผิด: ${wrong.map((f) => `${f.formula} ควรเป็น ${f.expected}`).join('; ')}; ${found.th}`,
        `wrong: ${wrong.map((f) => `${f.formula} should show ${f.expected}`).join('; ')}; ${found.en}`,
      ),
      fix: m(
        'ตรวจเขตเวลาของสมุดงาน (ข้อเขตเวลาด้านล่าง) แล้วส่งรายงานนี้ให้ผู้ดูแลระบบ',
        "check the workbook's time zone (below) and send this report to your support",
      ),
      data,
    };
  if (seen.some((f) => f.sheet === null))
    return {
      id: 'formulas',
      status: 'not-possible',
      title,
      found: m(
        `${found.th} (ชีตไม่คำนวณสูตรภายใน ${Math.round(waitedMs / 1000)} วินาทีของรอบนี้: ในรันไทม์จำลองสูตรไม่ถูกคำนวณเลย บน Google สูตรของส่วนเสริมอาจยังขึ้นว่า "กำลังโหลด…")`,
        `${found.en} (the sheet did not compute the formulas within ${Math.round(waitedMs / 1000)} s of this run: the offline runtime never computes formulas; on Google a custom function may still show "Loading…")`,
      ),
      fix: m(
        `พิมพ์ =DUEDATE(DATE(2026,11,2), 15) ในเซลล์ว่าง: ต้องขึ้นวันที่ ${seen[0]?.expected ?? '23/11/2026'} แล้วลบออก`,
        `type =DUEDATE(DATE(2026,11,2), 15) in an empty cell: it must show the date ${seen[0]?.expected ?? '23/11/2026'}; then delete it`,
      ),
      data,
    };
  return { id: 'formulas', status: 'ok', title, found, fix: null, data };
}

export interface Timings {
  /** Whether the clock advanced during a pure computation (the offline runtime's virtual clock does not). */
  readonly clockMoves: boolean;
  /** The largest tab read in one getValues: rows, columns, ms. */
  readonly bulk: {
    readonly tab: string;
    readonly rows: number;
    readonly columns: number;
    readonly ms: number;
  };
  /** 2,000 zone look-ups (a date formatted with the Z pattern): what a zone with transitions pays. */
  readonly lookups: { readonly n: number; readonly ms: number };
  /** From the bundle's first line to the check's first line, and the catalogue's first parse. */
  readonly loadMs: number;
  readonly catalogueMs: number;
}

/** Past these, a run of a large office gets close to the 6-minute limit. */
const SLOW = { bulkPer1000Rows: 5_000, lookups2000: 30_000, load: 3_000 };

export function speedVerdict(t: Timings): CheckResult {
  const title = m('เวลาที่ใช้', 'How long things take');
  const figures = (lang: 'th' | 'en') =>
    lang === 'th'
      ? `อ่าน ${t.bulk.tab} ${t.bulk.rows}×${t.bulk.columns} ในครั้งเดียว ${t.bulk.ms} ms; ค้นเขตเวลา ${t.lookups.n} ครั้ง ${t.lookups.ms} ms; โหลดโค้ด ${t.loadMs} ms; อ่านแคตตาล็อก ${t.catalogueMs} ms`
      : `one read of ${t.bulk.tab} ${t.bulk.rows}×${t.bulk.columns}: ${t.bulk.ms} ms; ${t.lookups.n} zone look-ups: ${t.lookups.ms} ms; loading the code: ${t.loadMs} ms; parsing the catalogue: ${t.catalogueMs} ms`;
  const data = {
    clockMoves: t.clockMoves,
    bulkMs: t.bulk.ms,
    bulkRows: t.bulk.rows,
    lookupsMs: t.lookups.ms,
    loadMs: t.loadMs,
    catalogueMs: t.catalogueMs,
  };
  if (!t.clockMoves)
    return {
      id: 'speed',
      status: 'not-possible',
      title,
      found: m(
        `นาฬิกาของรอบนี้ไม่เดินระหว่างคำนวณ (รันไทม์จำลอง: เวลาเป็นราคาสมมติของการเรียกบริการ ไม่ใช่การวัด): ${figures('th')}`,
        `this run's clock does not move during computation (the offline runtime: times are the modelled price of service calls, not measurements): ${figures('en')}`,
      ),
      fix: m('ตรวจความพร้อมบนบัญชี Google จริง', 'run this check on a real Google account'),
      data,
    };
  const slow =
    (t.bulk.ms * 1000) / Math.max(1000, t.bulk.rows) > SLOW.bulkPer1000Rows ||
    (t.lookups.ms * 2000) / Math.max(1, t.lookups.n) > SLOW.lookups2000 ||
    t.loadMs > SLOW.load;
  return {
    id: 'speed',
    status: slow ? 'warning' : 'ok',
    title,
    found: m(figures('th'), figures('en')),
    fix: slow
      ? m(
          'ตั้งเขตเวลาของสมุดงานเป็น Bangkok (ไม่ต้องค้นเขตเวลา) และย้ายแถวปีเก่าออกจากทะเบียนที่ใหญ่ที่สุด',
          'set the workbook’s zone to Bangkok (it needs no look-ups) and move past years’ rows out of the largest register',
        )
      : null,
    data,
  };
}
