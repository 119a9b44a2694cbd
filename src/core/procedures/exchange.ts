/**
 * Sharing a procedure between offices as a JSON file:
 *   { "kamnot": "procedure", "format": 1, "procedure": {…}, "version": 3, "exported": "YYYY-MM-DD", "source": "…" }
 * Importing validates the file (zod at the trust boundary, then the tab's own rules, so an imported
 * procedure is exactly one the tab can hold) and never overwrites silently: a procedure with the same
 * id and different content is a conflict the officer settles, as a new id or as a new version.
 */
import * as z from 'zod/mini';
import { type Procedure, ProcedureSchema } from '../catalog/schema';
import { type Msg, msg } from '../i18n/msg';
import { canonical, type DiffOp, describeDiff, diffProcedures } from './diff';
import { OFFICE_PREFIX, slug } from './ids';
import { parseProceduresTab, type TabOptions } from './parse-tab';
import { TAB_COLUMNS, tabHeaderRow } from './tab-layout';
import { officeIdFor, procedureToRows, type TabRow } from './to-rows';
import { fingerprint } from './versions';

const EXCHANGE_FORMAT = 1;

const STEP_COLUMN = TAB_COLUMNS.findIndex((c) => c.key === 'step');

const ExchangeFileSchema = z.object({
  kamnot: z.literal('procedure'),
  format: z.literal(EXCHANGE_FORMAT),
  procedure: ProcedureSchema,
  version: z.optional(z.number().check(z.int(), z.minimum(1))),
  exported: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  source: z.optional(z.string()),
});
type ExchangeFile = z.infer<typeof ExchangeFileSchema>;

/** The file's text. `exported` is the civil date (YYYY-MM-DD) the caller's clock gives. */
export function exportProcedure(
  procedure: Procedure,
  meta: { readonly exported: string; readonly source: string; readonly version?: number },
): string {
  const file: ExchangeFile = {
    kamnot: 'procedure',
    format: EXCHANGE_FORMAT,
    procedure,
    ...(meta.version === undefined ? {} : { version: meta.version }),
    exported: meta.exported,
    source: meta.source,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type FileResult =
  | { readonly ok: true; readonly file: ExchangeFile }
  | { readonly ok: false; readonly problems: Msg[] };

const MAX_CHARS = 1_000_000;

export function readProcedureFile(text: string): FileResult {
  const bad = (th: string, en: string): FileResult => ({ ok: false, problems: [msg(th, en)] });
  if (text.length > MAX_CHARS)
    return bad('ไฟล์ใหญ่เกินไปสำหรับกระบวนงานเดียว', 'the file is too large for one procedure');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return bad('ไฟล์นี้ไม่ใช่ JSON', 'the file is not JSON');
  }
  const head = data as { kamnot?: unknown; format?: unknown } | null;
  if (typeof head !== 'object' || head === null || Array.isArray(head) || head.kamnot !== 'procedure')
    return bad('ไฟล์นี้ไม่ใช่ไฟล์กระบวนงานของ Kamnot', 'this is not a Kamnot procedure file');
  if (typeof head.format === 'number' && head.format > EXCHANGE_FORMAT)
    return bad(
      `ไฟล์นี้สร้างจาก Kamnot รุ่นใหม่กว่า (รูปแบบ ${head.format}): อัปเดต Kamnot ก่อนนำเข้า`,
      `this file comes from a newer Kamnot (format ${head.format}): update Kamnot to import it`,
    );
  const parsed = ExchangeFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, file: parsed.data };
  return { ok: false, problems: parsed.error.issues.slice(0, 5).map(describeIssue) };
}

