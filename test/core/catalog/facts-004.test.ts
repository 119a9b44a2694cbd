import { describe, expect, it } from 'vitest';
import { MANUAL_004 } from '../../../src/core/catalog/data/m004';
import { type Deadline, ManualSchema, type Procedure } from '../../../src/core/catalog/schema';

const M = MANUAL_004;

function proc(id: string): Procedure {
  const p = M.procedures.find((x) => x.id === id);
  if (!p) throw new Error(`no procedure ${id}`);
  return p;
}

/** The deadline "kinds" the brief distinguishes: after-from-<anchor>, before, calendar, manual, none, effort. */
function kindOf(d: Deadline): string {
  return d.kind === 'after' ? `after-${d.from.type}` : d.kind;
}

describe('manual 004: schema', () => {
  it('parses with ManualSchema', () => {
    const r = ManualSchema.safeParse(M);
    if (!r.success) console.error(JSON.stringify(r.error.issues, null, 2));
    expect(r.success).toBe(true);
  });

  it('has the 6 procedures of the duty list (duty 3 as a checklist)', () => {
    expect(M.procedures).toHaveLength(6);
    expect(M.procedures.every((p) => p.manual === '004' && p.source.file === M.file)).toBe(true);
  });
});

describe('manual 004: ids and references', () => {
  it('procedure ids are unique and prefixed 004-', () => {
    const ids = M.procedures.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith('004-')).toBe(true);
  });

  for (const p of M.procedures) {
    it(`${p.id}: step ids unique, anchors earlier, fields declared`, () => {
      const stepIds = p.steps.map((s) => s.id);
      expect(new Set(stepIds).size).toBe(stepIds.length);
      const fieldType = new Map(p.fields.map((f) => [f.id, f.type]));
      p.steps.forEach((s, i) => {
        const d = s.deadline;
        if (d.kind === 'after' && d.from.type === 'step') {
          expect(stepIds.slice(0, i)).toContain(d.from.step);
        }
        if (d.kind === 'after' && d.from.type === 'field') {
          expect(fieldType.get(d.from.field)).toBe('date');
        }
        if (d.kind === 'after' && d.from.type === 'start') expect(i).toBe(0);
        if (d.kind === 'before') expect(fieldType.get(d.field)).toBe('date');
        if (d.kind === 'calendar' && d.at.type === 'quarter-end' && d.at.field !== undefined) {
          expect(fieldType.get(d.at.field)).toBe('quarter');
        }
      });
    });
  }
});

interface Fact {
  proc: string;
  step: string;
  deadline: Deadline;
  /** Substring of the manual's Thai words (Thai digits as printed); null: the step has no words. */
  words: string | null;
}

const PLAN = '004-annual-action-plan';

