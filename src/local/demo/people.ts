/** The demo office's People: a chain from officers to the director, and the odd cases the demo needs. */

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
export const DEV_HEAD = 'somsak@example.org';
export const HR_HEAD = 'rattana@example.org';
export const PLAN_HEAD = 'weera@example.org';

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

/** The People tab's rows, as an office types them (TRUE/FALSE as text, a blank language). */
export function peopleRows(people: readonly DemoPerson[] = DEMO_PEOPLE): string[][] {
  return people.map((x) => [x.name, x.email, x.role, x.supervisor, x.active ? 'TRUE' : 'FALSE', x.lang]);
}