function describeIssue(issue: { code: string; path: PropertyKey[]; expected?: unknown }): Msg {
  const path = issue.path.map((p) => String(p)).join('.') || '(file)';
  if (issue.code === 'invalid_type' && issue.expected !== undefined)
    return msg(
      `ค่าที่ ${path} ผิดชนิด (ต้องเป็น ${String(issue.expected)})`,
      `${path}: expected ${String(issue.expected)}`,
    );
  if (issue.code === 'too_small') return msg(`ค่าที่ ${path} ว่างหรือน้อยเกินไป`, `${path}: empty or too small`);
  return msg(`ค่าที่ ${path} ไม่ถูกต้อง`, `${path}: invalid value`);
}

export type ImportPlan =
  | { readonly kind: 'invalid'; readonly problems: readonly Msg[] }
  /** No procedure has this id: add it. */
  | { readonly kind: 'new'; readonly procedure: Procedure; readonly file: ExchangeFile }
  /** The office already holds exactly this: nothing to do. */
  | { readonly kind: 'identical'; readonly existing: Procedure; readonly file: ExchangeFile }
  /** Same id, different content: the officer chooses `resolveImport(plan, 'new-id' | 'replace')`. */
  | {
      readonly kind: 'conflict';
      readonly existing: Procedure;
      readonly incoming: Procedure;
      readonly changes: readonly DiffOp[];
      readonly text: readonly Msg[];
      /** Only wording differs: replacing keeps the version number. */
      readonly sameRules: boolean;
      readonly suggestedId: string;
      readonly file: ExchangeFile;
    };

/** What importing this file into an office that holds `existing` would do. Changes nothing itself. */
export function planImport(
  text: string,
  existing: readonly Procedure[],
  options: TabOptions = {},
): ImportPlan {
  const read = readProcedureFile(text);
  if (!read.ok) return { kind: 'invalid', problems: read.problems };
  const file = read.file;
  const typed = slug(file.procedure.id);
  const id = typed.startsWith(OFFICE_PREFIX) ? typed : officeIdFor(file.procedure.id, []);
  const rows = procedureToRows({ ...file.procedure, id, manual: 'office' }, null);
  const parsed = parseProceduresTab([tabHeaderRow(), ...rows], options);
  const incoming = parsed.procedures[0]?.procedure;
  const problems = parsed.problems.filter((p) => p.code !== 'not-used');
  if (!incoming || problems.length > 0) {
    // The rows are the file's steps in order, after the header: row r is step r - 1.
    return {
      kind: 'invalid',
      problems: problems.map((p) => {
        const no = rows[p.row - 2]?.[STEP_COLUMN] ?? p.row - 1;
        return msg(`ขั้นที่ ${no}: ${p.message.th}`, `step ${no}: ${p.message.en}`);
      }),
    };
  }
  const same = existing.find((p) => p.id === incoming.id);
  if (!same) return { kind: 'new', procedure: incoming, file };
  if (canonical(same) === canonical(incoming)) return { kind: 'identical', existing: same, file };
  const changes = diffProcedures(same, incoming);
  return {
    kind: 'conflict',
    existing: same,
    incoming,
    changes,
    text: describeDiff(same, incoming, changes),
    sameRules: fingerprint(same) === fingerprint(incoming),
    suggestedId: officeIdFor(
      incoming.id,
      existing.map((p) => p.id),
    ),
    file,
  };
}

export interface Resolved {
  readonly procedure: Procedure;
  /** The rows to write into the tab: appended for a new id, in place of the old rows for a replacement. */
  readonly rows: TabRow[];
  /** The id whose rows these replace; null when they are added. */
  readonly replaces: string | null;
}

/** The officer's explicit choice for a conflict: keep both (new id), or replace as a new version. */
export function resolveImport(
  plan: Extract<ImportPlan, { kind: 'conflict' }>,
  choice: 'new-id' | 'replace',
): Resolved {
  if (choice === 'replace')
    return {
      procedure: plan.incoming,
      rows: procedureToRows(plan.incoming, null),
      replaces: plan.existing.id,
    };
  const id = plan.suggestedId;
  const procedure: Procedure = { ...plan.incoming, id, source: { ...plan.incoming.source, section: id } };
  return { procedure, rows: procedureToRows(procedure, null), replaces: null };
}