// Each row is checked against seeds/004_d53ecb354eded616.txt (line in the comment).
const FACTS: Fact[] = [
  // 43: รับทราบนโยบายและงบประมาณที่ได้รับจัดสรร ... (เดือนตุลาคม)
  {
    proc: PLAN,
    step: 'study-policy-budget',
    deadline: { kind: 'calendar', at: { type: 'month-end', months: [10] } },
    words: 'เดือนตุลาคม',
  },
  // 44: มีกลยุทธ์ แผนงาน/งาน/โครงการ ... (เดือนตุลาคม)
  {
    proc: PLAN,
    step: 'review-strategies',
    deadline: { kind: 'calendar', at: { type: 'month-end', months: [10] } },
    words: 'เดือนตุลาคม',
  },
  // 45: มีเป้าหมายการพัฒนา ... (เดือนตุลาคม)
  {
    proc: PLAN,
    step: 'set-targets',
    deadline: { kind: 'calendar', at: { type: 'month-end', months: [10] } },
    words: 'เดือนตุลาคม',
  },
  // 46: แผนปฏิบัติการประจำปี สอดคล้องกับ ... (เดือนตุลาคม-ธันวาคม)
  {
    proc: PLAN,
    step: 'draft-plan',
    deadline: { kind: 'calendar', at: { type: 'month-end', months: [10, 11, 12] } },
    words: 'เดือนตุลาคม-ธันวาคม',
  },
  // 49: row 5 (PEC approval): its printed standard belongs to publication; no window of its own
  { proc: PLAN, step: 'propose-pec', deadline: { kind: 'none' }, words: null },
  // 49: เผยแพร่ ประชาสัมพันธ์ แผนปฏิบัติการ ประจำปี ... (เดือนธันวาคม- มกราคม), printed one row up
  {
    proc: PLAN,
    step: 'publish-plan',
    deadline: { kind: 'calendar', at: { type: 'month-end', months: [12, 1] } },
    words: 'เดือนธันวาคม- มกราคม',
  },
  // 50: แผนปฏิบัติการประจำปีของสถานศึกษา ... (เดือนตุลาคม-ธันวาคม), printed one row up
  {
    proc: PLAN,
    step: 'support-school-plans',
    deadline: { kind: 'calendar', at: { type: 'month-end', months: [10, 11, 12] } },
    words: 'เดือนตุลาคม-ธันวาคม',
  },
  // 52: ๘.๑ ไตรมาสที่ ๑ (ตุลาคม-ธันวาคม)
  {
    proc: PLAN,
    step: 'report-q1',
    deadline: { kind: 'calendar', at: { type: 'quarter-end', quarter: 1 } },
    words: 'ไตรมาสที่ ๑ (ตุลาคม-ธันวาคม)',
  },
  // 52: ๘.๒ ไตรมาสที่ ๒ (มกราคม-มีนาคม)
  {
    proc: PLAN,
    step: 'report-q2',
    deadline: { kind: 'calendar', at: { type: 'quarter-end', quarter: 2 } },
    words: 'ไตรมาสที่ ๒ (มกราคม-มีนาคม)',
  },
  // 52: ๘.๓ ไตรมาสที่ ๓ (เมษายน-มิถุนายน)
  {
    proc: PLAN,
    step: 'report-q3',
    deadline: { kind: 'calendar', at: { type: 'quarter-end', quarter: 3 } },
    words: 'ไตรมาสที่ ๓ (เมษายน-มิถุนายน)',
  },
  // 52: ๘.๔ ไตรมาสที่ ๔ (กรกฎาคม-กันยายน)
  {
    proc: PLAN,
    step: 'report-q4',
    deadline: { kind: 'calendar', at: { type: 'quarter-end', quarter: 4 } },
    words: 'ไตรมาสที่ ๔ (กรกฎาคม-กันยายน)',
  },
  // 81: บันทึกเสนอผู้บังคับบัญชา (ดำเนินการภายใน ๑ วัน)
  {
    proc: '004-group-correspondence-coordination-meetings',
    step: 'memo-superior',
    deadline: { kind: 'after', n: 1, unit: 'days', from: { type: 'previous' } },
    words: 'ดำเนินการภายใน ๑ วัน',
  },
  // 80: ดำเนินการตลอดเวลา (continuous, no date)
  {
    proc: '004-group-correspondence-coordination-meetings',
    step: 'coordinate-services',
    deadline: { kind: 'none' },
    words: 'ดำเนินการตลอดเวลา',
  },
  // 34: นำเสนอแผนพัฒนาการจัดการศึกษาขั้นพื้นฐานขอความเห็นชอบต่อคณะกรรมการเขตพื้นที่การศึกษา (no time)
  {
    proc: '004-basic-education-development-plan',
    step: 'propose-esa-committee',
    deadline: { kind: 'none' },
    words: null,
  },
  // 61: ๔.๑-๔.๔ school action with the committee, the school and the community (no time)
  {
    proc: '004-school-establishment-merger-closure',
    step: 'carry-out-action',
    deadline: { kind: 'none' },
    words: null,
  },
];

describe('manual 004: facts from the Thai manual', () => {
  it.each(FACTS)('$proc / $step', (f) => {
    const step = proc(f.proc).steps.find((s) => s.id === f.step);
    expect(step, `${f.proc} has no step ${f.step}`).toBeDefined();
    expect(step?.deadline).toEqual(f.deadline);
    if (f.words === null) expect(step?.words).toBeUndefined();
    else expect(step?.words).toContain(f.words);
  });

  it('the facts cover every deadline kind that occurs in the manual', () => {
    const inManual = new Set<string>();
    for (const p of M.procedures)
      for (const s of p.steps) {
        inManual.add(kindOf(s.deadline));
        if (s.effortMinutes !== undefined) inManual.add('effort');
      }
    const covered = new Set(FACTS.map((f) => kindOf(f.deadline)));
    expect([...inManual].filter((k) => !covered.has(k))).toEqual([]);
  });

  it('the annual action plan recurs every fiscal year', () => {
    expect(proc(PLAN).recurrence).toEqual({ type: 'fiscal-year' });
  });

  it('duty 3, which has no SOP table, is a checklist', () => {
    expect(proc('004-provincial-strategy-integration').checklist).toBe(true);
  });
});
