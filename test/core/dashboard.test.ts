import { describe, expect, it } from 'vitest';
import { type DashboardEntry, dashboardRows } from '../../src/core/dashboard';

const e = (
  register: string,
  step: string,
  assignee: string,
  fiscalYear: number | null,
  state: DashboardEntry['state'],
): DashboardEntry => ({
  register,
  step,
  assignee,
  fiscalYear,
  state,
});

describe('the Dashboard', () => {
  it('counts open, due soon and overdue cases and the on-time rate by register, step, assignee and fiscal year', () => {
    const rows = dashboardRows(
      [
        e('ลาออก', 'ยื่นหนังสือ', 'a@x.org', 2570, 'overdue'),
        e('ลาออก', 'ยื่นหนังสือ', 'a@x.org', 2570, 'due-soon'),
        e('ลาออก', '', 'b@x.org', 2569, 'done'),
        e('ลาออก', '', 'b@x.org', 2569, 'done-late'),
        e('ลาศึกษา', 'ตรวจเอกสาร', 'b@x.org', 2570, 'due-today'),
        e('ลาศึกษา', 'ตรวจเอกสาร', '', null, 'cancelled'),
      ],
      'en',
    );
    expect(rows).toEqual([
      ['By register', 'ลาศึกษา', 1, 1, 0, ''],
      ['By register', 'ลาออก', 2, 1, 1, 50],
      ['By current step', 'ลาศึกษา › ตรวจเอกสาร', 1, 1, 0, ''],
      ['By current step', 'ลาออก › ยื่นหนังสือ', 2, 1, 1, ''],
      ['By assignee', 'a@x.org', 2, 1, 1, ''],
      ['By assignee', 'b@x.org', 1, 1, 0, 50],
      ['By assignee', '—', 0, 0, 0, ''],
      ['By fiscal year', '2569', 0, 0, 0, 50],
      ['By fiscal year', '2570', 3, 2, 1, ''],
      ['By fiscal year', '—', 0, 0, 0, ''],
    ]);
  });
});
