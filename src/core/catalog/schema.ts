/**
 * The procedure catalogue model. Types are derived from the zod/mini schemas so the catalogue data
 * (TypeScript, checked by the compiler) and anything read from a sheet or a file (checked by
 * `ProcedureSchema.safeParse`) obey one definition.
 */
import * as z from 'zod/mini';

const text = z.string().check(z.minLength(1));
const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/**
 * Which unit a limit is counted in: the rule applied to every step of every manual.
 * - workdays: the manual says วันทำการ.
 * - calendar-days: a limit that a law, regulation or rule binding people outside the office sets (the
 *   manual quotes, restates or cites it), or that the manual itself says or implies is counted on the
 *   calendar (a period it glosses in months, "180 วัน (ประมาณ 6 เดือน)"). A period a law sets in days is
 *   counted as the law counts periods: calendar days, the first day not counted, a period that ends on
 *   a non-working day ends on the next working day (Civil and Commercial Code §193/1, §193/3, §193/8).
 *   Such a step names its source in `unitSource`.
 * - days: every other plain "วัน": the office's own time standard (the standards table's เวลาดำเนินงาน
 *   or ระยะเวลาที่ใช้ column), counted as the workbook setting says (default: working days).
 * - weeks, months: calendar weeks and months (months like EDATE).
 * - hours: clock hours, so calendar time: 24 hours are one calendar day, under 24 the same day.
 */
const UnitSchema = z.enum(['workdays', 'days', 'calendar-days', 'weeks', 'months', 'hours']);
export type Unit = z.infer<typeof UnitSchema>;

/** What an `after` period counts from. */
const AnchorSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start') }), // the case's start (receipt of the letter / request)
  z.object({ type: z.literal('previous') }), // completion of the previous step in order
  z.object({ type: z.literal('step'), step: id }), // completion of a named earlier step
  z.object({ type: z.literal('field'), field: id }), // a date field of the case
]);
export type Anchor = z.infer<typeof AnchorSchema>;

const count = z.number().check(z.minimum(0));
const month = z.number().check(z.int(), z.minimum(1), z.maximum(12));
const dayOfMonth = z.number().check(z.int(), z.minimum(1), z.maximum(31));

/** A fixed point of the calendar, resolved against the case's start date (or its round). */
const CalendarPointSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('day-of-month'), day: dayOfMonth }), // "by the 5th of every month"
  z.object({ type: z.literal('annual'), month, day: dayOfMonth }), // "1 March", "1 September"
  z.object({ type: z.literal('month-end'), months: z.array(month).check(z.minLength(1)) }), // "in October"
  z.object({
    type: z.literal('quarter-end'),
    quarter: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(4))), // absent: from a field
    field: z.optional(id), // the case's planned-quarter field
  }),
]);
export type CalendarPoint = z.infer<typeof CalendarPointSchema>;

const DeadlineSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('after'),
    n: count,
    unit: UnitSchema,
    from: AnchorSchema,
    /** Lower bound of a range ("ภายใน 3-5 วัน"): the due-soon warning may start from it. */
    nMin: z.optional(count),
  }),
  z.object({ kind: z.literal('before'), n: count, unit: UnitSchema, field: id }),
  z.object({ kind: z.literal('calendar'), at: CalendarPointSchema }),
  z.object({ kind: z.literal('manual') }), // a date someone else sets, typed in by the officer
  z.object({ kind: z.literal('none') }),
]);
export type Deadline = z.infer<typeof DeadlineSchema>;

const RoleSchema = z.object({
  /** Stable role id, e.g. officer, group-director, deputy-director, director, school, applicant, committee. */
  id,
  th: text,
  en: text,
});
export type Role = z.infer<typeof RoleSchema>;

