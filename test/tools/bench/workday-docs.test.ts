// The pieces of the WORKDAY comparison and of docs/benchmarks.md that do not need LibreOffice or a clock.
import { describe, expect, it } from 'vitest';
import { renderDocs } from '../../../tools/bench/docs';
import type { Section } from '../../../tools/bench/report';
import { findSoffice, fods, seededPairs, thirdColumn } from '../../../tools/bench/workday';

describe('the WORKDAY comparison', () => {
  it('draws the same pairs from the same seed, in range, weekends and 0 included', () => {
    const a = seededPairs(5_000);
    expect(seededPairs(5_000)).toEqual(a);
    expect(Math.min(...a.starts)).toBeGreaterThanOrEqual(43_831); // 2020-01-01
    expect(Math.max(...a.starts)).toBeLessThanOrEqual(47_848); // 2030-12-31
    expect(Math.min(...a.days)).toBe(-120);
    expect(Math.max(...a.days)).toBe(120);
    expect(a.days).toContain(0);
    expect(new Set(a.starts.map((s) => s % 7)).size).toBe(7);
  });

  it('writes WORKDAY formulas, or numbers of the same shape for the baseline', () => {
    const pairs = { starts: [45_661], days: [-1] };
    expect(fods(pairs, true)).toContain('table:formula="of:=WORKDAY([.A1];[.B1])"');
    expect(fods(pairs, false)).not.toContain('WORKDAY');
    expect(fods(pairs, false)).toContain('office:value="45661"');
  });

  it('reads the third CSV column, and finds no soffice on an empty PATH', () => {
    expect(thirdColumn('45661,-1,45660\r\n45661,0,Err:502\n')).toEqual(['45660', 'Err:502']);
    expect(findSoffice('')).toBeNull();
  });
});

describe('docs/benchmarks.md', () => {
  it('renders the machine, each section as tables and paragraphs, and escapes pipes', () => {
    const sections: Section[] = [
      {
        title: 'naive',
        blocks: [
          { kind: 'lines', rows: [{ name: 'a | b', value: '1 s', target: '< 2 s', ok: true }] },
          { kind: 'table', head: ['size', 'calls'], rows: [['1 × 500', '355']] },
          { kind: 'note', text: 'Why.' },
        ],
      },
      { title: 'empty', blocks: [] },
    ];
    const md = renderDocs(
      sections,
      { cpu: 'AMD EPYC', cores: 2, memory: '8 GB', os: 'Linux', node: 'v20', load: '0.5' },
      'npm run bench -- --write-docs',
      3.2,
    );
    expect(md).toContain('`npm run bench -- --write-docs`');
    expect(md).toContain('| CPU | AMD EPYC × 2 (`nproc`) |');
    expect(md).toContain('| a \\| b | 1 s | < 2 s: met |');
    expect(md).toContain('| size | calls |\n|---|---:|\n| 1 × 500 | 355 |');
    expect(md).toContain('\nWhy.\n');
    expect(md).not.toContain('## empty');
  });
});
