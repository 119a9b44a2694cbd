/**
 * The demo workbook: an education office's shared register as of a given day, built through the
 * bundle's own entry points (`createRegister` makes every register tab), then typed into the way
 * officers type: BE dates as text (22/11/2569), Thai month names, Thai digits, a date picked from the
 * date picker, assignees by email and by name, a bad date and an assignee who is not in People.
 *
 * Every case is placed relative to `today` on the Thai government calendar, so whatever the day the
 * workbook holds every state Kamnot knows. Deterministic: the same day gives the same workbook.
 */
import { calendarNamed } from '../../core/calendar/calendars';
import { rollToWorkingDay, workday } from '../../core/calendar/counting';
import { manuals, procedureById } from '../../core/catalog/catalogue';
import type { Procedure } from '../../core/catalog/schema';
import { type Day, dayFromYmd, isoFromDay, ymdFromDay } from '../../core/dates/civil';
import { fiscalQuarter, fiscalQuarterRange, fiscalYearBe } from '../../core/dates/fiscal';
import { formatDate } from '../../core/dates/format';
import { BE_OFFSET, toThaiDigits } from '../../core/dates/names';
import type { CaseState } from '../../core/engine/types';
import { registerLayout } from '../../core/register/layout';
import type { LoadOptions, Runtime, SpreadsheetSeed } from '../runtime';
import { loadBundle } from '../runtime';

export const DEMO_ZONE = 'Asia/Bangkok';

/** A Thai office's workbook: Bangkok time, Thai locale (typed d/m/yyyy is read day first). */
export const DEMO_SPREADSHEET: SpreadsheetSeed = {
  name: 'ทะเบียนงานบุคคลและพัฒนาครู สพป. (ตัวอย่าง Kamnot)',
  timeZone: DEMO_ZONE,
  locale: 'th_TH',
  sheets: [{ name: 'Sheet1' }],
};

export interface DemoPerson {
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly supervisor: string;
  readonly active: boolean;
  readonly lang: '' | 'th' | 'en';
  /** What the person does, for the reader of the demo. */
  readonly position: string;
}

const DIRECTOR = 'director@example.org';
const DEPUTY = 'deputy@example.org';
const DEV_HEAD = 'somsak@example.org';
const HR_HEAD = 'rattana@example.org';
const PLAN_HEAD = 'weera@example.org';

/** The chain of command: officers → group director → deputy director → director. */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    name: 'ดร.ประเสริฐ ศรีวงศ์',
    email: DIRECTOR,
    role: 'director',
    supervisor: '',
    active: true,
    lang: '',
    position: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา',
  },
  {
    name: 'นางวิไลวรรณ ทองคำ',
    email: DEPUTY,
    role: 'deputy-director',
    supervisor: DIRECTOR,
    active: true,
    lang: '',
    position: 'รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา',
  },
  {
    name: 'นายสมศักดิ์ ใจดี',
    email: DEV_HEAD,
    role: 'group-director',
    supervisor: DEPUTY,
    active: true,
    lang: '',
    position: 'ผู้อำนวยการกลุ่มพัฒนาครูและบุคลากรทางการศึกษา',
  },
  {
    name: 'นางรัตนา บุญมา',
    email: HR_HEAD,
    role: 'group-director',
    supervisor: DEPUTY,
    active: true,
    lang: '',
    position: 'ผู้อำนวยการกลุ่มบริหารงานบุคคล',
  },
  {
    name: 'นายวีระ แผนดี',
    email: PLAN_HEAD,
    role: 'group-director',
    supervisor: DEPUTY,
    active: true,
    lang: '',
    position: 'ผู้อำนวยการกลุ่มนโยบายและแผน',
  },
  {
    name: 'นางสาวกนกวรรณ แก้วใส',
    email: 'kanokwan@example.org',
    role: 'officer',
    supervisor: DEV_HEAD,
    active: true,
    lang: '',
    position: 'นักทรัพยากรบุคคล กลุ่มพัฒนาครูฯ',
  },
  {
    name: 'นายธนพล มีสุข',
    email: 'thanaphon@example.org',
    role: 'officer',
    supervisor: DEV_HEAD,
    active: true,
    lang: '',
    position: 'นักทรัพยากรบุคคล กลุ่มพัฒนาครูฯ',
  },
  {
    name: 'นางสาวพิมพ์ชนก ศรีสุข',
    email: 'pimchanok@example.org',
    role: 'officer',
    supervisor: HR_HEAD,
    active: true,
    lang: 'en',
    position: 'นักทรัพยากรบุคคล กลุ่มบริหารงานบุคคล (อ่านอีเมลภาษาอังกฤษ)',
  },
  {
    name: 'นายอนุชา รักงาน',
    email: 'anucha@example.org',
    role: 'officer',
    supervisor: HR_HEAD,
    active: true,
    lang: '',
    position: 'นักทรัพยากรบุคคล กลุ่มบริหารงานบุคคล',
  },
  {
    name: 'นางสมพร เกษียณสุข',
    email: 'somporn@example.org',
    role: 'officer',
    supervisor: HR_HEAD,
    active: false,
    lang: '',
    position: 'ย้ายไปสังกัดอื่นแล้ว (ไม่ใช้งาน)',
  },
];

