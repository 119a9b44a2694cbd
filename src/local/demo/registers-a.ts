/** The demo registers, first half of the plan. */

import { toThaiDigits } from '../../core/dates/names';
import { BAD_DATE, HR_HEAD } from './people';
import type { DemoRegisterPlan } from './plan';
import type { PlanContext } from './plan-context';

export function registersFirstHalf(ctx: PlanContext): DemoRegisterPlan[] {
  const {
    today,
    workdaysAfter,
    back,
    ahead,
    n,
    s,
    lt,
    tn,
    p,
    be,
    fy,
    quarter,
    previousQuarter,
    previousRound,
    currentRound,
  } = ctx;
  return [
    {
      procedureId: '001-study-leave-domestic-regular-type-a',
      cases: [
        {
          id: `ลศ.001/${be}`,
          subject: 'ขอลาศึกษาต่อ ป.โท บริหารการศึกษา ม.เชียงใหม่ — ครูวิภาวรรณ',
          assignee: 'kanokwan@example.org',
          cells: { start: s(back(8)) },
          intended: 'overdue',
          story: 'พิจารณาโควตาภายใน 5 วัน รับเรื่องมา 8 วันทำการแล้ว',
        },
        {
          id: `ลศ.002/${be}`,
          subject: 'ขอลาศึกษาต่อ ป.เอก หลักสูตรและการสอน — ครูประยุทธ',
          assignee: 'นายธนพล มีสุข',
          cells: { start: n(back(5)) },
          intended: 'due-today',
          story: 'รับเรื่องมา 5 วันทำการ: ครบกำหนดวันนี้',
        },
        {
          id: `ลศ.${toThaiDigits('003')}/${toThaiDigits(String(be))}`,
          subject: 'ขอลาศึกษาต่อ <ด่วนที่สุด> ครู "อรุณี" & ครูสมชาย',
          assignee: 'Kanokwan@Example.org',
          cells: { start: lt(back(4)) },
          intended: 'due-soon',
          story: 'วันที่พิมพ์เป็นเลขไทย เหลือ 1 วันทำการ',
        },
        {
          id: '',
          subject: 'ขอลาศึกษาต่อ ป.โท การวัดผล ม.นเรศวร — ครูจันทร์เพ็ญ',
          assignee: 'thanaphon@example.org',
          cells: { start: p(back(1)) },
          intended: 'on-track',
          story: 'เลือกวันที่จากปฏิทิน รับเรื่องเมื่อวาน',
        },
        {
          id: '',
          subject: 'โควตาประเภท ก รอบที่ 2 (ลงทะเบียนล่วงหน้า)',
          assignee: 'thanaphon@example.org',
          cells: { start: n(ahead(3)) },
          intended: 'not-started',
          story: 'วันรับเรื่องอยู่ในอนาคต',
        },
        {
          id: `ลศ.006/${be}`,
          subject: 'ขอลาศึกษาต่อ ป.โท — ผู้สมัครสละสิทธิ์',
          assignee: 'kanokwan@example.org',
          cells: { start: n(back(12)), 'done:consider-quota': n(back(9)), status: 'ยกเลิก' },
          intended: 'cancelled',
          story: 'ผู้สมัครสละสิทธิ์',
        },
        {
          id: `ลศ.007/${be}`,
          subject: 'ขอลาศึกษาต่อ ป.โท ภาษาไทย — ครูสุดารัตน์',
          assignee: 'kanokwan@example.org',
          cells: {
            start: n(back(15)),
            'done:consider-quota': n(back(12)),
            'done:request-extra-quota': s(back(11)),
            'done:notify-university': s(back(10)),
            'hold-from': tn(back(6)),
          },
          intended: 'on-hold',
          story: 'รอหนังสือตอบรับจากมหาวิทยาลัย: พักเรื่อง',
        },
        {
          id: `ลศ.008/${be}`,
          subject: 'ขอลาศึกษาต่อ ป.โท คณิตศาสตร์ — ครูมานพ',
          assignee: 'kanokwan@example.org',
          cells: { start: BAD_DATE },
          story: 'วันที่รับเรื่องผิด (มิถุนายนมี 30 วัน): Kamnot แจ้งปัญหาในช่องสถานะ',
        },
      ],
    },
    {
      procedureId: '000-study-leave',
      cases: [
        {
          id: `สล.01/${be}`,
          subject: 'ครูอำนาจ ขอสอบคัดเลือกลาศึกษาต่อ — รอผลสอบ',
          assignee: 'นายธนพล มีสุข',
          cells: {
            start: n(back(6)),
            'done:check-documents': n(back(6)),
            'done:propose-permission': n(back(5)),
            'hold-from': n(back(4)),
            status: 'พักเรื่อง',
          },
          intended: 'on-hold',
          story: 'รอผลสอบคัดเลือก: คู่มือให้พักเรื่องระหว่างขั้นที่ 2 และ 3',
        },
        {
          id: `สล.02/${be}`,
          subject: 'ครูศิริพร สอบผ่านแล้ว นำเอกสารมายื่น — ทำสัญญาลาศึกษา',
          assignee: 'thanaphon@example.org',
          cells: {
            start: s(back(10)),
            'field:documents-received': s(back(2)),
            'done:check-documents': s(back(10)),
            'done:propose-permission': s(back(9)),
          },
          intended: 'due-soon',
          story: 'ทำสัญญาภายใน 1–3 วันนับจากวันยื่นเอกสาร',
        },
        {
          id: `สล.03/${be}`,
          subject: 'ครูปิยะ ลาศึกษาต่อ ป.โท — ส่งตัวแล้ว',
          assignee: 'thanaphon@example.org',
          cells: {
            start: n(back(30)),
            'field:documents-received': n(back(20)),
            'done:check-documents': n(back(30)),
            'done:propose-permission': n(back(30)),
            'done:draw-contracts': n(back(18)),
            'done:referral-letter': n(back(17)),
            'done:report-obec': n(back(16)),
            'done:record-database': n(back(16)),
          },
          intended: 'done',
          story: 'ทุกขั้นตอนเสร็จตามกำหนด',
        },
        {
          id: `สล.04/${be}`,
          subject: 'หนังสือโรงเรียนบ้านห้วยทราย แจ้งครูประสงค์สมัครสอบ',
          assignee: 'นางสาวกนกวรรณ  แก้วใส',
          cells: { start: s(back(2)) },
          intended: 'overdue',
          story: 'ต้องตรวจเอกสาร "ปฏิบัติทันที" แต่ผ่านมา 2 วันทำการ (ชื่อพิมพ์เว้นวรรคเกิน)',
        },
      ],
    },
    {
      procedureId: '000-teacher-honours',
      cases: [
        {
          id: `ยก.01/${be}`,
          subject: `คัดเลือกครูดีเด่น ประจำปี ${be} (หนังสือ สพฐ.)`,
          assignee: 'kanokwan@example.org',
          cells: {
            start: n(back(3)),
            'done:publicise': n(back(3)),
            'due:appoint-committee': s(today),
          },
          intended: 'due-today',
          story: 'สพฐ. กำหนดแต่งตั้งคณะกรรมการภายในวันนี้ (กำหนดที่กรอกเอง)',
        },
        {
          id: `ยก.02/${be}`,
          subject: 'รางวัลผู้บริหารสถานศึกษาดีเด่น',
          assignee: 'kanokwan@example.org',
          cells: {
            start: n(back(1)),
            'done:publicise': n(back(1)),
            'due:appoint-committee': s(ahead(8)),
          },
          intended: 'on-track',
          story: 'กำหนดที่กรอกเองอีก 8 วันทำการ',
        },
      ],
    },
    {
      procedureId: '001-study-leave-extension',
      cases: [
        {
          id: `ขย.01/${be}`,
          subject: 'ครูเกศินี ขอขยายเวลาศึกษาต่อ ป.เอก ภาคเรียนที่ 2',
          assignee: 'นายธนพล มีสุข',
          cells: { start: n(back(2)), 'field:contract-end': n(ahead(2) + 30) },
          intended: 'on-track',
          story: 'รับคำขอแล้ว คือผู้ลายื่นแล้ว (ก่อนสัญญาสิ้นสุดเกิน 30 วัน): รอผู้มีอำนาจอนุมัติ',
        },
        {
          id: `ขย.02/${be}`,
          subject: 'ครูวรวุฒิ ขอขยายเวลาศึกษาต่อ ป.โท',
          assignee: 'thanaphon@example.org',
          cells: { start: s(back(1)), 'field:contract-end': s(today + 75) },
          intended: 'on-track',
          story: 'สัญญาสิ้นสุดอีก 75 วัน',
        },
      ],
    },
    {
      procedureId: '002-salary-increment-round',
      cases: [
        {
          id: `งด.${previousQuarter.q}/${previousQuarter.fy}`,
          subject: `เลื่อนเงินเดือน รอบไตรมาส ${previousQuarter.q} ปีงบประมาณ ${previousQuarter.fy}`,
          assignee: 'นางวิไลวรรณ ทองคำ',
          cells: {
            start: n(previousRound),
            'field:planned-quarter': `ไตรมาส ${toThaiDigits(String(previousQuarter.q))}`,
            'done:budget-pool': n(workdaysAfter(previousRound, 10)),
            'done:other-personnel': n(workdaysAfter(previousRound, 20)),
          },
          intended: 'overdue',
          story: 'ประชุมพิจารณาผู้บริหารสถานศึกษายังไม่เสร็จ ทั้งที่ไตรมาสสิ้นสุดแล้ว',
        },
        {
          id: `งด.${quarter}/${fy}`,
          subject: `เลื่อนเงินเดือน รอบไตรมาส ${quarter} ปีงบประมาณ ${fy}`,
          assignee: HR_HEAD,
          cells: { start: s(currentRound), 'field:planned-quarter': String(quarter) },
          story: 'ประชุมภายในไตรมาสที่วางแผน',
        },
      ],
    },
  ];
}
