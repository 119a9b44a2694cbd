// npm start: build (done by the npm script), then show what Kamnot computes, offline.
//   npm start -- [--today YYYY-MM-DD] [--out DIR]       the demo office workbook (+ DIR/demo.xlsx)
//   npm start -- --workbook file.xlsx [--today …] [--adopt ["tab"]]  the office's own workbook (see check-workbook.ts)
//   npm start -- --help
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isoFromDay } from '../../core/dates/civil';
import { formatDate } from '../../core/dates/format';
import { bilingual, msg } from '../../core/i18n/msg';
import { writeWorkbook } from '../xlsx/write-workbook';
import { helpText, parseArgs, todayInBangkok, USAGE } from './args';
import { checkWorkbook } from './check-workbook';
import { demoCases } from './demo-cases';
import { formulasDemo } from './formulas-demo';
import { officeDemo } from './office-demo';
import { ownProcedureDemo } from './own-procedure-demo';
import { progress } from './progress';
import { reportDemo, reportOf } from './report-demo';
import { selfTestDemo } from './self-test-demo';
import { specialDayDemo } from './special-day-demo';

async function demo(today: number, out: string, fiscalYear: number | undefined): Promise<void> {
  console.log(
    `Kamnot (กำหนด) — วันนี้ / today: ${formatDate(today, { style: 'full' })} (${isoFromDay(today)})\n`,
  );
  console.log(
    'สูตรในเซลล์ คำนวณโดย build/Code.js ในรันไทม์ Apps Script จำลอง / Formulas, computed by build/Code.js offline\n',
  );
  console.log(formulasDemo(process.cwd()));
  console.log('\nตัวอย่างเรื่องจากคู่มือทั้งห้า / Sample cases from the five manuals, evaluated by the case engine\n');
  console.log(demoCases(today));
  console.log('\n');
  const office = officeDemo(process.cwd(), today, out);
  const { runtime } = office;
  console.log(office.text);
  const file = join(out, 'demo.xlsx');
  const written = await writeWorkbook(runtime.model);
  mkdirSync(out, { recursive: true });
  writeFileSync(file, written.bytes);
  console.log(
    `\nสมุดงานตัวอย่างหลังรอบตรวจ เป็นไฟล์ Excel / the demo workbook after the run, as Excel: ${relative(process.cwd(), file)}`,
  );
  console.log(
    `  ตรวจอีกครั้งด้วย / check it again with: npm start -- --workbook ${relative(process.cwd(), file)}`,
  );
  console.log(await reportDemo(runtime, out, fiscalYear));
  console.log('\n\nวันหยุดพิเศษที่ประกาศกลางปี / A special day off announced mid-year\n');
  console.log(specialDayDemo(office));
  console.log(
    "\n\nกระบวนงานของสำนักงานเองกับทะเบียนเดิม / The office's own procedure and its own old register\n",
  );
  console.log(ownProcedureDemo(process.cwd(), today));
  console.log('\n\nตรวจความพร้อม / Check this installation (checkInstallation, on the demo workbook)\n');
  console.log(selfTestDemo(runtime));
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), todayInBangkok());
  if ('error' in args) {
    console.error(`${bilingual(args.error)}\n${USAGE.th}\n${USAGE.en}\n(npm start -- --help)`);
    return 2;
  }
  if (args.help) {
    console.log(helpText());
    return 0;
  }
  if (args.todayNote) console.error(bilingual(args.todayNote));
  const out = resolve(args.out);
  if (args.workbook === undefined) {
    await demo(args.today, out, args.fiscalYear);
    return 0;
  }
  const shown = progress();
  const outcome = await checkWorkbook({
    root: process.cwd(),
    file: args.workbook,
    today: args.today,
    out,
    progress: shown,
    adopt: args.adopt,
    ...(args.report ? { after: (runtime, name) => reportOf(runtime, out, name, args.fiscalYear) } : {}),
  });
  shown.done();
  if (outcome.text) console.log(outcome.text);
  if (outcome.error) console.error(outcome.error);
  return outcome.exitCode;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Never a stack trace for the office: what went wrong, in both languages.
  const reason = error instanceof Error ? error.message : String(error);
  console.error(bilingual(msg(`เกิดข้อผิดพลาด: ${reason}`, `unexpected error: ${reason}`)));
  // For the developer: KAMNOT_DEBUG=1 prints where.
  if (process.env.KAMNOT_DEBUG && error instanceof Error) console.error(error.stack);
  process.exitCode = 1;
}
