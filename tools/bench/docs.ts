// docs/benchmarks.md, written from the figures the bench just printed, with the machine and the
// command that produced them, so the document can be made again on any machine.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, totalmem, type } from 'node:os';
import type { Block, Section } from './report';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memory: string;
  readonly os: string;
  readonly node: string;
  /** 1-minute load average when the bench started: other work on the machine moves the times. */
  readonly load: string;
}

/** The CPU model as /proc/cpuinfo names it (os.cpus() elsewhere), the core count as nproc gives it. */
export function machine(): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown CPU';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {}
  return {
    cpu,
    cores: cpus().length,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GB (${(freemem() / 2 ** 30).toFixed(1)} GB free at the start)`,
    os: `${type()} ${release()}`,
    node: process.version,
    load: (loadavg()[0] ?? 0).toFixed(1),
  };
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** Figures line up on the right; words stay on the left. */
const numeric = (rows: readonly (readonly string[])[], i: number) =>
  i > 0 && rows.every((r) => /^[-−\d—]/.test(r[i] ?? ''));

function block(b: Block): string {
  switch (b.kind) {
    case 'note':
      return b.text;
    case 'table':
      return [
        `| ${b.head.map(cell).join(' | ')} |`,
        `|${b.head.map((_, i) => (numeric(b.rows, i) ? '---:' : '---')).join('|')}|`,
        ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ].join('\n');
    case 'lines': {
      const targets = b.rows.some((r) => r.target !== undefined);
      const head = targets ? '| what | figure | target |\n|---|---:|---|' : '| what | figure |\n|---|---:|';
      const rows = b.rows.map((r) => {
        const target = r.target === undefined ? '' : `${r.target}: ${r.ok ? 'met' : '**missed**'}`;
        return `| ${cell(r.name)} | ${cell(r.value)} |${targets ? ` ${cell(target)} |` : ''}`;
      });
      return [head, ...rows].join('\n');
    }
  }
}

export function renderDocs(
  sections: readonly Section[],
  m: Machine,
  command: string,
  minutes: number,
): string {
  const date = new Date().toISOString().slice(0, 10);
  return [
    '# Benchmarks',
    '',
    `Written by \`${command}\` on ${date}, in ${minutes.toFixed(1)} minutes. Run it again to bring these`,
    'figures up to date on your machine: the bench writes this file only when asked (`--write-docs`).',
    'Figures are wall or CPU times of this machine unless they say "virtual": those are the offline',
    "runtime's Apps Script clock, which moves only on service calls (src/local/runtime/README.md).",
    'No test asserts any of them; other work on the machine moves the times by ±20 %.',
    '',
    '| machine | |',
    '|---|---|',
    `| CPU | ${cell(m.cpu)} × ${m.cores} (\`nproc\`) |`,
    `| memory | ${m.memory} |`,
    `| OS | ${m.os} |`,
    `| Node | ${m.node} |`,
    `| load average at the start | ${m.load} |`,
    '',
    ...sections
      .filter((s) => s.blocks.length > 0)
      .flatMap((s) => [`## ${s.title || 'Kamnot'}`, '', ...s.blocks.flatMap((b) => [block(b), ''])]),
  ].join('\n');
}

export function writeDocs(
  path: string,
  sections: readonly Section[],
  m: Machine,
  command: string,
  minutes: number,
): void {
  writeFileSync(path, renderDocs(sections, m, command, minutes));
}
