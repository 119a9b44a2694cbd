/**
 * What each sidebar server function accepts: its arguments, named, each with a zod/mini schema. This
 * table is the one list of public functions: SIDEBAR_API, the page's typed `call` and the build's
 * check all derive from it, and every call is checked against it before its handler runs, so a
 * missing, null or malformed payload is refused in Thai and English instead of failing half-way.
 */
import * as z from 'zod/mini';
import { SettingsSchema } from '../../core/settings';
import { ReportAskSchema } from '../report/report';

type Schema = z.ZodMiniType;
/** One argument: its name (used in messages) and its schema. */
type Arg = readonly [string, Schema];

interface Entry {
  readonly args: readonly Arg[];
  /** The message for invalid input, given the bad fields; the default names the function. */
  readonly refuse?: (fields: string) => string;
}

const fn = <const A extends readonly Arg[]>(
  args: A,
  refuse?: (fields: string) => string,
): { readonly args: A; readonly refuse?: (fields: string) => string } =>
  refuse ? { args, refuse } : { args };

const text = (max = 1000) => z.string().check(z.maxLength(max));
const id = text(200);
const int = z.number().check(z.int());
const gid = z.number().check(z.int(), z.minimum(0));
const row = z.number().check(z.int(), z.minimum(1), z.maximum(10_000_000));
const letter = z.string().check(z.regex(/^[A-Za-z]{1,3}$/));

const Person = z.object({
  row: z.nullable(z.number().check(z.int(), z.minimum(2))),
  expectEmail: text(320),
  name: text(),
  email: text(320),
  role: text(),
  supervisor: text(320),
  active: z.boolean(),
  lang: z.enum(['th', 'en', '']),
});

const step = text(5000);
const Draft = z.object({
  id: step,
  original: z.nullable(step),
  basis: step,
  th: step,
  en: step,
  steps: z
    .array(
      z.object({
        no: z.number().check(z.int(), z.minimum(1), z.maximum(9999)),
        th: step,
        en: step,
        role: step,
        rule: step,
        condition: z._default(step, ''),
        standard: step,
        notes: step,
      }),
    )
    .check(z.maxLength(300)),
});
const DRAFT_REFUSED = () =>
  'ข้อมูลกระบวนงานจากแถบข้างไม่ครบหรือผิดรูปแบบ: เปิดใหม่แล้วลองอีกครั้ง / the sidebar sent an incomplete procedure: reopen it and try again';

const Mapping = z.record(text(200), z.nullable(letter));
const AdoptOptions = z.object({
  at: z.optional(z.nullable(letter)),
  addInputs: z.optional(z.array(text(200)).check(z.maxLength(100))),
  headers: z.optional(z.record(letter, text())),
});

const ReportAsk = z._default(ReportAskSchema, {});

const SetupChoices = z.object({
  name: text(200),
  role: text(200),
  hour: z.number().check(z.int(), z.minimum(0), z.maximum(23)),
  calendar: z.enum(['TH', 'TH-SCHOOL']),
});

