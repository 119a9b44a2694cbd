import { APPLICANT, FILE, HEAD, NONE, type Procedure, UNIT } from './shared';

export const governmentIdCard: Procedure = {
  id: '003-government-id-card',
  th: 'ทะเบียนประวัติการขอมีบัตรประจำตัวเจ้าหน้าที่ของรัฐ',
  en: 'State official ID card application',
  manual: '003',
  unit: UNIT,
  source: {
    file: FILE,
    section: 'ชื่องาน : ทะเบียนประวัติการขอมอบบัตรประจำตัวเจ้าหน้าที่ของรัฐ',
    lines: [1431, 1489],
  },
  caseIs: { th: 'หนึ่งคำขอมีบัตร', en: 'One card application' },
  fields: [
    {
      id: 'event-date',
      th: 'วันที่เกิดเหตุ (บัตรหาย/หมดอายุ/เปลี่ยนชื่อ/ย้าย)',
      en: 'Date of the event (card lost or expired, name change, transfer)',
      type: 'date',
    },
  ],
  legal: [
    'พ.ร.บ.บัตรประจำตัวเจ้าหน้าที่ของรัฐ พ.ศ. 2542',
    'กฎกระทรวงว่าด้วยบัตรลูกจ้าง พ.ศ. 2531',
    'สำนักนายกรัฐมนตรี ที่ นร 0106/2177 (24 ม.ค. 2550) บัตรพนักงานราชการ (พิมพ์ 01062177)',
    'สำนักนายกรัฐมนตรี ที่ นร 0106/745 (4 พ.ค. 2552) ห้ามใช้คำนำหน้านาม ดร.',
  ],
  forms: [
    'แบบคำขอมีบัตรประจำตัวเจ้าหน้าที่ของรัฐ (ต้นฉบับ 1 ฉบับ)',
    'รูปถ่าย 2.5 x 3 ซม. 2 รูป (ไม่เกิน 6 เดือน)',
    'สำเนาทะเบียนบ้านหรือสำเนาบัตรประชาชน',
    'สำเนาบัตรเก่า',
    'ใบแจ้งความ (บัตรหาย)',
    'สำเนาคำสั่งแต่งตั้ง / ย้าย / ประกาศเกษียณอายุราชการ',
  ],
  branches: [
    {
      id: 'delivery',
      th: 'การรับบัตร',
      en: 'Card delivery',
      options: [
        { id: 'hand-over-in-person', th: 'ไปรับด้วยตนเอง', en: 'In person at the ESA' },
        { id: 'hand-over-post', th: 'ส่งทางไปรษณีย์', en: 'By post' },
      ],
      added: 'issue 15: the re-audit against the manual',
    },
  ],
  steps: [
    {
      id: 'apply',
      th: 'เขียนคำร้องขอมีบัตร ณ กลุ่มบริหารงานบุคคล พร้อมรูปถ่าย บัตรเดิม สำเนาทะเบียนบ้าน ใบแจ้งความ สำเนาคำสั่ง',
      en: 'Write the card application at the personnel group with photo, old card, ID copies and orders',
      role: APPLICANT,
      deadline: {
        kind: 'after',
        n: 30,
        unit: 'calendar-days',
        from: { type: 'field', field: 'event-date' },
      },
      words: 'ให้ยื่นภายใน 30 วัน',
      unitSource:
        "พ.ร.บ.บัตรประจำตัวเจ้าหน้าที่ของรัฐ พ.ศ. 2542 (listed at line 1508; no section printed), as line 1441 restates it: a limit on the card holder, not the office's service time",
      effortMinutes: 5,
    },
    {
      id: 'check-documents',
      th: 'เจ้าหน้าที่ตรวจสอบเอกสารหลักฐาน / แบบคำขอมีบัตร',
      en: 'Officer checks the evidence and the application form',
      role: HEAD,
      deadline: NONE,
      words: '5 นาที',
      effortMinutes: 5,
    },
    {
      id: 'send-esa',
      th: 'เจ้าหน้าที่ออกหนังสือนำส่งและจัดส่งไปยังสำนักงานเขตพื้นที่การศึกษา',
      en: 'Officer sends the application to the ESA with a covering letter',
      role: HEAD,
      deadline: NONE,
      words: '5 นาที',
      effortMinutes: 5,
    },
    {
      id: 'hand-over-in-person',
      th: 'การจ่ายบัตรข้าราชการ กรณีไปส่งด้วยตนเอง ณ สำนักงานเขตพื้นที่การศึกษา',
      en: 'Card handed out: when fetched in person at the ESA',
      role: HEAD,
      deadline: NONE,
      words: '15 นาที',
      effortMinutes: 15,
      branch: 'delivery',
    },
    {
      id: 'hand-over-post',
      th: 'การจ่ายบัตรข้าราชการ กรณีจัดส่งทางไปรษณีย์',
      en: 'Card handed out: when sent by post',
      role: HEAD,
      deadline: { kind: 'after', n: 7, unit: 'days', from: { type: 'step', step: 'send-esa' } },
      words: 'ภายใน 7 วัน',
      branch: 'delivery',
    },
  ],
  notes: [
    'Apply within 30 days of: card lost, destroyed or damaged; expiry; change of name; change of position or transfer (line 1441).',
    'Steps hand-over-in-person and hand-over-post are alternatives. The source writes ขอมอบบัตร / ขอมิบัตร for ขอมีบัตร.',
    'Form rules: no ดร. title; pensioners give their last position; photo not older than 6 months.',
  ],
};
