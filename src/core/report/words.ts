/** The report's words, Thai first, in the terms offices use (กระบวนงาน, ขั้นตอน, ระยะเวลามาตรฐาน). */
import { type Msg, msg } from '../i18n/msg';

export const W = {
  title: msg('รายงานสถิติการให้บริการและความตรงต่อเวลา', 'Service statistics and timeliness report'),
  fiscalYear: (be: number, ce: number) => msg(`ปีงบประมาณ พ.ศ. ${be}`, `Fiscal year ${ce} (BE ${be})`),
  period: msg('ช่วงเวลา', 'Period'),
  scope: msg('ขอบเขต', 'Scope'),
  office: msg('ทั้งหน่วยงาน', 'The whole office'),
  unit: (u: Msg) => msg(`กลุ่มงาน: ${u.th}`, `Unit: ${u.en}`),
  person: (name: string) => msg(`ผู้รับผิดชอบ: ${name}`, `Person: ${name}`),
  asOf: (th: string, en: string) => msg(`ข้อมูล ณ วันที่ ${th}`, `Data as of ${en}`),
  noOffice: msg(
    '(ยังไม่ได้ตั้งชื่อหน่วยงาน: ใส่ที่ office-name ในแท็บ Settings)',
    '(no office name yet: set office-name in the Settings tab)',
  ),

  summary: msg('1. สรุปตามกระบวนงาน', '1. By procedure'),
  steps: msg('2. รายขั้นตอน: ระยะเวลาที่ใช้เทียบกับมาตรฐาน', '2. By step: working days taken against the standard'),
  breakdown: msg('3. รายเดือน รายไตรมาส รายครึ่งปี และทั้งปีงบประมาณ', '3. By month, quarter, half and fiscal year'),
  service: (item: string) =>
    item
      ? msg(`4. ข้อ ${item} ข้อมูลเชิงสถิติการให้บริการ`, `4. Item ${item}: service statistics`)
      : msg('4. ข้อมูลเชิงสถิติการให้บริการ', '4. Service statistics'),
  exceptions: msg('5. เรื่องที่เสร็จล่าช้าหรือเกินกำหนด', '5. Cases finished late or overdue'),
  cases: msg('6. ทะเบียนเรื่องในช่วงเวลานี้', '6. Every case of the period'),
  notes: msg('หมายเหตุ', 'Notes'),

  register: msg('กระบวนงาน (ทะเบียน)', 'Procedure (register)'),
  received: msg('รับเรื่อง', 'Received'),
  finished: msg('เสร็จ', 'Finished'),
  within: msg('เสร็จภายในมาตรฐาน', 'Within the standard'),
  late: msg('เสร็จล่าช้า', 'Finished late'),
  onTrack: msg('ค้าง: ตามกำหนด', 'Open: on track'),
  overdue: msg('ค้าง: เกินกำหนด', 'Open: overdue'),
  cancelled: msg('ยกเลิก', 'Cancelled'),
  rate: msg('ร้อยละตรงเวลา', 'On time %'),
  total: msg('รวม', 'Total'),

  step: msg('ขั้นตอน', 'Step'),
  standard: msg('ระยะเวลามาตรฐาน', 'Time standard'),
  open: msg('ค้าง (เกินกำหนด)', 'Open (overdue)'),
  median: msg('มัธยฐาน (วันทำการ)', 'Median (working days)'),
  p90: msg('เปอร์เซ็นไทล์ 90', '90th percentile'),
  allowed: msg('มาตรฐาน (วันทำการ)', 'Allowed (working days)'),

  month: msg('เดือน', 'Month'),
  serviceReceived: msg('จำนวนเรื่องที่รับ', 'Requests received'),
  serviceFinished: msg('ดำเนินการแล้วเสร็จ', 'Completed'),
  serviceWithin: msg('แล้วเสร็จตามระยะเวลามาตรฐาน', 'Completed within the standard'),
  servicePercent: msg('ร้อยละ', 'Percent'),
  unitOf: (u: Msg) => msg(`หน่วยงานที่รับผิดชอบ: ${u.th}`, `Responsible unit: ${u.en}`),

  docNo: msg('เลขที่หนังสือรับ', 'Document no.'),
  caseId: msg('รหัสเรื่อง', 'Case ID'),
  subject: msg('เรื่อง', 'Subject'),
  assignee: msg('ผู้รับผิดชอบ', 'Assignee'),
  receivedOn: msg('วันที่รับ', 'Received on'),
  finishedOn: msg('วันที่เสร็จ', 'Finished on'),
  waitingOn: msg('ขั้นตอนที่ค้าง', 'Waiting on'),
  due: msg('ครบกำหนด', 'Due'),
  state: msg('สถานะ', 'State'),
  tab: msg('แท็บ', 'Tab'),
  row: msg('แถว', 'Row'),
  none: msg('ไม่มีเรื่องในช่วงนี้', 'No cases in this period'),
  page: msg('หน้า', 'Page'),
  print: msg('พิมพ์', 'Print'),

  definitions: [
    msg(
      'รับเรื่อง: วันที่รับเรื่องอยู่ในช่วงเวลา · เสร็จ: วันที่ขั้นตอนสุดท้ายเสร็จอยู่ในช่วงเวลา · เสร็จภายในมาตรฐาน: ทุกขั้นตอนเสร็จไม่เกินวันครบกำหนด (วันพักเรื่องไม่นับ)',
      'Received: the date received falls in the period · Finished: the last step was done in the period · Within the standard: every step was done by its due date (days on hold do not count)',
    ),
    msg(
      'ค้าง: ยังไม่เสร็จเมื่อสิ้นช่วงเวลา (หรือวันนี้ ถ้ายังไม่สิ้นช่วง) ตามสถานะที่ Kamnot คำนวณในวันนั้น · ยกเลิก: นับในช่วงที่รับเรื่อง · ร้อยละตรงเวลา = เสร็จภายในมาตรฐาน ÷ เสร็จ × 100',
      'Open: not finished at the end of the period (or today, while it runs), in the state Kamnot computes for that day · Cancelled: counted in the period it was received · On time % = within the standard ÷ finished × 100',
    ),
    msg(
      'วันทำการที่ใช้: จากวันเริ่มนับของขั้นตอนถึงวันที่เสร็จ ไม่นับวันเริ่มและวันพักเรื่อง · มัธยฐาน = ค่ากลาง · เปอร์เซ็นไทล์ 90 = ค่าที่ 90% ของขั้นตอนใช้เวลาไม่เกิน (อันดับใกล้สุด)',
      'Working days taken: from the day the step’s clock started to the day it was done, neither the start day nor days on hold counted · Median = middle value · 90th percentile = the value 90% of the steps took at most (nearest rank)',
    ),
  ] as readonly Msg[],
  noStart: (n: number) =>
    msg(`${n} เรื่องไม่มีวันที่รับเรื่อง จึงไม่ได้นับ`, `${n} case(s) have no date received and are not counted`),
  closedNoDate: (n: number) =>
    msg(
      `${n} เรื่องปิดแล้วแต่ไม่มีวันที่เสร็จ จึงไม่ได้นับเป็นเสร็จในช่วงใด`,
      `${n} case(s) are closed without a completion date and count in no period as finished`,
    ),
  source: msg(
    'จัดทำโดย Kamnot จากทะเบียนในสมุดงาน นับวันทำการตามปฏิทินวันหยุดราชการที่ใช้ในแท็บ Settings และ Holidays',
    'Made by Kamnot from the workbook’s registers, counting working days on the calendar set in the Settings and Holidays tabs',
  ),
} as const;
