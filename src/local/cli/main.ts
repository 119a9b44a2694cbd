// npm start: build (done by the npm script), then show what Kamnot computes, offline.
import { dayFromIso, isoFromDay } from '../../core/dates/civil';
import { formatDate } from '../../core/dates/format';
import { demoCases } from './demo-cases';
import { formulasDemo } from './formulas-demo';
import { officeDemo } from './office-demo';

function todayInBangkok(): number {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
  return dayFromIso(iso)!;
}

function parseArgs(argv: readonly string[]): { today: number } {
  let today = todayInBangkok();
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--today') {
      const day = dayFromIso(argv[++i] ?? '');
      if (day === null) {
        console.error('--today ต้องเป็น YYYY-MM-DD / --today must be YYYY-MM-DD');
        process.exit(2);
      }
      today = day;
    }
  }
  return { today };
}

const { today } = parseArgs(process.argv.slice(2));
console.log(`Kamnot (กำหนด) — วันนี้ / today: ${formatDate(today, { style: 'full' })} (${isoFromDay(today)})\n`);
console.log(
  'สูตรในเซลล์ คำนวณโดย build/Code.js ในรันไทม์ Apps Script จำลอง / Formulas, computed by build/Code.js offline\n',
);
console.log(formulasDemo(process.cwd()));
console.log('\nตัวอย่างเรื่องจากคู่มือทั้งห้า / Sample cases from the five manuals, evaluated by the case engine\n');
console.log(demoCases(today));
console.log('\n');
console.log(officeDemo(process.cwd(), today));
