/**
 * The CLI's arguments, read with node:util's parseArgs from one table of options: a new option (a
 * report, say) is one entry in OPTIONS, and the usage text is made from the same table.
 *
 *   --today YYYY-MM-DD   a BE year (2569-12-08) is read as BE, with a note: Thai offices write BE
 *                        years, and no office checks a workbook in the year 2569 CE
 *   --workbook FILE      check the office's own workbook instead of building the demo
 *   --adopt [TAB]        with --workbook: adopt every tab that is not a register yet, or the one named
 *                        (several --adopt TAB may be given)
 *   --out DIR            where output goes (default out)
 *   --report             with --workbook: also write the office's report (the demo always does)
 *   --fiscal-year BE     the report's fiscal year (the current one when absent)
 *   --help, -h
 */
import { parseArgs as parseArgv } from 'node:util';
import { type Day, dayFromIso, isValidYmd } from '../../core/dates/civil';
import { formatDate } from '../../core/dates/format';
import { BE_OFFSET } from '../../core/dates/names';
import { type Msg, msg } from '../../core/i18n/msg';

export interface CliArgs {
  readonly today: Day;
  /** Said once before anything else: how --today was read (a BE year). */
  readonly todayNote?: Msg;
  /** Check this .xlsx instead of building the demo workbook. */
  readonly workbook: string | undefined;
  /** Tabs to adopt: every tab that is not a register yet ('all'), the ones named, or none. */
  readonly adopt: 'all' | readonly string[];
  /** Where output goes; default `out`. */
  readonly out: string;
  /** `--report`: also write the office's report (the demo always does). */
  readonly report: boolean;
  /** `--fiscal-year 2569`: the report's fiscal year (BE); the current one when absent. */
  readonly fiscalYear: number | undefined;
  readonly help: boolean;
}

interface Option {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** The value's name in the usage ('' for a flag). */
  readonly value: Msg;
  readonly help: Msg;
}

const OPTIONS = {
  today: {
    type: 'string',
    value: msg('YYYY-MM-DD', 'YYYY-MM-DD'),
    help: msg(
      'ตรวจเสมือนเป็นวันนี้ (ปี พ.ศ. ก็ได้ เช่น 2569-12-08)',
      'check as of this day (a BE year works too: 2569-12-08)',
    ),
  },
  workbook: {
    type: 'string',
    value: msg('ไฟล์.xlsx', 'file.xlsx'),
    help: msg('ตรวจสมุดงานของหน่วยงานแทนสมุดงานตัวอย่าง', "check the office's own workbook instead of the demo"),
  },
  adopt: {
    type: 'boolean',
    multiple: true,
    value: msg('["ชื่อแท็บ"]', '["tab"]'),
    help: msg(
      'นำแท็บที่ยังไม่เป็นทะเบียนมาใช้ตามที่ Kamnot เสนอ (ทุกแท็บ หรือแท็บที่ระบุ) ในสำเนาที่ตรวจ',
      'adopt the tabs that are not registers yet as Kamnot proposes (all, or the one named), in the checked copy',
    ),
  },
  out: {
    type: 'string',
    value: msg('โฟลเดอร์', 'DIR'),
    help: msg('โฟลเดอร์ผลลัพธ์ (ค่าเริ่มต้น out)', 'where the output goes (default out)'),
  },
  report: {
    type: 'boolean',
    value: msg('', ''),
    help: msg(
      'เขียนรายงานสถิติการให้บริการของสำนักงานด้วย (out/<ชื่อ>.report.html และ .xlsx)',
      "also write the office's service statistics report (out/<name>.report.html and .xlsx)",
    ),
  },
  'fiscal-year': {
    type: 'string',
    value: msg('2569', '2569'),
    help: msg(
      'ปีงบประมาณของรายงาน (พ.ศ.; ค่าเริ่มต้นปีปัจจุบัน)',
      "the report's fiscal year (BE; default the current one)",
    ),
  },
  help: { type: 'boolean', short: 'h', value: msg('', ''), help: msg('วิธีใช้', 'this help') },
} as const satisfies Record<string, Option>;

const usageLine = (lang: 'th' | 'en') =>
  `${lang === 'th' ? 'วิธีใช้' : 'usage'}: npm start -- ${Object.entries(OPTIONS)
    .filter(([name]) => name !== 'help')
    .map(([name, o]) => `[--${name}${o.value[lang] ? ` ${o.value[lang]}` : ''}]`)
    .join(' ')}`;

/** One line each language: what a wrong argument is answered with. */
export const USAGE = msg(usageLine('th'), usageLine('en'));

