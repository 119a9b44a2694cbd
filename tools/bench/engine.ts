// The case engine over 100,000 cases of mixed procedures, and the row parser over 100,000 raw rows.

import { calendarNamed } from '../../src/core/calendar/calendars';
import { allProcedures } from '../../src/core/catalog/catalogue';
import type { Procedure } from '../../src/core/catalog/schema';
import { dayFromIso } from '../../src/core/dates/civil';
import { formatDate } from '../../src/core/dates/format';
import { fixedOffset } from '../../src/core/dates/zone';
import { evaluateCase } from '../../src/core/engine/evaluate';
import type { CaseInput, EngineSettings } from '../../src/core/engine/types';
import { registerLayout } from '../../src/core/register/layout';
import { parseRow } from '../../src/core/register/row';
import { section } from './report';
import { best, line } from './timing';

const N = 100_000;
const settings: EngineSettings = {
  calendar: calendarNamed('TH'),
  plainDays: 'workdays',
  dueSoonWorkdays: 2,
  dueSoonFraction: 0.75,
};
const today = dayFromIso('2026-11-22')!;
const first = dayFromIso('2025-06-01')!;

function lcg(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

function sampleCase(p: Procedure, rand: () => number): CaseInput {
  const start = first + Math.floor(rand() * 500);
  const done: Record<string, number> = {};
  let at = start;
  const finished = Math.floor(rand() * (p.steps.length + 1));
  for (const step of p.steps.slice(0, finished)) {
    at += Math.floor(rand() * 6);
    if (at <= today) done[step.id] = at;
  }
  const fields: Record<string, number | string> = {};
  for (const f of p.fields)
    fields[f.id] = f.type === 'quarter' ? 1 + Math.floor(rand() * 4) : start + Math.floor(rand() * 200);
  return {
    start,
    done,
    due: {},
    fields,
    holds: rand() < 0.1 ? [{ from: start + 3, to: start + 8 }] : [],
    status: 'active',
  };
}

export function benchEngine(): void {
  section('engine: the case engine and the row parser, in Node (src/core, no Apps Script)');
  const procedures = allProcedures();
  const rand = lcg(7);
  const cases = Array.from({ length: N }, (_, i) => {
    const p = procedures[i % procedures.length]!;
    return { p, c: sampleCase(p, rand) };
  });
  const ms = best(3, () => {
    for (const { p, c } of cases) evaluateCase(p, c, settings, today);
  });
  line('engine: 100,000 cases of mixed procedures', `${ms.toFixed(0)} ms`, '< 1000 ms', ms < 1000);
  line('engine: cases per second', `${Math.round((N / ms) * 1000).toLocaleString('en')}`);

  const layouts = new Map(procedures.map((p) => [p.id, registerLayout(p)]));
  const offset = fixedOffset(420);
  const rows = cases.map(({ p, c }) =>
    layouts.get(p.id)!.inputs.map((col) => {
      if (col.key === 'start')
        return rand() < 0.5
          ? formatDate(c.start!, { style: 'numeric' })
          : new Date((c.start! * 86_400 - 25_200) * 1000);
      if (col.key.startsWith('done:')) return c.done[col.key.slice(5)] ?? '';
      return rand() < 0.02 ? '#REF!' : 'x';
    }),
  );
  const parseMs = best(3, () => {
    cases.forEach(({ p }, i) => {
      parseRow(layouts.get(p.id)!, p, rows[i]!, offset);
    });
  });
  line('rows: parse 100,000 raw rows', `${parseMs.toFixed(0)} ms`, '< 1000 ms', parseMs < 1000);
}
