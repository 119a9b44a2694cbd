// The formulas, computed by build/Code.js in the offline Apps Script runtime, as a cell would call
// them: real time standards from the manuals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayFromIso, isoFromDay } from '../../core/dates/civil';
import { instantFromDay } from '../../core/dates/zone';
import { loadBundle } from '../runtime';
import { table } from './table';

const ZONE = 'Asia/Bangkok';
const BANGKOK = () => 420;

interface Example {
  readonly what: string;
  readonly formula: string;
  readonly name: string;
  readonly args: (cell: (iso: string) => Date) => unknown[];
}

const EXAMPLES: readonly Example[] = [
  {
    what: 'ลาศึกษาต่อ ออกหนังสือส่งตัวภายใน 15 วัน (001) / study leave: letter within 15 days',
    formula: '=DUEDATE("8/4/2569", 15)',
    name: 'DUEDATE',
    args: () => ['8/4/2569', 15],
  },
  {
    what: 'ลาออก ยื่นไม่น้อยกว่า 30 วันก่อนวันขอลาออก (003) / resignation ≥ 30 days before',
    formula: '=DUEDATE("4 ม.ค. 2570", -30, "วัน")',
    name: 'DUEDATE',
    args: () => ['4 ม.ค. 2570', -30, 'วัน'],
  },
  {
    what: 'อุทธรณ์ภายใน 30 วันนับแต่รับแจ้งคำสั่ง (003) / appeal within 30 days of notice',
    formula: '=DUEDATE(A2, 30, "วัน")  A2 = 6 พ.ย. 2569',
    name: 'DUEDATE',
    args: (cell) => [cell('2026-11-06'), 30, 'วัน'],
  },
  {
    what: 'ประเมินครูผู้ช่วย 6 เดือนหลังบรรจุ (003) / new teacher: evaluate at 6 months',
    formula: '=DUEDATE(A2, 6, "เดือน")  A2 = 31 พ.ค. 2569',
    name: 'DUEDATE',
    args: (cell) => [cell('2026-05-31'), 6, 'เดือน'],
  },
  {
    what: 'วันทำการในเดือน เม.ย. 2569 (สงกรานต์) / working days in April 2026',
    formula: '=WORKDAYSBETWEEN("1/4/2569", "30/4/2569")',
    name: 'WORKDAYSBETWEEN',
    args: () => ['1/4/2569', '30/4/2569'],
  },
  {
    what: 'วันครู (TH-SCHOOL) / Teacher’s Day on the school calendar',
    formula: '=DUEDATE("15/1/2569", 1, , , "TH-SCHOOL")',
    name: 'DUEDATE',
    args: () => ['15/1/2569', 1, '', '', 'TH-SCHOOL'],
  },
  {
    what: 'ปีงบประมาณ / fiscal year',
    formula: '=FISCALYEAR("22/11/2569")',
    name: 'FISCALYEAR',
    args: () => ['22/11/2569'],
  },
  {
    what: 'ไตรมาส / fiscal quarter',
    formula: '=FISCALQUARTER("22/11/2569")',
    name: 'FISCALQUARTER',
    args: () => ['22/11/2569'],
  },
  {
    what: 'วันที่แบบเต็ม เลขไทย / full Thai date, Thai digits',
    formula: '=THAIDATE("22/11/2569", "full+thai")',
    name: 'THAIDATE',
    args: () => ['22/11/2569', 'full+thai'],
  },
  {
    what: 'ปีที่ยังไม่มีข้อมูลวันหยุด / a year without holiday data',
    formula: '=DUEDATE("25/12/2571", 10)',
    name: 'DUEDATE',
    args: () => ['25/12/2571', 10],
  },
];

export function formulasDemo(root: string): string {
  const code = readFileSync(join(root, 'build/Code.js'), 'utf8');
  const runtime = loadBundle(code, { spreadsheetTimeZone: ZONE, scriptTimeZone: ZONE });
  const cell = (iso: string) => new Date(instantFromDay(dayFromIso(iso)!, BANGKOK));
  const show = (value: unknown): string => {
    if (value instanceof Date) {
      const day = Math.floor((value.getTime() + 7 * 3_600_000) / 86_400_000);
      const text = runtime.callIn({ kind: 'custom-function' }, 'THAIDATE', value, 'long') as string;
      return `${text} (${isoFromDay(day)})`;
    }
    return String(value);
  };
  const rows = EXAMPLES.map((example) => {
    let result: string;
    try {
      result = show(runtime.callIn({ kind: 'custom-function' }, example.name, ...example.args(cell)));
    } catch (error) {
      result = `#ERROR! ${(error as Error).message}`;
    }
    return [example.what, example.formula, result];
  });
  return table(['ตัวอย่าง / example', 'สูตร / formula', 'ผล / result (build/Code.js)'], rows);
}
