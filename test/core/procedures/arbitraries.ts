/** fast-check generators for deadlines in the shapes the catalogue schema allows. */
import fc from 'fast-check';
import type { Anchor, CalendarPoint, Deadline, Unit } from '../../../src/core/catalog/schema';
import { daysInMonth } from '../../../src/core/dates/civil';

/** Date and quarter columns the generated rules name (no digits or brackets in their names). */
export const FIELDS = [
  { id: 'requested-date', th: 'วันขอลาออก', en: null },
  { id: 'graduation', th: 'วันสำเร็จการศึกษา', en: 'graduation date' },
  { id: 'expiry', th: 'วันหมดอายุใบอนุญาต / ใบประกอบ', en: 'licence expiry' },
  { id: 'planned-quarter', th: 'ไตรมาสที่เสนอ', en: 'planned quarter' },
] as const;

const UNITS: Unit[] = ['workdays', 'days', 'calendar-days', 'weeks', 'months', 'hours'];
const fieldId = fc.constantFrom(...FIELDS.map((f) => f.id));
const n = fc.integer({ min: 0, max: 9999 });

const anchor: fc.Arbitrary<Anchor> = fc.oneof(
  fc.constant({ type: 'start' as const }),
  fc.constant({ type: 'previous' as const }),
  fc.integer({ min: 1, max: 60 }).map((k) => ({ type: 'step' as const, step: `step-${k}` })),
  fieldId.map((field) => ({ type: 'field' as const, field })),
);

const point: fc.Arbitrary<CalendarPoint> = fc.oneof(
  fc.integer({ min: 1, max: 31 }).map((day) => ({ type: 'day-of-month' as const, day })),
  fc
    .integer({ min: 1, max: 12 })
    .chain((month) =>
      fc
        .integer({ min: 1, max: daysInMonth(2024, month) })
        .map((day) => ({ type: 'annual' as const, month, day })),
    ),
  fc
    .array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 14 })
    .map((months) => ({ type: 'month-end' as const, months })),
  fc.integer({ min: 1, max: 4 }).map((quarter) => ({ type: 'quarter-end' as const, quarter })),
  fieldId.map((field) => ({ type: 'quarter-end' as const, field })),
  fc.constant({ type: 'quarter-end' as const }),
);

export const arbDeadline: fc.Arbitrary<Deadline> = fc.oneof(
  fc
    .record({ n, unit: fc.constantFrom(...UNITS), from: anchor, low: fc.option(n, { nil: undefined }) })
    .map(({ n, unit, from, low }) => ({
      kind: 'after' as const,
      n: low === undefined ? n : Math.max(n, low),
      unit,
      from,
      ...(low === undefined ? {} : { nMin: Math.min(n, low) }),
    })),
  fc
    .record({ n, unit: fc.constantFrom(...UNITS), field: fieldId })
    .map((r) => ({ kind: 'before' as const, ...r })),
  point.map((at) => ({ kind: 'calendar' as const, at })),
  fc.constant({ kind: 'manual' as const }),
  fc.constant({ kind: 'none' as const }),
);

/**
 * The rows of one office procedure with 1–8 steps at increasing numbers (with gaps), each rule a
 * generated deadline written in Thai or English, its references made valid: a step anchor names an
 * earlier step, dates name date columns, a planned quarter the quarter column.
 */
export const arbStepRows = fc
  .array(
    fc.record({
      gap: fc.integer({ min: 1, max: 15 }),
      deadline: arbDeadline,
      th: fc.constantFrom('รับเรื่อง', 'ตรวจสอบเอกสาร', 'เสนอผู้อำนวยการ', 'แจ้งผล', 'Check'),
      en: fc.constantFrom('', 'Receive', 'Notify'),
      role: fc.constantFrom('', 'เจ้าหน้าที่', 'ผู้อำนวยการกลุ่ม / Head of personnel', 'คณะกรรมการ'),
      condition: fc.constantFrom('', 'ไม่บังคับ', 'ทางเลือก: ก', 'optional, alternative: round'),
      standard: fc.constantFrom('', '10 นาที', 'ภายใน 15 วัน'),
      pick: fc.nat(),
      lang: fc.constantFrom('th' as const, 'en' as const),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((steps) => {
    let no = 0;
    const numbers = steps.map((s) => (no += s.gap));
    return steps.map((s, i) => ({
      ...s,
      no: numbers[i]!,
      deadline: validRefs(s.deadline, numbers.slice(0, i), s.pick),
    }));
  });

function validRefs(d: Deadline, earlier: readonly number[], pick: number): Deadline {
  const date = FIELDS[pick % 3]!.id;
  if (d.kind === 'before') return { ...d, field: date };
  if (d.kind === 'after' && d.from.type === 'field') return { ...d, from: { type: 'field', field: date } };
  if (d.kind === 'after' && d.from.type === 'step')
    return earlier.length === 0
      ? { ...d, from: { type: 'start' } }
      : { ...d, from: { type: 'step', step: `step-${earlier[pick % earlier.length]}` } };
  if (d.kind === 'calendar' && d.at.type === 'quarter-end' && d.at.field)
    return { ...d, at: { type: 'quarter-end', field: 'planned-quarter' } };
  return d;
}
