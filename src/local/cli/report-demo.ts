// The office's report in `npm start`: the demo office's (with its name and this year's ITA item typed in
// Settings, as an office would) and, with --report, any workbook's.
import { relative } from 'node:path';
import type { Runtime } from '../runtime';
import { writeReport } from './report';

const DEMO_SETTINGS = [
  ['office-name', 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1 (ตัวอย่าง Kamnot)'],
  ['ita-item', 'O11'],
];

const shown = (file: string) => {
  const rel = relative(process.cwd(), file);
  return rel === '' || rel.startsWith('..') ? file : rel;
};

export async function reportOf(
  runtime: Runtime,
  out: string,
  name: string,
  fiscalYear?: number,
): Promise<string> {
  const files = await writeReport(runtime, out, name, fiscalYear);
  return [
    files.text,
    `หน้าพิมพ์ A4 / the printable page: ${shown(files.html)}`,
    `แท็บรายงาน / the Report tab: ${shown(files.xlsx)}`,
  ].join('\n');
}

export async function reportDemo(runtime: Runtime, out: string, fiscalYear?: number): Promise<string> {
  const rows = runtime.spreadsheet.values('Settings').length;
  runtime.spreadsheet.edit('Settings', `A${rows + 1}:B${rows + DEMO_SETTINGS.length}`, DEMO_SETTINGS);
  return `\nรายงานสถิติการให้บริการและความตรงต่อเวลา / The service statistics and timeliness report\n\n${await reportOf(runtime, out, 'demo', fiscalYear)}`;
}
