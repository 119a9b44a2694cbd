import { AUTHORITY, FILE, LEGAL_STUDY, type Procedure, STUDENT, STUDY_RULES, UNIT } from './shared';

export const studyLeaveExtension: Procedure = {
  id: '001-study-leave-extension',
  th: 'การขยายเวลาศึกษาต่อ',
  en: 'Extension of study leave',
  manual: '001',
  unit: UNIT,
  source: { file: FILE, section: '๘. งานลาศึกษาต่อ: การขยายเวลาศึกษาต่อ (๕.๑-๕.๓, ๕.๕)', lines: [760, 940] },
  caseIs: { th: 'คำขอขยายเวลาศึกษาต่อ ๑ ครั้ง', en: 'One extension request' },
  fields: [
    {
      id: 'contract-end',
      th: 'วันสิ้นสุดสัญญาลาศึกษา',
      en: 'End date of the study-leave contract',
      type: 'date',
    },
  ],
  legal: LEGAL_STUDY,
  forms: ['สัญญาขยายเวลาศึกษาต่อ', 'สัญญาค้ำประกัน (เพิ่มเติม)'],
  steps: [
    {
      id: 'submit-request',
      th: 'เสนอหลักฐานการขยายระยะเวลาศึกษาต่อ',
      en: 'The official on leave files the extension request with evidence',
      role: STUDENT,
      deadline: { kind: 'before', n: 30, unit: 'calendar-days', field: 'contract-end' },
      words: 'ก่อนสิ้นสุดสัญญาไม่น้อยกว่า ๓๐ วัน',
      unitSource: `${STUDY_RULES} restated at lines 760, 798 and 860; abroad, ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการให้ข้าราชการไปศึกษา ฝึกอบรม ปฏิบัติการวิจัยและดูงาน ณ ต่างประเทศ พ.ศ. ๒๕๔๙ (๘.๗), line 938: a notice the rules require of the official on leave`,
    },
    {
      id: 'approve-extension',
      th: 'อนุญาตการขยายเวลาศึกษาต่อระดับปริญญาโท และปริญญาเอก',
      en: 'Approve the extension (master’s or doctoral study)',
      role: AUTHORITY,
      deadline: { kind: 'none' },
      note: 'At most 1 semester each time, at most twice, or at most 1 academic year.',
    },
    {
      id: 'sign-contract',
      th: 'จัดทำสัญญาขยายเวลาศึกษาต่อ และสัญญาค้ำประกันเพิ่มเติม',
      en: 'Sign an extension contract and an additional guarantee',
      role: STUDENT,
      deadline: { kind: 'none' },
      note: 'Required for every extension.',
    },
    {
      id: 'issue-order',
      th: 'จัดทำคำสั่งขยายเวลาศึกษาต่อ',
      en: 'Issue the extension order',
      role: AUTHORITY,
      deadline: { kind: 'none' },
    },
    {
      id: 'report-obec',
      th: 'รายงานจำนวนข้าราชการที่ได้รับอนุญาตให้ขยายเวลาศึกษาให้ สพฐ. ทราบทุกภาคการศึกษา',
      en: 'Report the number of extensions to OBEC every semester',
      role: AUTHORITY,
      deadline: { kind: 'none' },
    },
  ],
  notes: [
    'Merged: the same text repeats in ๕.๑-๕.๓ and ๕.๕; it has no table or flow chart of its own.',
    'Not allowed for summer-session study.',
    'Abroad (line 938) reads ภายใน ๓๐ วันก่อนสิ้นสุดสัญญา; the others read ไม่น้อยกว่า ๓๐ วัน (at least 30 days before), encoded here.',
  ],
};
