// `npm start -- --workbook file.xlsx` as a process: a workbook exported from the demo office before
// its first run (no metadata, as a Sheets export), checked by the CLI into a temporary folder. The
// summary reports what the in-process run of the same office reports; the checked workbook and the
// digests are written; the input's bytes do not change. Bad arguments exit 2 with a message.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATES } from '../../../src/core/engine/types';
import { STATE_LABELS } from '../../../src/core/register/computed';
import { readStates } from '../../../src/local/demo/inspect';
import { openWorkbook } from '../../../src/local/xlsx/open-workbook';
import { DAY_ISO, demo, editXlsx, stripBinding, xlsxOf } from './fixture';

const ROOT = join(__dirname, '../../..');
let dir: string;
let input: string;
let expected: { states: Map<string, number>; digests: number };

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['tools/run.mjs', 'src/local/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 600_000,
  });
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kamnot-cli-'));
  input = join(dir, 'ทะเบียน สพป.xlsx');
  const typed = demo(false);
  writeFileSync(input, await editXlsx(await xlsxOf(typed.runtime), stripBinding));
  // The same office run in-process on the same day: what the CLI must report.
  const run = demo(true);
  const states = new Map<string, number>();
  for (const r of readStates(run.runtime, run.workbook))
    states.set(r.state!, (states.get(r.state!) ?? 0) + 1);
  expected = { states, digests: run.runtime.outbox.length };
});

describe('npm start -- --workbook', () => {
  let result: ReturnType<typeof cli>;
  let before: { hash: string; mtime: number };
  const out = () => join(dir, 'out');

  beforeAll(() => {
    before = { hash: sha(input), mtime: statSync(input).mtimeMs };
    result = cli('--workbook', input, '--today', DAY_ISO, '--out', out());
  });

  it('exits 0 with a summary of registers, cases by state, digests and problems', () => {
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect({ status: result.status, stderr: result.status === 0 ? '' : result.stderr }).toEqual({
      status: 0,
      stderr: '',
    });
    const text = result.stdout;
    expect(text).toContain(
      'ทะเบียนที่ตรวจ / registers checked: 10 (รู้จักจากหัวตาราง / by their headers: 10, นำมาใช้ / adopted: 0)',
    );
    for (const s of CASE_STATES) {
      const line = text
        .split('\n')
        .find((l) => l.startsWith(`${STATE_LABELS[s].th} / ${STATE_LABELS[s].en} `));
      expect({ state: s, line: line?.trim().split(/\s+/).at(-1) }).toEqual({
        state: s,
        line: String(expected.states.get(s) ?? 0),
      });
    }
    expect(text).toContain('รวม / total: 35 เรื่องใน 10 ทะเบียน');
    expect(text).toContain(`อีเมลสรุป / digests: ${expected.digests} ฉบับ`);
    expect(text).toMatch(/ปัญหาที่พบ \/ problems found: [1-9]/);
    expect(text).toContain('31 มิ.ย. 2569');
  });

  it("shows progress on stderr, each phase's first and last line when it is not a terminal", () => {
    const lines = result.stderr.split('\n').filter((l) => /^[\u0e00-\u0e7f]/.test(l));
    expect(lines).toEqual([
      `อ่านไฟล์ / reading ${input}`,
      expect.stringMatching(/^อ่านแท็บ \/ reading tab 1\/\d+: Sheet1$/),
      expect.stringMatching(/^อ่านแท็บ \/ reading tab (\d+)\/\1: /),
      'ผูกทะเบียน / binding registers',
      'เสนอการนำแท็บมาใช้ / proposing adoptions',
      'ตรวจทะเบียน / checking register 1/10',
      'ตรวจทะเบียน / checking register 10/10',
      expect.stringMatching(/^เขียนแท็บ \/ writing tab 1\/\d+: Sheet1$/),
      expect.stringMatching(/^เขียนแท็บ \/ writing tab (\d+)\/\1: /),
    ]);
  });

  it('writes the checked workbook and one HTML file per digest', async () => {
    const checked = join(out(), 'ทะเบียน สพป.checked.xlsx');
    const opened = await openWorkbook(readFileSync(checked));
    expect(opened.recognition.registers).toHaveLength(10);
    expect(opened.read.stored?.metadata.filter((m) => m.key === 'kamnot.register')).toHaveLength(10);
    const files = readdirSync(join(out(), 'ทะเบียน สพป.outbox'));
    expect(files).toHaveLength(expected.digests);
    expect(files.every((f) => f.endsWith('.html'))).toBe(true);
  });

  it('never changes the input file', () => {
    expect({ hash: sha(input), mtime: statSync(input).mtimeMs }).toEqual(before);
  });
});

describe('npm start with bad arguments', () => {
  it('a missing workbook: exit 2, the message in Thai then English, nothing written', () => {
    const out = join(dir, 'none');
    const result = cli('--workbook', join(dir, 'ไม่มี.xlsx'), '--out', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`ไม่พบไฟล์: ${join(dir, 'ไม่มี.xlsx')} / file not found:`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('an unknown argument: exit 2 with the usage', () => {
    const result = cli('--workbok', 'x.xlsx');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('ไม่รู้จัก "--workbok" / unknown argument "--workbok"');
    expect(result.stderr).toContain(
      'usage: npm start -- [--today YYYY-MM-DD] [--workbook file.xlsx] [--adopt ["tab"]] [--out DIR]',
    );
    expect(result.stderr).toContain('npm start -- --help');
  });
});
