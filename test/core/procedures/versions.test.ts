import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../../src/core/catalog/schema';
import { dayFromIso } from '../../../src/core/dates/civil';
import { changesRules, describeDiff, diffProcedures } from '../../../src/core/procedures/diff';
import { parseProceduresTab } from '../../../src/core/procedures/parse-tab';
import {
  fingerprint,
  HistorySchema,
  planMove,
  settleVersion,
  versionForCase,
} from '../../../src/core/procedures/versions';
import { arbDeadline } from './arbitraries';
import { grid, leave, type RowSpec } from './tab';

const proc = (rows: RowSpec[]): Procedure => {
  const parsed = parseProceduresTab(grid(rows));
  expect(parsed.problems).toEqual([]);
  return parsed.procedures[0]!.procedure;
};

const V1 = proc([
  leave(1, 'รับใบลา', '1 วันทำการ หลังเริ่ม'),
  leave(2, 'ตรวจสอบวันลา', '5 วันทำการ'),
  leave(3, 'เสนอผู้อำนวยการ', '3 วัน หลังขั้นที่ 1'),
]);
const WHO = { at: '2026-11-02T09:00:00+07:00', by: 'somchai@example.go.th' };

describe('the fingerprint follows the rules, not the wording', () => {
  it('wording changes keep it; rule changes move it', () => {
    const reworded = proc([
      leave(1, 'รับใบลาพักผ่อน', '1 working day after start', { 'step-en': 'Receive', standard: 'ภายใน 1 วัน' }),
      leave(2, 'ตรวจสอบวันลา', '5 วันทำการ หลังขั้นก่อนหน้า', { role: 'หัวหน้ากลุ่ม', notes: 'ดูระบบ' }),
      leave(3, 'เสนอผู้อำนวยการ', '3 วัน หลังขั้นที่ 1', { 'name-en': 'Leave request' }),
    ]);
    expect(fingerprint(reworded)).toBe(fingerprint(V1));
    const later = proc([
      leave(1, 'รับใบลา', '1 วันทำการ หลังเริ่ม'),
      leave(2, 'ตรวจสอบวันลา', '7 วันทำการ'),
      leave(3, 'เสนอผู้อำนวยการ', '3 วัน หลังขั้นที่ 1'),
    ]);
    expect(fingerprint(later)).not.toBe(fingerprint(V1));
    const optional = proc([
      leave(1, 'รับใบลา', '1 วันทำการ หลังเริ่ม'),
      leave(2, 'ตรวจสอบวันลา', '5 วันทำการ', { condition: 'ไม่บังคับ' }),
      leave(3, 'เสนอผู้อำนวยการ', '3 วัน หลังขั้นที่ 1'),
    ]);
    expect(fingerprint(optional)).not.toBe(fingerprint(V1));
  });

  it('equal fingerprints exactly when no change touches the rules (property)', () => {
    const edit = fc.record({
      step: fc.integer({ min: 0, max: 2 }),
      deadline: fc.option(
        arbDeadline.filter((d) => d.kind !== 'after' || d.from.type !== 'step'),
        { nil: undefined },
      ),
      th: fc.option(fc.constantFrom('ใหม่', 'รับใบลา'), { nil: undefined }),
      optional: fc.option(fc.boolean(), { nil: undefined }),
      role: fc.option(fc.constantFrom('ผู้อำนวยการ', 'เจ้าหน้าที่'), { nil: undefined }),
    });
    fc.assert(
      fc.property(edit, ({ step, deadline, th, optional, role }) => {
        const steps = V1.steps.map((s, i) =>
          i !== step
            ? s
            : {
                ...s,
                ...(deadline ? { deadline } : {}),
                ...(th ? { th } : {}),
                ...(optional ? { optional } : {}),
                ...(role ? { role: { ...s.role, th: role } } : {}),
              },
        );
        const edited = { ...V1, steps };
        const sameRules = !diffProcedures(V1, edited).some(changesRules);
        expect(fingerprint(edited) === fingerprint(V1)).toBe(sameRules);
      }),
      { numRuns: 300 },
    );
  });
});

