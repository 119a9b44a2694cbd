/** A deadline rule in words, Thai and English: for the catalogue listing, the sidebar and notes. */
import { EN_MONTHS_LONG, TH_MONTHS_SHORT } from '../dates/names';
import { type Msg, msg } from '../i18n/msg';
import type { Anchor, Deadline, Procedure, Unit } from './schema';
import { stepNoOf } from './step-number';

const UNIT_WORDS: Record<Unit, [string, string]> = {
  workdays: ['วันทำการ', 'working days'],
  days: ['วัน (ตามการตั้งค่า)', 'days (as the office counts them)'],
  'calendar-days': ['วันตามปฏิทิน', 'calendar days'],
  weeks: ['สัปดาห์', 'weeks'],
  months: ['เดือน', 'months'],
  hours: ['ชั่วโมง', 'hours'],
};

function anchorWords(anchor: Anchor, procedure: Procedure): [string, string] {
  const fieldName = (id: string) => procedure.fields.find((f) => f.id === id);
  switch (anchor.type) {
    case 'start':
      return ['วันที่รับเรื่อง', 'the date received'];
    case 'previous':
      return ['ขั้นตอนก่อนหน้าเสร็จ', 'the previous step is done'];
    case 'step': {
      const no = stepNoOf(procedure, anchor.step) ?? 0;
      return [`ขั้นตอนที่ ${no} เสร็จ`, `step ${no} is done`];
    }
    case 'field': {
      const f = fieldName(anchor.field);
      return [f?.th ?? anchor.field, f?.en ?? anchor.field];
    }
  }
}

export function describeDeadline(deadline: Deadline, procedure: Procedure): Msg {
  switch (deadline.kind) {
    case 'after': {
      const [uth, uen] = UNIT_WORDS[deadline.unit];
      const [ath, aen] = anchorWords(deadline.from, procedure);
      const range = deadline.nMin === undefined ? `${deadline.n}` : `${deadline.nMin}–${deadline.n}`;
      if (deadline.n === 0) return msg(`ทันทีเมื่อ${ath}`, `immediately after ${aen}`);
      return msg(`ภายใน ${range} ${uth} นับจาก${ath}`, `within ${range} ${uen} after ${aen}`);
    }
    case 'before': {
      const [uth, uen] = UNIT_WORDS[deadline.unit];
      const f = procedure.fields.find((x) => x.id === deadline.field);
      return msg(
        `ไม่น้อยกว่า ${deadline.n} ${uth} ก่อน${f?.th ?? deadline.field}`,
        `at least ${deadline.n} ${uen} before ${f?.en ?? deadline.field}`,
      );
    }
    case 'calendar': {
      const at = deadline.at;
      switch (at.type) {
        case 'day-of-month':
          return msg(`ภายในวันที่ ${at.day} ของทุกเดือน`, `by day ${at.day} of every month`);
        case 'annual':
          return msg(
            `ภายในวันที่ ${at.day} ${TH_MONTHS_SHORT[at.month - 1]} ของทุกปี`,
            `by ${at.day} ${EN_MONTHS_LONG[at.month - 1]} every year`,
          );
        case 'month-end': {
          const th = at.months.map((m) => TH_MONTHS_SHORT[m - 1]).join('–');
          const en = at.months.map((m) => EN_MONTHS_LONG[m - 1]!.slice(0, 3)).join('–');
          return msg(`ภายในช่วง ${th}`, `within ${en}`);
        }
        case 'quarter-end':
          return at.quarter
            ? msg(`ภายในไตรมาส ${at.quarter} ของปีงบประมาณ`, `by the end of fiscal Q${at.quarter}`)
            : msg('ภายในไตรมาสที่กำหนดของเรื่อง', "by the end of the case's planned fiscal quarter");
      }
      break;
    }
    case 'manual':
      return msg('ตามวันที่หน่วยงานอื่นกำหนด (กรอกเอง)', 'a date someone else sets (typed in)');
    case 'none':
      return msg('ไม่มีกำหนดเวลา', 'no deadline');
  }
}
