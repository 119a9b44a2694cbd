// Small parts of the xlsx CLI: tab names Excel accepts, the progress line, the arguments.
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../../src/core/dates/civil';
import { helpText, parseArgs } from '../../../src/local/cli/args';
import { progress } from '../../../src/local/cli/progress';
import { cutName, excelSheetNames } from '../../../src/local/xlsx/sheet-names';

describe('excelSheetNames', () => {
  it('cuts long Thai names at 31 characters without leaving a vowel or tone mark behind', () => {
    // Characters 30 and 31 of this name are บ and its vowel ั: a cut at 30 would strand the
    // consonant without its vowel, so the name is cut before the consonant.
    const name = 'การลาศึกษาต่อ ฝึกอบรม หรือปฏิบัติการวิจัยภายในประเทศ';
    expect(cutName(name, 30)).toBe('การลาศึกษาต่อ ฝึกอบรม หรือปฏิ');
    expect(cutName(name, 31)).toBe('การลาศึกษาต่อ ฝึกอบรม หรือปฏิบั');
    expect(cutName('กิ', 1)).toBe('');
  });

  it('keeps names unique (case-insensitively), drops characters Excel forbids, avoids History', () => {
    const long = 'ทะเบียนประวัติใบประกอบวิชาชีพครูและบุคลากร';
    const names = excelSheetNames([
      `${long} ก`,
      `${long} ข`,
      'a/b:c?',
      "'quoted'",
      'History',
      'people',
      'People',
    ]);
    expect(names.every((n) => n.length <= 31)).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names[1]).toMatch(/ \(2\)$/);
    expect(names.slice(2, 5)).toEqual(['a b c', 'quoted', 'History 1']);
    expect(names.slice(5)).toEqual(['people', 'People (2)']);
  });
});

describe('progress', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { isTTY, columns: 40, written, write: (t: string) => written.push(t) };
  };

  it('rewrites one line on a terminal and clears it at the end', () => {
    const s = stream(true);
    const p = progress(s);
    p.show('reading tab', '1/3: People');
    p.show('reading tab', '2/3: Holidays');
    p.done();
    expect(s.written).toEqual([
      '\r\x1b[Kreading tab 1/3: People',
      '\r\x1b[Kreading tab 2/3: Holidays',
      '\r\x1b[K',
    ]);
  });

  it('prints the first and the last line of each phase into a log, never stuck at 1/3', () => {
    const s = stream(false);
    const p = progress(s);
    p.show('reading tab', '1/3');
    p.show('reading tab', '2/3');
    p.show('reading tab', '3/3');
    p.show('checking register', '1/1');
    p.done();
    expect(s.written).toEqual(['reading tab 1/3\n', 'reading tab 3/3\n', 'checking register 1/1\n']);
  });
});

describe('parseArgs', () => {
  const today = dayFromIso('2026-11-23')!;
  it('reads --today, --workbook, --out and --adopt', () => {
    expect(parseArgs(['--workbook', 'a.xlsx', '--today', '2026-12-08', '--out', '/tmp/x'], today)).toEqual({
      today: dayFromIso('2026-12-08'),
      workbook: 'a.xlsx',
      adopt: [],
      out: '/tmp/x',
      report: false,
      help: false,
    });
    expect(parseArgs([], today)).toEqual({
      today,
      workbook: undefined,
      adopt: [],
      out: 'out',
      report: false,
      help: false,
    });
    const adopt = (argv: string[]) => {
      const parsed = parseArgs(['--workbook', 'a.xlsx', ...argv], today);
      return 'error' in parsed ? parsed.error.en : parsed.adopt;
    };
    expect(adopt(['--adopt'])).toBe('all');
    expect(adopt(['--adopt', '--today', '2026-12-08'])).toBe('all');
    expect(adopt(['--adopt', 'ลาออก 2569'])).toEqual(['ลาออก 2569']);
    expect(adopt(['--adopt=ลาออก 2569', '--adopt', 'ย้าย'])).toEqual(['ลาออก 2569', 'ย้าย']);
  });

  it('reads --report and --fiscal-year (a BE year)', () => {
    expect(parseArgs(['--workbook', 'a.xlsx', '--report', '--fiscal-year', '2569'], today)).toMatchObject({
      workbook: 'a.xlsx',
      report: true,
      fiscalYear: 2569,
    });
  });
  it('reads a BE year as BE, and says so', () => {
    const parsed = parseArgs(['--today', '2569-12-08'], today);
    expect('error' in parsed).toBe(false);
    if ('error' in parsed) return;
    expect(parsed.today).toBe(dayFromIso('2026-12-08'));
    expect(parsed.todayNote).toEqual({
      th: '--today 2569-12-08: อ่านปี 2569 เป็น พ.ศ. คือ 8 ธันวาคม 2569',
      en: '--today 2569-12-08: the year 2569 is read as BE, i.e. 8 December 2026',
    });
  });

  it('--help and -h ask for the help, which names every option in both languages', () => {
    for (const flag of ['--help', '-h']) {
      const parsed = parseArgs([flag], today);
      expect('error' in parsed ? parsed.error.en : parsed.help).toBe(true);
    }
    const help = helpText();
    for (const option of ['--today', '--workbook', '--adopt', '--out', '--help'])
      expect(help).toContain(option);
    expect(help).toMatch(/^วิธีใช้: npm start --.*\nusage: npm start --/);
  });

  it.each([
    [['--today', '8/12/2569'], '--today must be YYYY-MM-DD (e.g. 2026-12-08): "8/12/2569"'],
    [['--today', '2026-02-29'], '--today: there is no such date: 2026-02-29 (2026 is not a leap year)'],
    [['--today', '2026-13-01'], '--today: there is no such date: 2026-13-01'],
    [['--today', '3112-12-08'], '--today: the year 3112 is out of range'],
    [['--workbook'], '--workbook needs a value'],
    [['--out', '--today'], '--out needs a value'],
    [['file.xlsx'], 'unknown argument "file.xlsx"'],
    [['--fiscal-year', '2026'], '--fiscal-year must be a BE year, e.g. 2569'],
    [['--fiscal-year'], '--fiscal-year needs a value'],
    [['--workbok', 'x'], 'unknown argument "--workbok"'],
    [['--adopt'], '--adopt needs --workbook'],
  ])('%j: %s', (argv, en) => {
    const parsed = parseArgs(argv, today);
    expect('error' in parsed && parsed.error.en).toBe(en);
  });
});
