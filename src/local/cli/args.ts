/** `npm start -- [--today YYYY-MM-DD] [--workbook file.xlsx] [--out DIR] [--report [--fiscal-year BE]]`: the CLI's arguments. */
import { type Day, dayFromIso } from '../../core/dates/civil';
import { type Msg, msg } from '../../core/i18n/msg';

export interface CliArgs {
  readonly today: Day;
  /** Check this .xlsx instead of building the demo workbook. */
  readonly workbook: string | undefined;
  /** Where output goes; default `out`. */
  readonly out: string;
  /** `--report`: also write the office's report (the demo always does). */
  readonly report: boolean;
  /** `--fiscal-year 2569`: the report's fiscal year (BE); the current one when absent. */
  readonly fiscalYear: number | undefined;
}

export const USAGE = msg(
  'วิธีใช้: npm start -- [--today YYYY-MM-DD] [--workbook ไฟล์.xlsx] [--out โฟลเดอร์] [--report [--fiscal-year 2569]]',
  'usage: npm start -- [--today YYYY-MM-DD] [--workbook file.xlsx] [--out DIR] [--report [--fiscal-year 2569]]',
);

export function todayInBangkok(): Day {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
  return dayFromIso(iso)!;
}

export function parseArgs(argv: readonly string[], today: Day): CliArgs | { readonly error: Msg } {
  let workbook: string | undefined;
  let out = 'out';
  let report = false;
  let fiscalYear: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = argv[i + 1];
    if (flag === '--report') {
      report = true;
      continue;
    }
    const takes = flag === '--today' || flag === '--workbook' || flag === '--out' || flag === '--fiscal-year';
    if (!takes) return { error: msg(`ไม่รู้จัก "${flag}"`, `unknown argument "${flag}"`) };
    if (value === undefined || value.startsWith('--'))
      return { error: msg(`${flag} ต้องมีค่าตามหลัง`, `${flag} needs a value`) };
    i++;
    if (flag === '--today') {
      const day = dayFromIso(value);
      if (day === null) return { error: msg('--today ต้องเป็น YYYY-MM-DD', '--today must be YYYY-MM-DD') };
      today = day;
    } else if (flag === '--fiscal-year') {
      fiscalYear = Number(value);
      if (!/^25\d\d$/.test(value))
        return {
          error: msg('--fiscal-year ต้องเป็นปี พ.ศ. เช่น 2569', '--fiscal-year must be a BE year, e.g. 2569'),
        };
    } else if (flag === '--workbook') workbook = value;
    else out = value;
  }
  return { today, workbook, out, report, fiscalYear };
}
