import { APPLICANT, FILE, HEAD, MANUAL, NONE, PREV, type Procedure, UNIT } from './shared';

export const royalDecorations: Procedure = {
  id: '003-royal-decorations',
  th: 'การเสนอขอพระราชทานเครื่องราชอิสริยาภรณ์',
  en: 'Royal decoration requests',
  manual: '003',
  unit: UNIT,
  source: { file: FILE, section: 'ชื่องาน : การเสนอขอพระราชทานเครื่องราชอิสริยาภรณ์', lines: [1286, 1313] },
  caseIs: { th: 'หนึ่งรอบการสำรวจของ สพม.', en: 'One ESA survey round' },
  fields: [],
  legal: [
    'แนวปฏิบัติในการขอพระราชทานเครื่องราชอิสริยาภรณ์และเหรียญจักรพรรดิ ข้าราชการครูและบุคลากรทางการศึกษา',
    'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการขอพระราชทานเครื่องราชอิสริยาภรณ์ช้างเผือกและมงกุฎไทย พ.ศ. ๒๕๖๔',
  ],
  forms: ['คำขอพระราชทานเครื่องราชอิสริยาภรณ์', 'แบบสำรวจของ สพม.'],
  steps: [
    {
      id: 'esa-survey',
      th: 'สำนักงานเขตพื้นที่การศึกษาแจ้งสถานศึกษาให้สำรวจและรวบรวมคำขอเครื่องราชฯ ตามระเบียบ',
      en: 'The ESA asks the school to survey and collect decoration requests',
      role: HEAD,
      deadline: MANUAL,
      words: 'ก่อนยื่นแบบสำรวจ',
      note: 'The survey due date is set by the ESA each year.',
    },
    {
      id: 'inform-staff',
      th: 'เจ้าหน้าที่แจ้งรายละเอียดและหลักเกณฑ์การขอเครื่องราชอิสริยาภรณ์ให้ข้าราชการครูทราบ',
      en: 'Officer informs staff of the details and criteria',
      role: HEAD,
      deadline: NONE,
      words: '5 นาที',
      effortMinutes: 5,
    },
    {
      id: 'submit-request',
      th: 'ผู้ประสงค์ขอเครื่องราชอิสริยาภรณ์เขียนคำขอและเอกสารที่เกี่ยวข้องส่งมายังกลุ่มบริหารงานบุคคล',
      en: 'Applicants write the request and send documents to the personnel group',
      role: APPLICANT,
      deadline: { kind: 'after', n: 3, unit: 'days', from: PREV },
      words: 'ภายใน 3 วัน',
    },
    {
      id: 'check-documents',
      th: 'เจ้าหน้าที่ตรวจสอบความถูกต้องของเอกสารและเสนอต่อผู้บังคับบัญชารับทราบ',
      en: 'Officer checks the documents and presents them to the superior',
      role: HEAD,
      deadline: { kind: 'after', n: 2, unit: 'days', from: PREV },
      words: 'ภายใน 2 วัน',
    },
    {
      id: 'send-esa',
      th: 'เจ้าหน้าที่จัดส่งคำขอและเอกสารไปยังสำนักงานเขตพื้นที่การศึกษา',
      en: 'Officer sends the requests and documents to the ESA',
      role: HEAD,
      deadline: { kind: 'after', n: 1, unit: 'days', from: PREV },
      words: 'ภายใน 1 วัน',
    },
  ],
  notes: [
    "Eligibility (lines 1290–1298): ต.ม. needs 5 years' service counted to 60 days before the King's birthday; ต.ช., ท.ม., ท.ช. by rank and salary; ป.ม. directors only, proposed before 1 October of the retirement year.",
  ],
};
