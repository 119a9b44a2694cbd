import { FILE, GD, MANUAL, NONE, type Procedure, UNIT } from './shared';

export const groupOperatingPlan: Procedure = {
  id: '000-group-operating-plan',
  th: 'การกำหนดแผนการดำเนินงานตามกรอบภารกิจงานกลุ่มพัฒนาครูและบุคลากรทางการศึกษา',
  en: "Setting the group's operating plan from its mission framework",
  manual: '000',
  unit: UNIT,
  source: { file: FILE, section: 'มาตรฐานการปฏิบัติงาน หน้า ๒', lines: [78, 87] },
  caseIs: { th: 'แผนการดำเนินงานของกลุ่มหนึ่งปี', en: "One year's operating plan of the group" },
  fields: [],
  legal: [],
  forms: [],
  recurrence: { type: 'fiscal-year' },
  steps: [
    {
      id: 'prepare-plan',
      th: 'จัดทำแผนการดำเนินงานตามกรอบภารกิจงาน กลุ่มพัฒนาครูและบุคลากรทางการศึกษา',
      en: "Prepare the group's operating plan from its mission framework",
      role: GD,
      deadline: NONE,
    },
    {
      id: 'follow-plan',
      th: 'ดำเนินงานตามระยะเวลาที่กำหนดในแผนฯ',
      en: 'Carry out the work within the times set in the plan',
      role: GD,
      deadline: MANUAL,
      words: 'ดำเนินงานตามระยะเวลาที่กำหนดในแผนฯ',
    },
    {
      id: 'assign-work',
      th: 'มอบหมายงานให้บุคลากรในกลุ่มให้สอดคล้องกับภาระงานที่รับผิดชอบ',
      en: "Assign work to group staff in line with each one's workload",
      role: GD,
      deadline: NONE,
    },
    {
      id: 'set-kpis',
      th: 'ให้บุคลากรในกลุ่มกำหนดตัวชี้วัดและเป้าหมายระดับบุคคล',
      en: 'Staff set their individual indicators and targets',
      role: { id: 'officer', th: 'บุคลากรในกลุ่ม', en: 'Group staff' },
      deadline: NONE,
    },
    {
      id: 'evaluate-staff',
      th: 'ติดตาม ประเมินการปฏิบัติงานของบุคลากรในกลุ่มตามตัวชี้วัด',
      en: 'Follow up and evaluate staff performance against the indicators',
      role: GD,
      deadline: NONE,
    },
  ],
  notes: [
    'The standards column is a cumulative 5-level rubric, not per-step deadlines.',
    "Annual by the manual's title (ประจำปี); no dates given.",
  ],
};
