import { BOTH, FILE, NONE, OFFICE, POLICY_NOTE, POLICY_SECTION, type Procedure } from './shared';

export const ethicsDisciplineGuideline: Procedure = {
  id: '002-ethics-discipline-guideline',
  th: 'นโยบายด้านการส่งเสริมจริยธรรมและรักษาวินัยของบุคลากร',
  en: 'HR policy 7: ethics and discipline',
  manual: '002',
  unit: BOTH,
  source: { file: FILE, section: `${POLICY_SECTION} ข้อ 7`, lines: [715, 725] },
  caseIs: { th: 'ปีงบประมาณหนึ่งปี', en: 'One fiscal year' },
  fields: [],
  legal: [],
  forms: ['ประกาศเจตจำนงสุจริต', 'NO Gift Policy'],
  checklist: true,
  steps: [
    {
      id: 'discipline-knowledge',
      th: 'เสริมสร้างความรู้เกี่ยวกับวินัยและการรักษาวินัยให้แก่บุคลากรในสังกัด',
      en: 'Train staff on discipline and keeping discipline',
      role: OFFICE,
      deadline: NONE,
    },
    {
      id: 'standards-conduct',
      th: 'ปฏิบัติงานตามมาตรฐาน สอดคล้องหลักศีลธรรม ความโปร่งใส การให้บริการที่ดี และการมุ่งผลสัมฤทธิ์ของงาน',
      en: 'Work to standard: morality, transparency, good service, results',
      role: OFFICE,
      deadline: NONE,
    },
    {
      id: 'integrity-no-gift',
      th: 'จัดทำประกาศเจตจำนงสุจริต และประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิด (NO Gift Policy)',
      en: 'Publish the integrity declaration and the No Gift Policy',
      role: OFFICE,
      deadline: NONE,
    },
    {
      id: 'promote-ethics',
      th: 'ส่งเสริมการปลูกจิตสำนึกให้บุคลากรยึดมั่นในคุณธรรมจริยธรรม รักษาวินัย และเคารพกฎหมาย',
      en: 'Foster ethics, self-discipline and respect for the law',
      role: OFFICE,
      deadline: NONE,
    },
  ],
  notes: [POLICY_NOTE, 'Missing from the extract; added from the original.'],
};
