import { manuals, procedureById } from '../../core/catalog/catalogue';
import type { Procedure } from '../../core/catalog/schema';
import { columnLetters } from '../../core/cells';
import type { Day } from '../../core/dates/civil';
import { registerLayout } from '../../core/register/layout';
import type { LoadOptions, Runtime, SpreadsheetSeed } from '../runtime';
import { loadBundle } from '../runtime';
import { DEMO_PEOPLE, DEV_HEAD, type DemoPerson, peopleRows } from './people';
import { type DemoCase, demoPlan } from './plan';

export type { DemoPerson } from './people';
export { BAD_DATE, DEMO_PEOPLE, peopleRows, UNKNOWN_ASSIGNEE } from './people';
export type { DemoCase } from './plan';
export { demoPlan } from './plan';

export const DEMO_ZONE = 'Asia/Bangkok';

/** A Thai office's workbook: Bangkok time, Thai locale (typed d/m/yyyy is read day first). */
export const DEMO_SPREADSHEET: SpreadsheetSeed = {
  name: 'ทะเบียนงานบุคคลและพัฒนาครู สพป. (ตัวอย่าง Kamnot)',
  timeZone: DEMO_ZONE,
  locale: 'th_TH',
  sheets: [{ name: 'Sheet1' }],
};

export interface DemoRegister {
  readonly procedure: Procedure;
  readonly manual: string;
  /** The tab createRegister made. */
  readonly tab: string;
  readonly cases: readonly DemoCase[];
  /** Column letters of Kamnot's state column and the case id column. */
  readonly columns: { readonly caseId: string; readonly state: string; readonly lastInput: string };
}

export interface DemoWorkbook {
  readonly today: Day;
  readonly people: readonly DemoPerson[];
  readonly registers: readonly DemoRegister[];
}

/** Column letter (1 = A). */
export function letter(column: number): string {
  return columnLetters(column);
}

/**
 * Builds the demo workbook in `runtime` (which should hold `DEMO_SPREADSHEET`): every register tab
 * through the bundle's `createRegister`, then People and the cases typed in (edits, as people make
 * them: no service call is counted).
 */
export function buildDemoWorkbook(runtime: Runtime, today: Day): DemoWorkbook {
  const registers: DemoRegister[] = [];
  for (const plan of demoPlan(today)) {
    const procedure = procedureById(plan.procedureId);
    if (!procedure) throw new Error(`demo: no procedure ${plan.procedureId}`);
    const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', plan.procedureId) as string;
    const layout = registerLayout(procedure);
    const header = runtime.spreadsheet.values(tab, `A1:${letter(layout.inputs.length)}1`)[0] ?? [];
    layout.inputs.forEach((c, i) => {
      if (header[i] !== `${c.header.th} / ${c.header.en}`)
        throw new Error(`demo: ${tab} column ${letter(i + 1)} is "${String(header[i])}", not ${c.key}`);
    });
    const at = new Map(layout.inputs.map((c, i) => [c.key, i]));
    const rows = plan.cases.map((c) => {
      const row: string[] = layout.inputs.map(() => '');
      const put = (key: string, value: string) => {
        const i = at.get(key);
        if (i === undefined) throw new Error(`demo: ${plan.procedureId} has no column ${key}`);
        row[i] = value;
      };
      put('case-id', c.id);
      put('subject', c.subject);
      put('assignee', c.assignee);
      for (const [key, value] of Object.entries(c.cells)) put(key, value);
      return row;
    });
    const lastInput = letter(layout.inputs.length);
    if (rows.length > 0) runtime.spreadsheet.edit(tab, `A2:${lastInput}${rows.length + 1}`, rows);
    // The first register also keeps the letters' numbers from the office's e-Saraban, in a column it
    // added at the right: digests and the report show them.
    if (registers.length === 0 && rows.length > 0) {
      const doc = letter(layout.inputs.length + layout.computed.length + 1);
      const numbers = rows.map((_, i) => [`ศธ 04001/${3101 + i}`]);
      runtime.spreadsheet.edit(tab, `${doc}1:${doc}${rows.length + 1}`, [['เลขที่หนังสือรับ'], ...numbers]);
    }
    registers.push({
      procedure,
      manual: procedure.manual,
      tab,
      cases: plan.cases,
      columns: {
        caseId: 'A',
        state: letter(layout.inputs.length + layout.computed.findIndex((c) => c.key === 'kamnot:state') + 1),
        lastInput,
      },
    });
  }
  const people = peopleRows();
  runtime.spreadsheet.edit('People', `A2:F${people.length + 1}`, people);
  return { today, people: DEMO_PEOPLE, registers };
}

/** The instant of `hour`:`minute` on `day` in Bangkok (UTC+7 all year). */
export function bangkokInstant(day: Day, hour: number, minute = 0): number {
  return Date.UTC(1970, 0, 1 + day, hour - 7, minute);
}

/** A runtime holding the demo spreadsheet, its clock at `hour` on `day` in Bangkok. */
export function demoRuntime(code: string, day: Day, hour: number, options: LoadOptions = {}): Runtime {
  return loadBundle(code, {
    spreadsheet: DEMO_SPREADSHEET,
    start: bangkokInstant(day, hour),
    deployment: 'bound',
    user: DEV_HEAD,
    ...options,
  });
}

/** The manual of each id, for summaries: "000" → its office. */
export function manualOffice(id: string): string {
  return manuals().find((m) => m.id === id)?.office.th ?? id;
}