/** The full help: the usage and one line per option, Thai then English. */
export function helpText(): string {
  const lines = [usageLine('th'), usageLine('en'), ''];
  for (const [name, o] of Object.entries(OPTIONS) as [string, Option][]) {
    const flag = `--${name}${o.short ? `, -${o.short}` : ''}${o.value.en ? ` ${o.value.en}` : ''}`;
    lines.push(`  ${flag}`, `      ${o.help.th}`, `      ${o.help.en}`);
  }
  lines.push(
    '',
    '  npm start                                   สมุดงานตัวอย่าง / the demo office',
    '  npm start -- --workbook ทะเบียน.xlsx          ตรวจและเสนอการนำแท็บมาใช้ / check, and propose adoptions',
    '  npm start -- --workbook ทะเบียน.xlsx --adopt  นำทุกแท็บที่เสนอมาใช้ / adopt every proposed tab',
  );
  return lines.join('\n');
}

export function todayInBangkok(): Day {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
  return dayFromIso(iso)!;
}

type Parsed = { readonly today: Day; readonly note?: Msg } | { readonly error: Msg };

/** --today's value: YYYY-MM-DD, the year CE or BE. */
function readToday(text: string): Parsed {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m)
    return {
      error: msg(
        `--today ต้องเป็น YYYY-MM-DD (เช่น 2026-12-08): "${text}"`,
        `--today must be YYYY-MM-DD (e.g. 2026-12-08): "${text}"`,
      ),
    };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const be = y >= 2400;
  const ce = be ? y - BE_OFFSET : y;
  if (ce < 1900 || ce > 2200)
    return { error: msg(`--today: ปี ${y} อยู่นอกช่วงที่ตรวจได้`, `--today: the year ${y} is out of range`) };
  if (!isValidYmd(ce, mo, d))
    return {
      error: msg(
        `--today: ไม่มีวันที่ ${text} ในปฏิทิน`,
        `--today: there is no such date: ${text}${mo === 2 && d === 29 ? ` (${y} is not a leap year)` : ''}`,
      ),
    };
  const today = dayFromIso(`${ce}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`)!;
  if (!be) return { today };
  return {
    today,
    note: msg(
      `--today ${text}: อ่านปี ${y} เป็น พ.ศ. คือ ${formatDate(today, { style: 'long' })}`,
      `--today ${text}: the year ${y} is read as BE, i.e. ${formatDate(today, { style: 'long', lang: 'en' })}`,
    ),
  };
}

export function parseArgs(argv: readonly string[], today: Day): CliArgs | { readonly error: Msg } {
  // "--adopt=ทะเบียน" is "--adopt ทะเบียน": the value-less form is the common one.
  const args = argv.flatMap((a) =>
    a.startsWith('--adopt=') ? ['--adopt', a.slice('--adopt='.length)] : [a],
  );
  const read = () =>
    parseArgv({ args, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  let parsed: ReturnType<typeof read>;
  try {
    parsed = read();
  } catch (error) {
    return { error: argumentError(error, args) };
  }
  const adopt: string[] = [];
  let adoptAll = false;
  const tokens = parsed.tokens ?? [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'option' || t.name !== 'adopt') return;
    const next = tokens[i + 1];
    if (next?.kind === 'positional') adopt.push(next.value);
    else adoptAll = true;
  });
  const stray = tokens.find(
    (t, i) =>
      t.kind === 'positional' &&
      !(tokens[i - 1]?.kind === 'option' && (tokens[i - 1] as { name: string }).name === 'adopt'),
  );
  if (stray?.kind === 'positional')
    return { error: msg(`ไม่รู้จัก "${stray.value}"`, `unknown argument "${stray.value}"`) };
  const v = parsed.values;
  let note: Msg | undefined;
  if (v.today !== undefined) {
    const read = readToday(v.today);
    if ('error' in read) return read;
    today = read.today;
    note = read.note;
  }
  if ((adopt.length > 0 || adoptAll) && v.workbook === undefined)
    return { error: msg('--adopt ใช้กับ --workbook เท่านั้น', '--adopt needs --workbook') };
  const fiscalYear = v['fiscal-year'];
  if (fiscalYear !== undefined && !/^25\d\d$/.test(fiscalYear))
    return {
      error: msg('--fiscal-year ต้องเป็นปี พ.ศ. เช่น 2569', '--fiscal-year must be a BE year, e.g. 2569'),
    };
  return {
    today,
    ...(note ? { todayNote: note } : {}),
    workbook: v.workbook,
    adopt: adoptAll ? 'all' : adopt,
    out: v.out ?? 'out',
    report: v.report === true,
    fiscalYear: fiscalYear === undefined ? undefined : Number(fiscalYear),
    help: v.help === true,
  };
}

/** node:util's errors in the CLI's own words, both languages. */
function argumentError(error: unknown, args: readonly string[]): Msg {
  const code = (error as { code?: string }).code;
  const text = error instanceof Error ? error.message : String(error);
  const flag = /'(-[^' ]+)/.exec(text)?.[1] ?? args.find((a) => a.startsWith('-')) ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return msg(`ไม่รู้จัก "${flag}"`, `unknown argument "${flag}"`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing|ambiguous/.test(text))
    return msg(`${flag} ต้องมีค่าตามหลัง`, `${flag} needs a value`);
  return msg(`อาร์กิวเมนต์ไม่ถูกต้อง: ${text}`, `bad arguments: ${text}`);
}
