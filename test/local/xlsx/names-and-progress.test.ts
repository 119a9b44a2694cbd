// Small parts of the xlsx CLI: tab names Excel accepts, the progress line, the arguments.
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../../src/core/dates/civil';
import { parseArgs } from '../../../src/local/cli/args';
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

  it('prints one plain line per phase into a log', () => {
    const s = stream(false);
    const p = progress(s);
    p.show('reading tab', '1/3');
    p.show('reading tab', '2/3');
    p.show('checking register', '1/1');
    p.done();
    expect(s.written).toEqual(['reading tab 1/3\n', 'checking register 1/1\n']);
  });
});

describe('parseArgs', () => {
  const today = dayFromIso('2026-11-23')!;
  it('reads --today, --workbook and --out', () => {
    expect(parseArgs(['--workbook', 'a.xlsx', '--today', '2026-12-08', '--out', '/tmp/x'], today)).toEqual({
      today: dayFromIso('2026-12-08'),
      workbook: 'a.xlsx',
      out: '/tmp/x',
      report: false,
    });
    expect(parseArgs([], today)).toEqual({ today, workbook: undefined, out: 'out', report: false });
  });

  it('reads --report and --fiscal-year (a BE year)', () => {
    expect(parseArgs(['--workbook', 'a.xlsx', '--report', '--fiscal-year', '2569'], today)).toMatchObject({
      workbook: 'a.xlsx',
      report: true,
      fiscalYear: 2569,
    });
  });

  it.each([
    [['--today', '8/12/2569'], '--today must be YYYY-MM-DD'],
    [['--workbook'], '--workbook needs a value'],
    [['--out', '--today'], '--out needs a value'],
    [['file.xlsx'], 'unknown argument "file.xlsx"'],
    [['--fiscal-year', '2026'], '--fiscal-year must be a BE year, e.g. 2569'],
    [['--fiscal-year'], '--fiscal-year needs a value'],
  ])('%j: %s', (argv, en) => {
    const parsed = parseArgs(argv, today);
    expect('error' in parsed && parsed.error.en).toBe(en);
  });
});
