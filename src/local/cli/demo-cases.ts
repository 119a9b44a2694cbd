// Sample cases from each manual, evaluated by the case engine as of a given day.

import { calendarNamed } from '../../core/calendar/calendars';
import { procedureById } from '../../core/catalog/catalogue';
import { describeDeadline } from '../../core/catalog/describe';
import type { Day } from '../../core/dates/civil';
import { formatDate } from '../../core/dates/format';
import { evaluateCase } from '../../core/engine/evaluate';
import type { CaseInput, EngineSettings } from '../../core/engine/types';
import { demoWorkday } from '../demo/calendar';
import { clip, table } from './table';

const STATE_TH: Record<string, string> = {
  'not-started': 'ยังไม่เริ่ม',
  'on-track': 'ตามกำหนด',
  'due-soon': 'ใกล้ครบกำหนด',
  'due-today': 'ครบกำหนดวันนี้',
  overdue: 'เกินกำหนด',
  'on-hold': 'พักเรื่อง',
  done: 'เสร็จ',
  'done-late': 'เสร็จล่าช้า',
  cancelled: 'ยกเลิก',
};

interface Sample {
  readonly procedure: string;
  readonly story: string;
  readonly input: (today: Day, back: (n: number) => Day) => Partial<CaseInput>;
}

const SAMPLES: readonly Sample[] = [
  {
    procedure: '001-study-leave-domestic-regular-type-a',
    story: 'คำขอลาศึกษาต่อ รับเรื่องเมื่อ 12 วันทำการก่อน / a study-leave request received 12 working days ago',
    input: (_, back) => ({
      start: back(12),
      done: { 'consider-quota': back(8), 'request-extra-quota': back(7) },
    }),
  },
  {
    procedure: '003-resignation-leaving-service',
    story: 'หนังสือลาออก ขอออกอีก 45 วัน / a resignation asking to leave in 45 days',
    input: (today) => ({ start: today, fields: { 'requested-date': today + 45 } }),
  },
  {
    procedure: '003-teaching-licence-renewal',
    story: 'ใบอนุญาตฯ หมดอายุอีก 270 วัน / a teaching licence expiring in 270 days',
    input: (today) => ({ start: today, fields: { 'licence-expiry': today + 270 } }),
  },
  {
    procedure: '002-salary-increment-round',
    story:
      'รอบเลื่อนเงินเดือนช่วง ม.ค.-มี.ค. (ไตรมาส 2) / the salary round of the January–March window (fiscal Q2)',
    input: (today) => ({ start: today, fields: { 'planned-quarter': 2 } }),
  },
  {
    procedure: '001-study-leave-domestic-part-time',
    story:
      'ศึกษาต่อภาคนอกเวลา กรณีไม่ใช้เวลาราชการ: แจ้งสำเร็จการศึกษาเมื่อ 2 วันทำการก่อน / part-time study without official time: graduation reported 2 working days ago',
    input: (_, back) => ({
      start: back(40),
      done: { 'receive-request': back(37) },
      fields: { 'graduation-reported': back(2) },
      branches: { 'official-time': 'none' },
    }),
  },
  {
    procedure: '004-annual-action-plan',
    story: 'แผนปฏิบัติการประจำปี เริ่ม 1 ต.ค. / the annual action plan, from 1 October',
    input: (today) => ({ start: today - 52 }),
  },
  {
    procedure: '000-study-leave',
    story: 'ผู้สอบผ่านนำเอกสารมายื่น 4 วันทำการก่อน / exam passed, documents brought 4 working days ago',
    input: (_, back) => ({ start: back(4), fields: { 'documents-received': back(4) } }),
  },
];

export function demoCases(today: Day): string {
  const settings: EngineSettings = {
    calendar: calendarNamed('TH'),
    plainDays: 'workdays',
    dueSoonWorkdays: 2,
    dueSoonFraction: 0.75,
  };
  const back = (n: number) => demoWorkday(today, -n);
  const out: string[] = [];
  for (const sample of SAMPLES) {
    const procedure = procedureById(sample.procedure);
    if (!procedure) throw new Error(`demo: no procedure ${sample.procedure}`);
    const input: CaseInput = {
      start: null,
      done: {},
      due: {},
      fields: {},
      holds: [],
      status: 'active',
      ...sample.input(today, back),
    };
    const result = evaluateCase(procedure, input, settings, today);
    const rows = procedure.steps.map((step, i) => {
      const r = result.steps[i]!;
      // A step of an alternative the case does not follow: no due date, marked as not taken.
      const mark = r.done !== null ? '✓' : step.id === result.current ? '→' : r.skipped ? '–' : ' ';
      return [
        `${mark} ${i + 1}`,
        clip(step.th, 44),
        clip(step.words ?? '—', 26),
        clip(describeDeadline(step.deadline, procedure).th, 34),
        r.due === null ? '' : formatDate(r.due),
        r.done === null ? '' : formatDate(r.done),
      ];
    });
    out.push(
      `■ ${procedure.th}\n  ${procedure.en} [${procedure.id}]\n  ${sample.story}`,
      table(['', 'ขั้นตอน / step', 'คู่มือ / manual', 'กฎ / rule', 'ครบกำหนด / due', 'เสร็จ / done'], rows),
      `  สถานะ / state: ${STATE_TH[result.state]} (${result.state})${result.daysLeft === null ? '' : `, วันทำการคงเหลือ / working days left: ${result.daysLeft}`}${result.problems.length ? `, ปัญหา / problems: ${result.problems.map((p) => p.msg.en).join('; ')}` : ''}\n`,
    );
  }
  return out.join('\n');
}
