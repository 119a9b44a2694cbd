/** Help: what Kamnot does, what the colours and states mean, where to go next. Static, both languages. */
import { clear, el } from './dom';
import { tr } from './i18n';

const SECTIONS: readonly [string, string, string, string][] = [
  [
    'Kamnot ทำอะไร',
    'What Kamnot does',
    'แต่ละแท็บทะเบียนคือกระบวนงานหนึ่งเรื่อง Kamnot รู้ระยะเวลามาตรฐานของแต่ละขั้นตอน คำนวณวันครบกำหนดตามวันทำการราชการ ระบายสีแถวที่ใกล้หรือเกินกำหนด และส่งอีเมลสรุปวันละหนึ่งฉบับต่อคน',
    "Each register tab follows one procedure. Kamnot knows each step's time standard, computes due dates on the Thai government working-day calendar, colours rows that are due soon or overdue, and mails one digest a day per person.",
  ],
  [
    'กรอกเรื่องใหม่',
    'Typing a case',
    'พิมพ์เรื่อง ผู้รับผิดชอบ (อีเมลหรือชื่อในแท็บ People) และวันที่รับเรื่อง เช่น 22/11/2569 เมื่อทำขั้นตอนใดเสร็จ ใส่วันที่ในคอลัมน์ "เสร็จ:" ของขั้นตอนนั้น คอลัมน์สีเทาเป็นของ Kamnot ไม่ต้องแก้',
    'Type the subject, the assignee (an email or a name from People) and the date received, e.g. 22/11/2569. When a step is done, put the date in its "Done:" column. The grey columns are Kamnot\'s: leave them.',
  ],
  [
    'พักเรื่อง',
    'Holds',
    'ถ้ารอหน่วยงานอื่น ใส่ "พักเรื่องตั้งแต่" และ "พักเรื่องถึง" วันที่พักไม่นับเวลา',
    'While waiting on someone else, fill "On hold from" and "On hold until": held days do not count.',
  ],
  [
    'สี',
    'Colours',
    'แดง = เกินกำหนด · ส้ม = ครบกำหนดวันนี้ · เหลือง = ใกล้ครบกำหนด สีเปลี่ยนเองทุกวันแม้ไม่มีการตรวจ',
    'Red = overdue · orange = due today · yellow = due soon. The colours move with the day even between checks.',
  ],
  [
    'อีเมล',
    'Mail',
    'ทุกวันทำการ ตามชั่วโมงที่ตั้งไว้ แต่ละคนได้อีเมลสรุปหนึ่งฉบับ หัวหน้าได้รายการเรื่องที่เกินกำหนดของทีม ไม่มีอีเมลซ้ำ',
    "Every working day at the hour set, each person gets one digest; supervisors get their team's overdue cases. Nothing is sent twice.",
  ],
  [
    'วันหยุดปีหน้า',
    "Next year's holidays",
    'เมื่อ ครม. ประกาศวันหยุดปีหน้า เพิ่มวันหยุดพิเศษในแท็บ Holidays หรือในหน้าตั้งค่า หน้าภาพรวมจะเตือนเมื่อยังไม่มีข้อมูลปีหน้า',
    "When the cabinet announces next year's days off, add any extra ones in the Holidays tab or in Settings. Home warns when next year is missing.",
  ],
  [
    'เมื่อมีอะไรไม่ทำงาน',
    'When something does not work',
    'หน้า "ตรวจ" → ตรวจเดี๋ยวนี้ (หรือเมนู ตรวจความพร้อม) Kamnot ตรวจบนบัญชีของคุณและบอกสิ่งที่ต้องทำทีละข้อ ถ้ายังไม่หาย กด "คัดลอกรายงาน" ส่งให้ผู้ดูแลระบบ',
    'Check → Run the check (or the menu\'s Check this installation): Kamnot checks on your account and says what to do, item by item. If that does not fix it, press "Copy the report" and send it to your support.',
  ],
];

export function renderHelp(panel: HTMLElement): void {
  clear(panel);
  panel.append(el('h2', {}, tr('วิธีใช้', 'Help')));
  for (const [th, en, bodyTh, bodyEn] of SECTIONS)
    panel.append(el('h3', {}, tr(th, en)), el('p', {}, tr(bodyTh, bodyEn)));
  panel.append(
    el(
      'p',
      { class: 'muted' },
      tr(
        'คู่มือฉบับเต็ม: docs/คู่มือ.md ในที่เก็บโค้ดของ Kamnot',
        'The full guide: docs/คู่มือ.md in the Kamnot repository',
      ),
    ),
  );
}

export function loadHelp(): void {
  // Nothing to ask the server.
}
