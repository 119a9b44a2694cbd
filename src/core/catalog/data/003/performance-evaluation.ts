import { FILE, NONE, OFFICER, PREV, type Procedure, STAFF, START, UNIT } from './shared';

export const performanceEvaluation: Procedure = {
  id: '003-performance-evaluation',
  th: 'การประเมินผลการปฏิบัติงาน',
  en: 'Performance evaluation',
  manual: '003',
  unit: UNIT,
  source: { file: FILE, section: 'ชื่องาน : การประเมินผลการปฏิบัติงาน', lines: [904, 930] },
  caseIs: { th: 'หนึ่งรอบการประเมิน', en: 'One evaluation cycle' },
  fields: [],
  legal: [
    'ก.ค.ศ. ที่ ศธ 0206.3/0635 (10 ต.ค. 2560) ชั่วโมงการปฏิบัติงานและการประเมินผลงาน',
    'ก.ค.ศ. ที่ ศธ 0206.3/ว20 (30 ต.ค. 2561) หลักเกณฑ์และวิธีการประเมินผลการปฏิบัติงาน',
    'ก.ค.ศ. ที่ ศธ 0206.3/ว6 (28 มี.ค. 2562) การประเมินผลการปฏิบัติงาน',
  ],
  forms: ['แบบประเมินผลการปฏิบัติงาน (ก.ค.ศ.)'],
  steps: [
    {
      id: 'set-standards',
      th: 'ประชาสัมพันธ์และกำหนดมาตรฐานการปฏิบัติงานและดัชนีชี้วัด',
      en: 'Publicise and set performance standards and indicators',
      role: OFFICER,
      deadline: { kind: 'after', n: 1, unit: 'months', from: START },
      words: '1 เดือน',
    },
    {
      id: 'perform-duties',
      th: 'ข้าราชการครูและบุคลากรทางการศึกษาปฏิบัติหน้าที่ที่ได้รับมอบหมาย',
      en: 'Staff carry out their assigned duties',
      role: STAFF,
      deadline: NONE,
      words: 'ตลอดระยะเวลาปฏิบัติหน้าที่',
    },
    {
      id: 'evaluate',
      th: 'ดำเนินการประเมินผลการปฏิบัติงานตามหลักเกณฑ์และวิธีการตามข้อ 1',
      en: 'Evaluate staff performance with the criteria of step 1',
      role: OFFICER,
      deadline: { kind: 'after', n: 15, unit: 'days', from: PREV },
      words: 'ภายใน 15 วัน',
    },
    {
      id: 'use-results',
      th: 'สรุปผลการประเมินและนำผลการประเมินไปใช้ประโยชน์ในการบริหารงานบุคคลของสถานศึกษา',
      en: "Summarise the results and use them in the school's personnel work",
      role: OFFICER,
      deadline: NONE,
    },
    {
      id: 'report-esa',
      th: 'รายงานผลการประเมินการปฏิบัติงานในส่วนที่สำนักงานเขตพื้นที่การศึกษาร้องขอ',
      en: 'Report the results the ESA asks for',
      role: OFFICER,
      deadline: NONE,
    },
  ],
  notes: [
    'Steps 4–5 print "-" as time. Duty items are numbered 3.1–3.4 in the source.',
    'The salary procedure gives the evaluation periods 1 Oct–31 Mar and 1 Apr–30 Sep.',
  ],
};
