// The benchmark workbook and one measured run in it. Registers are made by the bundle's
// createRegister; their rows are typed in one block per register: years of closed cases, and every
// 250th row an open one (the demo workbook's cases, repeated with fresh ids).
import { Session } from 'node:inspector';
import { performance } from 'node:perf_hooks';
import { procedureById } from '../../src/core/catalog/catalogue';
import type { Day } from '../../src/core/dates/civil';
import { registerLayout } from '../../src/core/register/layout';
import {
  BAD_DATE,
  bangkokInstant,
  demoPlan,
  demoRuntime,
  letter,
  peopleRows,
} from '../../src/local/demo/workbook';
import type { LoadOptions, Runtime } from '../../src/local/runtime';

export const OPEN_EVERY = 250;
/** The office's reminder hour: runs are measured at it, so the digests go out. */
export const HOUR = 8;

/** A workbook of `registers` × `cases` as of `today`; `room` adds rows to the hidden _sent and _log tabs. */
export function benchWorkbook(
  code: string,
  today: Day,
  registers: number,
  cases: number,
  room = false,
  options: LoadOptions = {},
): Runtime {
  const runtime = demoRuntime(code, today, HOUR - 2, { realTimeoutMs: 600_000, ...options });
  const plans = demoPlan(today);
  for (let r = 0; r < registers; r++) {
    const plan = plans[r % plans.length]!;
    const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', plan.procedureId) as string;
    const layout = registerLayout(procedureById(plan.procedureId)!);
    const at = new Map(layout.inputs.map((c, i) => [c.key, i]));
    // Closed history: the plan's cases that read cleanly, marked closed (unless cancelled).
    const history = plan.cases.filter((c) => c.cells.start !== BAD_DATE && !c.cells['hold-from']);
    const rows = Array.from({ length: cases }, (_, i) => {
      const open = i % OPEN_EVERY === 0;
      const template = open
        ? plan.cases[(i / OPEN_EVERY) % plan.cases.length]!
        : history[i % history.length]!;
      const row: string[] = layout.inputs.map(() => '');
      row[at.get('case-id')!] = `R${r + 1}-${i + 1}`;
      row[at.get('subject')!] = `${template.subject} #${i + 1}`;
      row[at.get('assignee')!] = template.assignee;
      for (const [key, value] of Object.entries(template.cells)) row[at.get(key)!] = value;
      if (!open && template.cells.status !== 'ยกเลิก') row[at.get('status')!] = 'ปิดเรื่อง';
      return row;
    });
    runtime.run({ kind: 'menu' }, () => {
      const sheet = runtime.gas.SpreadsheetApp.getActive()!.getSheetByName(tab)!;
      if (sheet.getMaxRows() < cases + 1)
        sheet.insertRowsAfter(sheet.getMaxRows(), cases + 1 - sheet.getMaxRows());
    });
    if (cases > 0) runtime.spreadsheet.edit(tab, `A2:${letter(layout.inputs.length)}${cases + 1}`, rows);
  }
  // The system tabs (People, Settings…) exist in every workbook, with or without registers.
  runtime.callIn({ kind: 'menu' }, 'installHourly');
  const people = peopleRows();
  runtime.spreadsheet.edit('People', `A2:F${people.length + 1}`, people);
  if (room) {
    runtime.run({ kind: 'menu' }, () => {
      for (const name of ['_sent', '_log']) {
        const sheet = runtime.gas.SpreadsheetApp.getActive()!.getSheetByName(name)!;
        for (let k = 0; k < 10; k++) sheet.insertRowsAfter(sheet.getMaxRows(), 5_000);
      }
    });
  }
  return runtime;
}

export interface Measured {
  readonly ok: boolean;
  readonly error?: string;
  readonly calls: number;
  readonly byName: Readonly<Record<string, number>>;
  readonly sequence: readonly string[];
  readonly virtualMs: number;
  readonly cpuMs: number;
  /** CPU samples in build/Code.js (the add-on itself), when profiled. */
  readonly bundleMs: number | null;
  readonly wallMs: number;
}

type Profile = {
  nodes: { id: number; callFrame: { url: string } }[];
  samples: number[];
  timeDeltas: number[];
};

/**
 * The share of the profile's sample time whose script is Code.js. Sample intervals are wall time, which
 * a loaded machine stretches past CPU time, so the share is applied to the CPU time measured.
 */
function bundleShare(profile: Profile): number {
  const inBundle = new Set(profile.nodes.filter((n) => n.callFrame.url.endsWith('Code.js')).map((n) => n.id));
  let bundle = 0;
  let all = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    all += us;
    if (inBundle.has(id)) bundle += us;
  });
  return all === 0 ? 0 : bundle / all;
}

/** One time-driven run of `handler` (Kamnot's runHourly by default) at the office's hour on `day`, measured. */
export function runAt(runtime: Runtime, day: Day, profile: boolean, handler = 'runHourly'): Measured {
  runtime.clock.advanceTo(bangkokInstant(day, HOUR));
  runtime.calls.reset();
  const started = runtime.clock.now();
  const session = profile ? new Session() : null;
  let cpuProfile: Profile | null = null;
  if (session) {
    session.connect();
    session.post('Profiler.enable');
    session.post('Profiler.start');
  }
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  let error: string | undefined;
  try {
    runtime.callIn({ kind: 'time-driven' }, handler);
  } catch (e) {
    error = (e as Error).message;
  }
  const wallMs = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  if (session) {
    session.post('Profiler.stop', (err, result) => {
      if (!err) cpuProfile = result.profile as unknown as Profile;
    });
    session.disconnect();
  }
  return {
    ok: error === undefined,
    ...(error === undefined ? {} : { error }),
    calls: runtime.calls.total(),
    byName: runtime.calls.snapshot(),
    sequence: runtime.calls.sequence(),
    virtualMs: runtime.clock.now() - started,
    cpuMs,
    bundleMs: cpuProfile ? bundleShare(cpuProfile) * cpuMs : null,
    wallMs,
  };
}

export function clip(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}
