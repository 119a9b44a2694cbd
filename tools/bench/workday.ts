// Kamnot's DUEDATE(start, days, "workdays", , "NONE") against the spreadsheet engine's own WORKDAY, in
// LibreOffice Calc run headless: the same seeded (start, days) pairs, time per 1,000 cells and how many
// results agree. Skipped with a message when soffice is not installed (CI does not run the bench).
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { note, section, table } from './report';
import { line } from './timing';

export interface Pairs {
  /** Spreadsheet serials (0 = 1899-12-30), any day of the week. */
  readonly starts: readonly number[];
  readonly days: readonly number[];
}

/** `n` pairs from a fixed seed: starts 2020-01-01 … 2030-12-31, days −120 … +120 (0 included). */
export function seededPairs(n: number, seed = 20_261_124): Pairs {
  let s = seed;
  const next = () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
  const starts: number[] = [];
  const days: number[] = [];
  for (let i = 0; i < n; i++) {
    starts.push(43_831 + Math.floor(next() * 4_018));
    days.push(Math.floor(next() * 241) - 120);
  }
  return { starts, days };
}

/** A flat ODF spreadsheet: A = start, B = days, C = `=WORKDAY(A;B)` or, for the baseline, the number 0. */
export function fods(pairs: Pairs, formulas: boolean): string {
  const rows = pairs.starts.map((start, i) => {
    const r = i + 1;
    const c = formulas
      ? `<table:table-cell table:formula="of:=WORKDAY([.A${r}];[.B${r}])"/>`
      : '<table:table-cell office:value-type="float" office:value="0"/>';
    return (
      `<table:table-row><table:table-cell office:value-type="float" office:value="${start}"/>` +
      `<table:table-cell office:value-type="float" office:value="${pairs.days[i]}"/>${c}</table:table-row>`
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
    ' xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2"',
    ' office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
    '<office:body><office:spreadsheet><table:table table:name="Pairs">',
    ...rows,
    '</table:table></office:spreadsheet></office:body></office:document>',
  ].join('\n');
}

/** soffice or libreoffice on the PATH, or null. */
export function findSoffice(path = process.env.PATH ?? ''): string | null {
  for (const name of ['soffice', 'libreoffice'])
    for (const dir of path.split(delimiter).filter(Boolean)) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {}
    }
  return null;
}

/** Serial or error text of each row's third CSV column. */
export function thirdColumn(csv: string): string[] {
  return csv
    .split(/\r?\n/)
    .filter((l) => l.length > 0)
    .map((l) => l.split(',')[2] ?? '');
}

const iso = (serial: number) => new Date(Date.UTC(1899, 11, 30 + serial)).toISOString().slice(0, 10);
const weekday = (serial: number) => ['Sat', 'Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri'][serial % 7];

/**
 * CPU time (user + system, ms) of this process's finished children, from /proc/self/stat (cutime and
 * cstime, in clock ticks of 10 ms); null off Linux. A loaded machine stretches wall time far more.
 */
function childrenCpuMs(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

interface Timed {
  readonly cpuMs: number | null;
  readonly wallMs: number;
}

/** CPU time when this system reports it, else wall time. */
const cost = (t: Timed) => t.cpuMs ?? t.wallMs;

/** `soffice --convert-to csv` on the two files for `pairs`, the cheaper of 3 runs each, and the results. */
function calc(soffice: string, dir: string, pairs: Pairs) {
  const formulas = join(dir, 'formulas.fods');
  const values = join(dir, 'values.fods');
  writeFileSync(formulas, fods(pairs, true));
  writeFileSync(values, fods(pairs, false));
  // A profile of its own: no clash with a running LibreOffice; its first start is a warm-up, not timed.
  const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
  const convert = (file: string): Timed => {
    const cpu = childrenCpuMs();
    const t0 = performance.now();
    const done = spawnSync(soffice, [profile, '--headless', '--convert-to', 'csv', '--outdir', dir, file], {
      encoding: 'utf8',
    });
    if (done.status !== 0) throw new Error(`soffice failed on ${file}: ${done.stderr}`);
    const after = childrenCpuMs();
    return { wallMs: performance.now() - t0, cpuMs: cpu === null || after === null ? null : after - cpu };
  };
  convert(values);
  const bestOf = (file: string) =>
    [convert(file), convert(file), convert(file)].sort((x, y) => cost(x) - cost(y))[0]!;
  const v = bestOf(values);
  const f = bestOf(formulas);
  const results = thirdColumn(readFileSync(formulas.replace(/\.fods$/, '.csv'), 'utf8'));
  return { values: v, formulas: f, formulaMs: cost(f) - cost(v), results };
}

interface KamnotTimes {
  readonly ms: number;
  readonly cpuMs: number;
  readonly results: (number | string)[];
}

/** Kamnot's DUEDATE over the pairs in a child process (build/Code.js in a V8 global). */
function kamnot(root: string, dir: string, pairs: Pairs): KamnotTimes {
  writeFileSync(join(dir, 'pairs.json'), JSON.stringify(pairs));
  execFileSync(process.execPath, [
    join(root, 'tools/bench/duedate-pairs.mjs'),
    join(root, 'build/Code.js'),
    join(dir, 'pairs.json'),
    join(dir, 'kamnot.json'),
  ]);
  return JSON.parse(readFileSync(join(dir, 'kamnot.json'), 'utf8'));
}

export function benchWorkday(root: string, cells: number): void {
  section(
    `DUEDATE(…, "NONE") against LibreOffice Calc's WORKDAY: ${cells.toLocaleString('en')} seeded pairs`,
  );
  const soffice = findSoffice();
  if (!soffice) {
    note('skipped: no soffice or libreoffice on the PATH (Debian: apt-get install libreoffice-calc)');
    return;
  }
  const version = execFileSync(soffice, ['--version'], { encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'kamnot-workday-'));
  try {
    const pairs = seededPairs(cells);
    const office = calc(soffice, dir, pairs);
    const k = kamnot(root, dir, pairs);
    const differ: number[] = [];
    for (let i = 0; i < cells; i++) if (String(k.results[i]) !== office.results[i]) differ.push(i);
    const unit = office.values.cpuMs === null ? 'wall' : 'CPU';
    const kamnotMs = unit === 'CPU' ? k.cpuMs : k.ms;
    const per1000 = (ms: number) => `${(ms / (cells / 1000)).toFixed(2)} ms`;
    const both = (t: Timed) =>
      t.cpuMs === null
        ? `${(t.wallMs / 1000).toFixed(2)} s`
        : `${(t.cpuMs / 1000).toFixed(2)} s (${(t.wallMs / 1000).toFixed(2)} s wall)`;
    line('LibreOffice', version.replace(/^LibreOffice /, '').split(' ')[0] ?? version);
    line(`Calc: formulas file → CSV, ${unit} (best of 3)`, both(office.formulas));
    line('Calc: …the same file, numbers in place of formulas', both(office.values));
    line(`Calc: WORKDAY = the difference (parse + calculate)`, `${office.formulaMs.toFixed(0)} ms`);
    line('Calc: …per 1,000 cells', per1000(office.formulaMs));
    line(
      `Kamnot: DUEDATE "NONE", one range call, ${unit}, V8 global`,
      `${kamnotMs.toFixed(0)} ms${unit === 'CPU' ? ` (${k.ms.toFixed(0)} ms wall)` : ''}`,
    );
    line('Kamnot: …per 1,000 cells', per1000(kamnotMs));
    line(
      'ratio: Calc WORKDAY / Kamnot DUEDATE, the whole range',
      `${(office.formulaMs / kamnotMs).toFixed(1)}×`,
    );
    line(
      'results that agree',
      `${(cells - differ.length).toLocaleString('en')} / ${cells.toLocaleString('en')}`,
      'all',
      differ.length === 0,
    );
    if (differ.length > 0)
      table(
        ['start', 'days', 'WORKDAY (Calc)', 'DUEDATE (Kamnot)'],
        differ.slice(0, 10).map((i) => {
          const show = (v: number | string | undefined) =>
            typeof v === 'number' || /^\d+$/.test(String(v)) ? iso(Number(v)) : String(v);
          const start = pairs.starts[i]!;
          return [
            `${iso(start)} ${weekday(start)}`,
            String(pairs.days[i]),
            show(office.results[i]),
            show(k.results[i]),
          ];
        }),
      );
    note(
      'Pairs: start dates 2020-01-01 … 2030-12-31 (weekends included), days −120 … +120 (0 included), from a ' +
        'fixed seed. Calc is timed on `soffice --headless --convert-to csv` of a flat ODF file: CPU time of the ' +
        'soffice processes (start-up included, the same for both files), so the difference is the formula work: ' +
        'reading the formula text, compiling and calculating it. Kamnot computes the whole range in one ' +
        'custom-function call, as =DUEDATE(A2:A, B2:B, "workdays", , "NONE") does; its time includes one zone ' +
        'look-up (Utilities.formatDate, here through Intl) per distinct date.',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
