import { AUTHORITY, FILE, GROUP, LEGAL_STUDY, type Procedure, STUDENT, STUDY_RULES, UNIT } from './shared';

export const studyLeaveReturnToDuty: Procedure = {
  id: '001-study-leave-return-to-duty',
  th: 'การกลับเข้าปฏิบัติราชการตามเดิมหลังจากลาศึกษาต่อ',
  en: 'Return to duty after study leave',
  manual: '001',
  unit: UNIT,
  source: {
    file: FILE,
    section: '๘. งานลาศึกษาต่อ: การกลับเข้าปฏิบัติราชการตามเดิม (๕.๑-๕.๕, ๖.๖)',
    lines: [762, 982],
  },
  caseIs: { th: 'ผู้ลาศึกษาต่อที่กลับเข้าปฏิบัติราชการ ๑ ราย', en: 'One official returning from study leave' },
  fields: [
    {
      id: 'study-end',
      th: 'วันที่ศึกษาครบตามหลักสูตรหรือครบกำหนดที่ได้รับอนุญาต',
      en: 'End of the course or of the permitted period',
      type: 'date',
    },
    { id: 'graduation-date', th: 'วันที่สำเร็จการศึกษา', en: 'Graduation date', type: 'date' },
  ],
  legal: LEGAL_STUDY,
  forms: [],
  steps: [
    {
      id: 'report-back',
      th: 'ยื่นคำร้องและรายงานตัวขอกลับเข้าปฏิบัติราชการต่อผู้มีอำนาจอนุญาต',
      en: 'File the petition and report back for duty to the authorising authority',
      role: { id: 'applicant', th: 'ข้าราชการที่ประสงค์จะกลับเข้าปฏิบัติราชการ', en: 'Returning official' },
      deadline: { kind: 'after', n: 0, unit: 'days', from: { type: 'field', field: 'study-end' } },
      words: 'เมื่อศึกษาครบตามหลักสูตร หรือตามที่ได้รับอนุญาตให้ไปศึกษา ต่อผู้มีอำนาจอนุญาตทันที',
    },
    {
      id: 'issue-return-order',
      th: 'จัดทำคำสั่งให้กลับเข้าปฏิบัติราชการ',
      en: 'Issue the return-to-duty order',
      role: AUTHORITY,
      deadline: { kind: 'none' },
      note: 'From the block at line 893.',
    },
    {
      id: 'send-degree-documents',
      th: 'ส่งเอกสารการได้รับอนุมัติปริญญาหรือประกาศนียบัตรรายงานผู้มีอำนาจอนุญาต',
      en: 'Send the degree or certificate documents to the authorising authority',
      role: STUDENT,
      deadline: { kind: 'none' },
    },
    {
      id: 'submit-thesis',
      th: 'ส่งวิทยานิพนธ์หรือรายงานผลการปฏิบัติการวิจัยฉบับสมบูรณ์ จำนวน ๒ ฉบับ ให้ส่วนราชการ',
      en: 'Hand in 2 complete copies of the thesis or research report',
      role: {
        id: 'applicant',
        th: 'ผู้ที่สำเร็จการศึกษาระดับปริญญาโท และปริญญาเอก',
        en: 'Master’s or doctoral graduate',
      },
      deadline: {
        kind: 'after',
        n: 45,
        unit: 'calendar-days',
        from: { type: 'field', field: 'graduation-date' },
      },
      words: 'ภายใน ๔๕ วัน นับตั้งแต่วันที่ สำเร็จการศึกษา',
      unitSource: `${STUDY_RULES} restated at line 768: a duty the rules lay on the graduate`,
      optional: true,
      note: 'Master’s and doctoral graduates only.',
    },
    {
      id: 'report-obec',
      th: 'รายงาน สพฐ. ทราบ และแจ้งกลุ่มบริหารงานบุคคลเพื่อดำเนินการในส่วนที่เกี่ยวข้อง',
      en: 'Report the return to OBEC and tell the personnel group',
      role: GROUP,
      deadline: { kind: 'after', n: 1, unit: 'days', from: { type: 'step', step: 'report-back' } },
      words: '๑ วัน',
      note: 'Period from the variant tables (e.g. line 1072).',
    },
  ],
  notes: [
    'Merged: the same items repeat in ๕.๑-๕.๕; flow chart ๖.๖ is an image missing from the text.',
    'The 45-day thesis rule is in ๕.๑ only (line 768); ๕.๒-๕.๓ ask for the research work with no period, ๕.๕ for results โดยด่วน.',
  ],
};