/** Typed into a register as this text, not a person in People: reminders for it cannot go anywhere. */
export const UNKNOWN_ASSIGNEE = 'ครูสมหมาย ใจเย็น';
/** A date no calendar has (30 days in June), typed as text. */
export const BAD_DATE = '31 มิ.ย. 2569';

export interface DemoCase {
  /** Typed case id; '' lets Kamnot give one. */
  readonly id: string;
  readonly subject: string;
  /** As typed: an email (any case) or a name from People, or someone who is not there. */
  readonly assignee: string;
  /** Input cells by column key (`start`, `field:<id>`, `done:<step>`, `due:<step>`, `hold-from`, `status`…). */
  readonly cells: Readonly<Record<string, string>>;
  /** The state the case is built to have on a working day; absent when it follows the calendar. */
  readonly intended?: CaseState;
  /** What the case is, in a few words. */
  readonly story: string;
}

export interface DemoRegisterPlan {
  readonly procedureId: string;
  readonly cases: readonly DemoCase[];
}

export interface DemoRegister {
  readonly procedure: Procedure;
  readonly manual: string;
  /** The tab createRegister made. */
  readonly tab: string;
  readonly cases: readonly DemoCase[];
  /** Column letters of Kamnot's state column and the case id column. */
  readonly columns: { readonly caseId: string; readonly state: string; readonly lastInput: string };
}

export interface DemoWorkbook {
  readonly today: Day;
  readonly people: readonly DemoPerson[];
  readonly registers: readonly DemoRegister[];
}

/** How a date is typed: the ways offices write them. */
type Typed = 'numeric' | 'short' | 'long-thai' | 'thai-numeric' | 'picked';

function typed(day: Day, how: Typed): string {
  switch (how) {
    case 'numeric':
      return formatDate(day, { style: 'numeric' }); // 22/11/2569 (Sheets takes it for a date in 2569 CE)
    case 'short':
      return formatDate(day, { style: 'short' }); // 22 พ.ย. 2569
    case 'long-thai':
      return formatDate(day, { style: 'long', thaiDigits: true }); // ๒๒ พฤศจิกายน ๒๕๖๙
    case 'thai-numeric':
      return formatDate(day, { style: 'numeric', thaiDigits: true }); // ๒๒/๑๑/๒๕๖๙
    case 'picked':
      return isoFromDay(day); // the date picker: a real date cell
  }
}

/**
 * Which registers the demo has and the cases in them, as of `today`. Pure: no runtime.
 * Procedures with `after`, `before` and calendar deadlines from each of the five manuals.
 */