export const SIDEBAR_INPUTS = {
  getHome: fn([]),
  listCatalogue: fn([]),
  createRegister: fn([['procedureId', id]]),
  getSettings: fn([]),
  saveSettings: fn(
    [['values', SettingsSchema]],
    (fields) => `ค่าตั้งไม่ถูกต้อง: ${fields} / invalid settings: ${fields}`,
  ),
  previewDigest: fn([['email', text(320)]]),
  installTrigger: fn([]),
  takeOverTrigger: fn([]),
  showRows: fn([
    ['gid', gid],
    ['rows', z.array(int).check(z.maxLength(10_000))],
  ]),
  getMyCases: fn([['email', text(320)]]),
  getPeople: fn([]),
  savePerson: fn([['person', Person]]),
  getHolidays: fn([]),
  addHoliday: fn([
    ['date', text(10)],
    ['name', text(200)],
  ]),
  removeHoliday: fn([
    ['row', row],
    ['date', text(10)],
  ]),
  // A pasted list or iCalendar text: the core refuses over 200 000 characters with its own message.
  previewPastedHolidays: fn([['text', text(1_000_000)]]),
  addPastedHolidays: fn([
    ['text', text(1_000_000)],
    ['dates', z.array(text(10)).check(z.maxLength(5000))],
  ]),
  listBindableTabs: fn([]),
  bindTab: fn([
    ['gid', gid],
    ['procedureId', id],
  ]),
  proposeAdoption: fn([
    ['gid', z.nullable(gid)],
    ['procedureId', z.nullable(id)],
  ]),
  adoptTab: fn([
    ['gid', gid],
    ['procedureId', id],
    ['mapping', Mapping],
    ['options', AdoptOptions],
  ]),
  stopTracking: fn([
    ['gid', gid],
    ['confirm', z.boolean()],
  ]),
  listProcedures: fn([]),
  getProcedureDraft: fn([['id', id]]),
  previewProcedure: fn(
    [
      ['draft', Draft],
      ['start', text(100)],
    ],
    DRAFT_REFUSED,
  ),
  saveProcedure: fn([['draft', Draft]], DRAFT_REFUSED),
  exportProcedure: fn([['id', id]]),
  openProcedureFile: fn([
    ['text', text(2_000_000)],
    ['choice', z.enum(['check', 'add', 'new-id', 'replace'])],
  ]),
  planCaseMove: fn([
    ['gid', gid],
    ['row', row],
  ]),
  moveCase: fn([
    ['gid', gid],
    ['row', row],
    ['version', z.number().check(z.int(), z.minimum(1))],
  ]),
  getReportOptions: fn([]),
  buildReport: fn([['ask', ReportAsk]]),
  showReportPrint: fn([['ask', ReportAsk]]),
  getSelfTest: fn([]),
  runSelfTest: fn([]),
  sendTestDigest: fn([]),
  runSetup: fn(
    [['choices', SetupChoices]],
    (fields) => `ตั้งค่าเริ่มต้นไม่ได้: ${fields} / the set-up was given invalid choices: ${fields}`,
  ),
} as const satisfies Record<string, Entry>;

export type SidebarFunction = keyof typeof SIDEBAR_INPUTS;

/** Each argument's parsed type, as a tuple (a homomorphic mapped type keeps the tuple). */
type Outputs<A extends readonly Arg[]> = {
  -readonly [K in keyof A]: A[K] extends readonly [string, infer S extends Schema] ? z.output<S> : never;
};

/** The arguments of `N` as its handler receives them, once checked. */
export type SidebarArgs<N extends SidebarFunction> = Outputs<(typeof SIDEBAR_INPUTS)[N]['args']>;

type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

type ReadonlyArgs<A extends readonly unknown[]> = { [K in keyof A]: DeepReadonly<A[K]> };

/** What a caller (the page) may pass: the same shapes, readonly arrays and objects accepted. */
export type SidebarPayload<N extends SidebarFunction> = ReadonlyArgs<SidebarArgs<N>>;

/**
 * The arguments checked against the table: trailing `undefined`s dropped (google.script.run passes
 * what the page passed), each argument parsed, and the parsed values returned. Throws a Thai/English
 * message naming the function and the bad fields.
 */
export function checkedArgs<N extends SidebarFunction>(name: N, given: readonly unknown[]): SidebarArgs<N> {
  const entry: Entry = SIDEBAR_INPUTS[name];
  const args = [...given];
  while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
  const bad: string[] = [];
  const out: unknown[] = [];
  if (args.length > entry.args.length) bad.push(`(${args.length} > ${entry.args.length})`);
  entry.args.forEach(([argName, schema], i) => {
    const parsed = schema.safeParse(args[i]);
    if (parsed.success) out.push(parsed.data);
    else {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String).join('.');
        bad.push(
          entry.refuse && entry.args.length === 1 ? path || argName : path ? `${argName}.${path}` : argName,
        );
      }
    }
  });
  if (bad.length > 0) {
    const fields = [...new Set(bad)].join(', ');
    throw new Error(
      entry.refuse
        ? entry.refuse(fields)
        : `ข้อมูลที่แถบข้างส่งมาไม่ถูกต้อง (${name}: ${fields}): รีเฟรชแล้วลองใหม่ / the sidebar sent invalid input (${name}: ${fields}): refresh and try again`,
    );
  }
  return out as SidebarArgs<N>;
}
