/** The demo registers, second half of the plan. */
import { PLAN_HEAD, UNKNOWN_ASSIGNEE } from './people';
import type { DemoRegisterPlan } from './plan';
import type { PlanContext } from './plan-context';

export function registersSecondHalf(ctx: PlanContext): DemoRegisterPlan[] {
  const {
    today,
    back,
    firstWorkingDay,
    n,
    s,
    lt,
    p,
    be,
    fy,
    fyStart,
    planSchedule,
    manpowerSchedule,
    doneBy,
    licenceLate,
    licenceLater,
    licenceDone,
  } = ctx;
  /** The officer's own resignation steps: checked, proposed and sent the same working day. */
  const officeSteps = (from: number) => ({
    'done:check-form': n(from),
    'done:propose-authority': n(from),
    'done:send-esa': n(from),
  });
  return [
    {
      procedureId: '002-manpower-data-and-committee',
      cases: [
        {
          id: `อก.${fy}`,
          subject: `ข้อมูลปริมาณงานและการประชุมคณะกรรมการบริหารอัตรากำลัง ปีงบประมาณ ${fy}`,
          assignee: 'นายอนุชา รักงาน',
          cells: { start: n(firstWorkingDay(fyStart(fy))), ...doneBy(manpowerSchedule(fy), today) },
          story: 'ตามปฏิทินของปีงบประมาณ: เสร็จทีละขั้นตอน',
        },
      ],
    },
    {
      // Received = the applicant's letter submitted; the officer's three steps (no time standard of
      // their own) done, so the case waits on the authority's order before the requested date.
      procedureId: '003-resignation-leaving-service',
      cases: [
        {
          id: `ลอ.01/${be}`,
          subject: 'ครูชูชาติ ขอลาออกจากราชการ',
          assignee: 'pimchanok@example.org',
          cells: {
            start: n(back(10)),
            'field:requested-date': n(back(3) + 1),
            ...officeSteps(back(9)),
          },
          intended: 'overdue',
          story: 'เสนอแล้ว แต่ผู้มีอำนาจต้องสั่งก่อนวันขอลาออก: เลยมา 3 วันทำการ',
        },
        {
          id: `ลอ.02/${be}`,
          subject: 'ครูนงลักษณ์ ขอลาออกเพื่อดูแลบิดามารดา',
          assignee: 'นายอนุชา รักงาน',
          cells: { start: s(back(6)), 'field:requested-date': s(today + 1), ...officeSteps(back(5)) },
          intended: 'due-today',
          story: 'ขอลาออกพรุ่งนี้: ผู้มีอำนาจต้องสั่งภายในวันนี้',
        },
        {
          id: `ลอ.03/${be}`,
          subject: 'ครูธีรวัฒน์ ขอลาออก (ผู้รับผิดชอบพิมพ์ชื่อครูแทนเจ้าหน้าที่)',
          assignee: UNKNOWN_ASSIGNEE,
          cells: { start: n(back(6)), 'field:requested-date': n(back(1) + 1), ...officeSteps(back(5)) },
          intended: 'overdue',
          story: 'ผู้รับผิดชอบไม่อยู่ในแท็บ People: ส่งอีเมลไม่ได้ Kamnot แจ้งปัญหา',
        },
        {
          id: `ลอ.04/${be}`,
          subject: 'ครูบุญเรือน ขอลาออก',
          assignee: 'somporn@example.org',
          cells: { start: n(back(9)), 'field:requested-date': n(back(4) + 1), ...officeSteps(back(8)) },
          intended: 'overdue',
          story: 'ผู้รับผิดชอบย้ายไปแล้ว (ไม่ใช้งาน): ไม่ส่งอีเมลถึง Kamnot แจ้งปัญหา',
        },
        {
          id: `ลอ.07/${be}`,
          subject: 'ครูสุดา ขอลาออก (รับหนังสือวันนี้)',
          assignee: 'pimchanok@example.org',
          cells: { start: s(today), 'field:requested-date': s(today + 12) },
          intended: 'on-track',
          story: 'รับหนังสือวันนี้ = ผู้ขอยื่นแล้ว: ไม่เกินกำหนด แม้แจ้งล่วงหน้าไม่ถึง 30 วัน',
        },
        {
          id: `ลอ.08/${be}`,
          subject: 'ครูวิไล ขอลาออก (ยังไม่ได้กรอกวันขอลาออก)',
          assignee: 'pimchanok@example.org',
          cells: { start: n(back(5)), ...officeSteps(back(4)) },
          intended: 'needs-date',
          story: 'กำหนดสั่งนับจากวันขอลาออกซึ่งยังว่าง: รอข้อมูล',
        },
        {
          id: `ลอ.05/${be}`,
          subject: 'ครูสมบัติ ลาออกเพื่อประกอบอาชีพอื่น',
          assignee: 'anucha@example.org',
          cells: {
            start: n(back(46)),
            'field:requested-date': n(back(20)),
            'field:leaving-date': n(back(20)),
            'done:submit-letter': n(back(45)),
            'done:check-form': n(back(44)),
            'done:propose-authority': n(back(43)),
            'done:send-esa': n(back(41)),
            'done:decide': n(back(24)),
            'done:notify': n(back(17)),
          },
          intended: 'done',
          story: 'อนุญาตให้ลาออกและแจ้งหน่วยงานแล้ว',
        },
        {
          id: `ลอ.06/${be}`,
          subject: 'ครูอภิชาติ ขอถอนหนังสือลาออก',
          assignee: 'anucha@example.org',
          cells: { start: n(back(8)), 'field:requested-date': n(today + 40), status: 'ยกเลิก' },
          intended: 'cancelled',
          story: 'ถอนหนังสือลาออก',
        },
      ],
    },
    {
      procedureId: '003-disciplinary-appeal',
      cases: [
        {
          id: `อธ.01/${be}`,
          subject: 'ครู ก. อุทธรณ์คำสั่งลงโทษภาคทัณฑ์',
          assignee: 'นายอนุชา รักงาน',
          cells: {
            start: n(back(38)),
            'field:order-notified': n(back(40)),
            'done:lodge-appeal': n(back(30)),
            'done:consider-appeal': n(back(5)),
          },
          intended: 'done',
          story: 'อุทธรณ์ภายใน 30 วัน และพิจารณาแล้ว',
        },
        {
          id: `อธ.02/${be}`,
          subject: 'ครู ข. อุทธรณ์คำสั่งตัดเงินเดือน',
          assignee: 'anucha@example.org',
          cells: {
            start: s(back(25)),
            'field:order-notified': s(back(60)),
            'done:lodge-appeal': s(back(25)),
            'done:consider-appeal': s(back(3)),
          },
          intended: 'done-late',
          story: 'อุทธรณ์เกิน 30 วันนับแต่รับแจ้งคำสั่ง',
        },
        {
          id: `อธ.03/${be}`,
          subject: 'ครู ค. แจ้งความประสงค์อุทธรณ์',
          assignee: 'anucha@example.org',
          cells: { start: p(back(3)), 'field:order-notified': p(back(3)) },
          intended: 'on-track',
          story: 'เพิ่งรับแจ้งคำสั่ง: มีเวลา 30 วัน',
        },
      ],
    },
    {
      procedureId: '003-teaching-licence-renewal',
      cases: [
        {
          id: `ตอ.01/${be}`,
          subject: 'ต่ออายุใบอนุญาตประกอบวิชาชีพครู — ครูสุกัญญา',
          assignee: 'pimchanok@example.org',
          cells: {
            start: n(back(30)),
            'field:licence-expiry': n(licenceLate ?? back(2) + 260),
            'done:print-payment': n(back(29)),
            'done:pay-fee': n(back(29)),
            'done:check-documents': n(back(25)),
            'done:approve': n(back(22)),
          },
          intended: 'overdue',
          story: 'คุรุสภาอนุมัติแล้ว แต่ยังไม่ได้พิมพ์ใบอนุญาตภายใน 20 วัน: เลยมา 2 วันทำการ',
        },
        {
          id: `ตอ.02/${be}`,
          subject: 'ต่ออายุใบอนุญาตประกอบวิชาชีพครู — ครูเอกชัย',
          assignee: 'pimchanok@example.org',
          cells: { start: lt(back(1)), 'field:licence-expiry': lt(licenceLater) },
          intended: 'on-track',
          story: 'ใบอนุญาตหมดอายุอีกนาน',
        },
        {
          id: `ตอ.03/${be}`,
          subject: 'ต่ออายุใบอนุญาตประกอบวิชาชีพครู — ครูดวงใจ',
          assignee: 'pimchanok@example.org',
          cells: {
            start: n(back(14)),
            'field:licence-expiry': n(licenceDone),
            'done:apply-ksp': n(back(12)),
            status: 'ปิดเรื่อง',
          },
          intended: 'done',
          story: 'ยื่นแล้ว คุรุสภาดำเนินการต่อ: ปิดเรื่อง',
        },
      ],
    },
    {
      procedureId: '004-annual-action-plan',
      cases: [
        {
          id: `ผป.${fy - 1}`,
          subject: `แผนปฏิบัติการประจำปีงบประมาณ ${fy - 1}`,
          assignee: PLAN_HEAD,
          cells: {
            start: n(fyStart(fy - 1)),
            ...doneBy(planSchedule(fy - 1), today, ['report-q4']),
          },
          intended: 'overdue',
          story: 'รายงานผลไตรมาสที่ 4 ของปีที่แล้วยังไม่ส่ง',
        },
        {
          id: `ผป.${fy}`,
          subject: `แผนปฏิบัติการประจำปีงบประมาณ ${fy}`,
          assignee: 'นายวีระ แผนดี',
          cells: { start: n(fyStart(fy)), ...doneBy(planSchedule(fy), today) },
          story: 'ตามปฏิทินของปีงบประมาณ: เสร็จทีละขั้นตอน',
        },
      ],
    },
  ];
}