export function demoPlan(today: Day): DemoRegisterPlan[] {
  const cal = calendarNamed('TH');
  const back = (n: number) => workday(cal, today, -n);
  const ahead = (n: number) => workday(cal, today, n);
  /** The last working day on or before a date. */
  const onOrBefore = (day: Day) => rollToWorkingDay(cal, day, -1);
  const firstWorkingDay = (day: Day) => rollToWorkingDay(cal, day, 1);
  const n = (day: Day) => typed(day, 'numeric');
  const s = (day: Day) => typed(day, 'short');
  const lt = (day: Day) => typed(day, 'long-thai');
  const tn = (day: Day) => typed(day, 'thai-numeric');
  const p = (day: Day) => typed(day, 'picked');
  const be = ymdFromDay(today).y + BE_OFFSET;
  const fy = fiscalYearBe(today);
  const quarter = fiscalQuarter(today);

  // Fiscal-year schedules (done dates in step order): a plan is done step by step as the year goes by.
  const fyStart = (fyBe: number) => dayFromYmd(fyBe - BE_OFFSET - 1, 10, 1);
  const onDay = (fyBe: number, month: number, d: number) => {
    const y = fyBe - BE_OFFSET - (month >= 10 ? 1 : 0);
    return onOrBefore(dayFromYmd(y, month, d));
  };
  const planSchedule = (fyBe: number): [string, Day][] => [
    ['study-policy-budget', onDay(fyBe, 10, 20)],
    ['review-strategies', onDay(fyBe, 10, 24)],
    ['set-targets', onDay(fyBe, 10, 28)],
    ['draft-plan', onDay(fyBe, 12, 15)],
    ['propose-pec', onDay(fyBe, 12, 18)],
    ['publish-plan', onDay(fyBe, 12, 22)],
    ['support-school-plans', onDay(fyBe, 12, 24)],
    ['report-q1', onDay(fyBe, 12, 28)],
    ['report-q2', onDay(fyBe, 3, 25)],
    ['report-q3', onDay(fyBe, 6, 24)],
    ['report-q4', onDay(fyBe, 9, 22)],
  ];
  const manpowerSchedule = (fyBe: number): [string, Day][] => [
    ['request-workload-nov', onDay(fyBe, 11, 20)],
    ['committee-dec', onDay(fyBe, 12, 18)],
    ['committee-apr', onDay(fyBe, 4, 24)],
    ['request-workload-jun', onDay(fyBe, 6, 5)],
    ['committee-q4', onDay(fyBe, 9, 22)],
  ];
  /** Done cells for the steps whose scheduled day is before `until`, typed in turn in several ways. */
  const doneBy = (schedule: [string, Day][], until: Day, skip: readonly string[] = []) => {
    const ways = [s, n, lt, p];
    const cells: Record<string, string> = {};
    schedule
      .filter(([id, day]) => day < until && !skip.includes(id))
      .forEach(([id, day], i) => {
        cells[`done:${id}`] = ways[i % ways.length]!(day);
      });
    return cells;
  };
  // Salary rounds: one per fiscal quarter, planned for that quarter.
  const previousQuarter =
    quarter === 1 ? { fy: fy - 1, q: 4 as const } : { fy, q: (quarter - 1) as 1 | 2 | 3 };
  const previousRound = firstWorkingDay(fiscalQuarterRange(previousQuarter.fy, previousQuarter.q).first);
  const currentRound = firstWorkingDay(fiscalQuarterRange(fy, quarter).first);
  // A licence whose 180-working-day renewal lead ended two working days ago, and one far off (in
  // calendar days: near the end of the shipped holiday years Kamnot then asks for next year's days).
  const within = (from: Day, n: number): Day | null => {
    try {
      return workday(cal, from, n);
    } catch {
      return null; // past the shipped holiday years: Kamnot itself says so on the row
    }
  };
  const licenceLate = within(back(2), 180);
  const licenceLater = today + 330;
  const licenceDone = within(back(10), 180) ?? back(10) + 260;

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
          intended: 'due-soon',
          story: 'ต้องเสนอไม่น้อยกว่า 30 วันก่อนสัญญาสิ้นสุด',
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
            'done:budget-pool': n(workday(cal, previousRound, 10)),
            'done:other-personnel': n(workday(cal, previousRound, 20)),
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
      procedureId: '003-resignation-leaving-service',
      cases: [
        {
          id: `ลอ.01/${be}`,
          subject: 'ครูชูชาติ ขอลาออกจากราชการ',
          assignee: 'pimchanok@example.org',
          cells: { start: n(back(10)), 'field:requested-date': n(back(3) + 30) },
          intended: 'overdue',
          story: 'ต้องยื่นไม่น้อยกว่า 30 วันก่อนวันขอลาออก: เลยมา 3 วันทำการ',
        },
        {
          id: `ลอ.02/${be}`,
          subject: 'ครูนงลักษณ์ ขอลาออกเพื่อดูแลบิดามารดา',
          assignee: 'นายอนุชา รักงาน',
          cells: { start: s(back(1)), 'field:requested-date': s(today + 30) },
          intended: 'due-today',
          story: 'ขอลาออกอีก 30 วัน: วันนี้วันสุดท้าย',
        },
        {
          id: `ลอ.03/${be}`,
          subject: 'ครูธีรวัฒน์ ขอลาออก (ผู้รับผิดชอบพิมพ์ชื่อครูแทนเจ้าหน้าที่)',
          assignee: UNKNOWN_ASSIGNEE,
          cells: { start: n(back(6)), 'field:requested-date': n(back(1) + 30) },
          intended: 'overdue',
          story: 'ผู้รับผิดชอบไม่อยู่ในแท็บ People: ส่งอีเมลไม่ได้ Kamnot แจ้งปัญหา',
        },
        {
          id: `ลอ.04/${be}`,
          subject: 'ครูบุญเรือน ขอลาออก',
          assignee: 'somporn@example.org',
          cells: { start: n(back(7)), 'field:requested-date': n(back(4) + 30) },
          intended: 'overdue',
          story: 'ผู้รับผิดชอบย้ายไปแล้ว (ไม่ใช้งาน): ไม่ส่งอีเมลถึง Kamnot แจ้งปัญหา',
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
          cells: { start: n(back(20)), 'field:licence-expiry': n(licenceLate ?? back(2) + 260) },
          ...(licenceLate === null ? {} : { intended: 'overdue' as const }),
          story: 'ต้องยื่นก่อนหมดอายุ 180 วัน: เลยมา 2 วันทำการ',
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

/** Column letter (1 = A). */
export function letter(column: number): string {
  let out = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26))
    out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

/** The People tab's rows, as an office types them (TRUE/FALSE as text, a blank language). */
export function peopleRows(people: readonly DemoPerson[] = DEMO_PEOPLE): string[][] {
  return people.map((x) => [x.name, x.email, x.role, x.supervisor, x.active ? 'TRUE' : 'FALSE', x.lang]);
}

/**
 * Builds the demo workbook in `runtime` (which should hold `DEMO_SPREADSHEET`): every register tab
 * through the bundle's `createRegister`, then People and the cases typed in (edits, as people make
 * them: no service call is counted).
 */
export function buildDemoWorkbook(runtime: Runtime, today: Day): DemoWorkbook {
  const registers: DemoRegister[] = [];
  for (const plan of demoPlan(today)) {
    const procedure = procedureById(plan.procedureId);
    if (!procedure) throw new Error(`demo: no procedure ${plan.procedureId}`);
    const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', plan.procedureId) as string;
    const layout = registerLayout(procedure);
    const header = runtime.spreadsheet.values(tab, `A1:${letter(layout.inputs.length)}1`)[0] ?? [];
    layout.inputs.forEach((c, i) => {
      if (header[i] !== `${c.header.th} / ${c.header.en}`)
        throw new Error(`demo: ${tab} column ${letter(i + 1)} is "${String(header[i])}", not ${c.key}`);
    });
    const at = new Map(layout.inputs.map((c, i) => [c.key, i]));
    const rows = plan.cases.map((c) => {
      const row: string[] = layout.inputs.map(() => '');
      const put = (key: string, value: string) => {
        const i = at.get(key);
        if (i === undefined) throw new Error(`demo: ${plan.procedureId} has no column ${key}`);
        row[i] = value;
      };
      put('case-id', c.id);
      put('subject', c.subject);
      put('assignee', c.assignee);
      for (const [key, value] of Object.entries(c.cells)) put(key, value);
      return row;
    });
    const lastInput = letter(layout.inputs.length);
    if (rows.length > 0) runtime.spreadsheet.edit(tab, `A2:${lastInput}${rows.length + 1}`, rows);
    registers.push({
      procedure,
      manual: procedure.manual,
      tab,
      cases: plan.cases,
      columns: {
        caseId: 'A',
        state: letter(layout.inputs.length + layout.computed.findIndex((c) => c.key === 'kamnot:state') + 1),
        lastInput,
      },
    });
  }
  const people = peopleRows();
  runtime.spreadsheet.edit('People', `A2:F${people.length + 1}`, people);
  return { today, people: DEMO_PEOPLE, registers };
}

/** The instant of `hour`:`minute` on `day` in Bangkok (UTC+7 all year). */
export function bangkokInstant(day: Day, hour: number, minute = 0): number {
  return Date.UTC(1970, 0, 1 + day, hour - 7, minute);
}

/** A runtime holding the demo spreadsheet, its clock at `hour` on `day` in Bangkok. */
export function demoRuntime(code: string, day: Day, hour: number, options: LoadOptions = {}): Runtime {
  return loadBundle(code, {
    spreadsheet: DEMO_SPREADSHEET,
    start: bangkokInstant(day, hour),
    deployment: 'bound',
    user: DEV_HEAD,
    ...options,
  });
}

/** The manual of each id, for summaries: "000" → its office. */
export function manualOffice(id: string): string {
  return manuals().find((m) => m.id === id)?.office.th ?? id;
}