const StepSchema = z.object({
  id,
  th: text,
  en: text,
  role: RoleSchema,
  deadline: DeadlineSchema,
  /** The manual's own Thai words for the time standard (absent when the manual gives none). */
  words: z.optional(text),
  /**
   * Why the limit is counted in calendar days (required for `calendar-days`, see UnitSchema): the law
   * or clause that sets it, or the manual's words that imply calendar counting, with the manual's line.
   */
  unitSource: z.optional(text),
  /** Touch-time the manual gives in minutes: effort, never a deadline. */
  effortMinutes: z.optional(count),
  optional: z.optional(z.boolean()),
  /**
   * Steps sharing a branch name are the alternatives of one choice (the manual's กรณี): a case follows
   * one of them. Which one a case follows is typed in the register's column for that branch (see
   * `branches`) or, when that cell is blank, is the alternative of the first of its steps done.
   */
  branch: z.optional(text),
  /**
   * The alternative of its branch this step belongs to; steps sharing it are done together (a case
   * of several steps). Absent: the step is an alternative of its own, named by its id.
   */
  option: z.optional(text),
  /** The catalogue update that added this step: see `added` on FieldSchema. */
  added: z.optional(text),
  note: z.optional(text),
});
export type Step = z.infer<typeof StepSchema>;

const FieldSchema = z.object({
  id,
  th: text,
  en: text,
  type: z.enum(['date', 'text', 'number', 'quarter', 'person']),
  /**
   * The catalogue update that added this field (step, branch) to a procedure offices may already
   * have registers of: those registers lack its column, and the run adds it instead of stopping on
   * it. A column without this mark that a register lacks was deleted there, and is reported.
   */
  added: z.optional(text),
});
export type Field = z.infer<typeof FieldSchema>;

/**
 * The names of a branch (its register column) and of its alternatives (what the officer picks). A
 * branch of a procedure without one is named by its steps (see catalog/branches.ts).
 */
const BranchSchema = z.object({
  /** The `branch` its steps carry. */
  id: text,
  th: text,
  en: text,
  /** Each alternative: `id` is a step's `option`, or the step's id when it has none. */
  options: z.array(z.object({ id: text, th: text, en: text })).check(z.minLength(2)),
  /** The catalogue update that declared this branch: see `added` on FieldSchema. */
  added: z.optional(text),
});

/** Recurring work: one case per round. */
const RecurrenceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('monthly'), day: dayOfMonth }),
  z.object({ type: z.literal('quarterly') }),
  z.object({
    type: z.literal('annual'),
    dates: z.array(z.object({ month, day: dayOfMonth })).check(z.minLength(1)),
  }),
  z.object({ type: z.literal('fiscal-year') }),
]);

const ManualIdSchema = z.enum(['000', '001', '002', '003', '004']);

export const ProcedureSchema = z.object({
  id,
  th: text,
  en: text,
  manual: z.union([ManualIdSchema, z.literal('office')]),
  unit: z.object({ th: text, en: text }),
  source: z.object({
    file: text,
    /** Section, table or heading of the manual the procedure comes from. */
    section: text,
    /** Line numbers in the manual's text file (seeds/NNN_*.txt), first..last. */
    lines: z.optional(z.tuple([z.number(), z.number()])),
  }),
  caseIs: z.object({ th: text, en: text }),
  fields: z.array(FieldSchema),
  legal: z.array(text),
  forms: z.array(text),
  recurrence: z.optional(RecurrenceSchema),
  /** True for policy items with no steps of their own: tracked as a checklist, no deadlines. */
  checklist: z.optional(z.boolean()),
  /** The names of the procedure's branches and alternatives (steps carry `branch` and `option`). */
  branches: z.optional(z.array(BranchSchema)),
  steps: z.array(StepSchema),
  notes: z.array(text),
});
export type Procedure = z.infer<typeof ProcedureSchema>;

export const ManualSchema = z.object({
  id: ManualIdSchema,
  file: text,
  office: z.object({ th: text, en: text }),
  unit: z.object({ th: text, en: text }),
  yearBe: z.optional(z.number()),
  procedures: z.array(ProcedureSchema),
});
export type Manual = z.infer<typeof ManualSchema>;