describe('versions as the tab changes', () => {
  it('first, unchanged, reworded (same number), then a new version, logged in Thai and English', () => {
    const first = settleVersion([], V1, WHO);
    expect(first).toMatchObject({ version: 1, outcome: 'first' });
    expect(settleVersion(first.history, V1, WHO)).toMatchObject({
      version: 1,
      outcome: 'unchanged',
      log: [],
    });

    const renamed = proc([
      leave(1, 'รับใบลาพักผ่อน', '1 วันทำการ หลังเริ่ม'),
      leave(2, 'ตรวจสอบวันลา', '5 วันทำการ'),
      leave(3, 'เสนอผู้อำนวยการ', '3 วัน หลังขั้นที่ 1'),
    ]);
    const reworded = settleVersion(first.history, renamed, { ...WHO, by: 'suda@example.go.th' });
    expect(reworded).toMatchObject({ version: 1, outcome: 'reworded' });
    expect(reworded.history).toHaveLength(1);
    expect(reworded.history[0]!.procedure.steps[0]!.th).toBe('รับใบลาพักผ่อน');
    expect(reworded.log[0]!.th).toContain('suda@example.go.th');
    expect(reworded.log[1]).toEqual({
      th: 'ขั้นที่ 1: เปลี่ยนชื่อ "รับใบลา" → "รับใบลาพักผ่อน"',
      en: 'step 1: renamed "รับใบลา" → "รับใบลาพักผ่อน"',
    });

    const v2 = proc([
      leave(1, 'รับใบลาพักผ่อน', '1 วันทำการ หลังเริ่ม'),
      leave(2, 'ตรวจสอบวันลา', '7 วันทำการ'),
      leave(3, 'เสนอผู้อำนวยการ', '3 วัน หลังขั้นที่ 1'),
    ]);
    const second = settleVersion(reworded.history, v2, WHO);
    expect(second).toMatchObject({ version: 2, outcome: 'new-version' });
    expect(second.history.map((r) => r.version)).toEqual([1, 2]);
    expect(second.log.slice(1)).toEqual([{ th: 'ขั้นที่ 2: 5 → 7 วันทำการ', en: 'step 2: 5 → 7 workdays' }]);
    // The stored history reads back through its schema (it comes from outside the code).
    expect(HistorySchema.safeParse(JSON.parse(JSON.stringify(second.history))).success).toBe(true);
  });

  it('a lost history starts again at the version the tab shows, so recorded cases still match', () => {
    const seeded = settleVersion([], V1, WHO, 4);
    expect(seeded).toMatchObject({ version: 4, outcome: 'first' });
    expect(versionForCase(seeded.history, 4)).toMatchObject({ record: { version: 4 }, stamp: null });
  });

  it('the diff names steps added, removed, moved, reordered and each kind of change', () => {
    const after = proc([
      leave(1, 'รับใบลา', '1 วันทำการ หลังเริ่ม', { role: 'ผู้อำนวยการกลุ่ม' }),
      leave(3, 'เสนอผู้อำนวยการ', '3 วัน หลังขั้นที่ 1 ', { condition: 'ไม่บังคับ', standard: '3 วัน' }),
      leave(4, 'แจ้งผู้ขอ', 'กรอกเอง'),
      leave(5, 'ตรวจสอบวันลา', '5 วันทำการ'),
    ]);
    const ops = diffProcedures(V1, after).map((o) => o.op);
    expect(ops.sort()).toEqual(['added', 'condition', 'moved', 'role', 'standard'].sort());
    const text = describeDiff(V1, after);
    expect(text).toContainEqual({
      th: 'เพิ่มขั้นที่ 4 "แจ้งผู้ขอ" (กรอกเอง)',
      en: 'added step 4 "แจ้งผู้ขอ" (manual)',
    });
    expect(text).toContainEqual({
      th: 'ย้าย "ตรวจสอบวันลา" จากขั้นที่ 2 เป็นขั้นที่ 5',
      en: 'moved "ตรวจสอบวันลา" from step 2 to step 5',
    });
    expect(text).toContainEqual({
      th: 'ขั้นที่ 3: เงื่อนไข ต้องทำ → ไม่บังคับ',
      en: 'step 3: condition required → optional',
    });
    const removed = describeDiff(V1, proc([leave(1, 'รับใบลา', '1 วันทำการ หลังเริ่ม')]));
    expect(removed).toContainEqual({ th: 'ลบขั้นที่ 3 "เสนอผู้อำนวยการ"', en: 'removed step 3 "เสนอผู้อำนวยการ"' });
    const ruleChanged = describeDiff(V1, {
      ...V1,
      steps: V1.steps.map((s, i) => (i === 2 ? { ...s, deadline: { kind: 'none' as const } } : s)),
    });
    expect(ruleChanged).toEqual([
      { th: 'ขั้นที่ 3: 3 วัน หลังขั้นที่ 1 → ไม่มีกำหนด', en: 'step 3: 3 days after step 1 → none' },
    ]);
    const reordered = diffProcedures(V1, { ...V1, steps: [V1.steps[1]!, V1.steps[0]!, V1.steps[2]!] });
    expect(reordered.map((o) => o.op)).toEqual(['reordered']);
  });
});

describe('the version a case follows', () => {
  const history = settleVersion(
    settleVersion([], V1, WHO).history,
    proc([leave(1, 'รับใบลา', '1 วันทำการ หลังเริ่ม'), leave(3, 'เสนอผู้อำนวยการ', '3 วัน หลังขั้นที่ 1')]),
    WHO,
  ).history;

  it('a new case is stamped with the latest; a case keeps the version it recorded', () => {
    expect(versionForCase(history, '')).toMatchObject({
      record: { version: 2 },
      stamp: 2,
      newer: null,
      problem: null,
    });
    expect(versionForCase(history, 1)).toMatchObject({
      record: { version: 1 },
      stamp: null,
      newer: { version: 2 },
    });
    expect(versionForCase(history, '๑')!.record.version).toBe(1);
    expect(versionForCase(history, 'ฉบับที่ 2')).toMatchObject({ record: { version: 2 }, newer: null });
    expect(versionForCase([], 1)).toBeNull();
  });

  it('an unknown recorded version falls back to the latest, with a bilingual problem', () => {
    const unknown = versionForCase(history, 9)!;
    expect(unknown).toMatchObject({ record: { version: 2 }, stamp: 2 });
    expect(unknown.problem!.th).toContain('ไม่พบฉบับ "9"');
    expect(unknown.problem!.en).toContain('version "9" is not known');
  });

  it('moving a case shows what changes and which done steps the new version no longer has', () => {
    const done = { 'step-1': dayFromIso('2026-11-03')!, 'step-2': dayFromIso('2026-11-05')!, 'step-3': null };
    const move = planMove(history, 1, done)!;
    expect(move.to.version).toBe(2);
    expect(move.lost.map((l) => l.no)).toEqual([2]);
    expect(move.text).toEqual([{ th: 'ลบขั้นที่ 2 "ตรวจสอบวันลา"', en: 'removed step 2 "ตรวจสอบวันลา"' }]);
    expect(planMove(history, 1, {}, 1)!.changes).toEqual([]);
    expect(planMove(history, 7, {})).toBeNull();
  });
});
