import {
  BY_QUARTER,
  FILE,
  HR_OFFICER,
  OTEPC_RULES,
  PERSONNEL,
  PLANNED_QUARTER,
  type Procedure,
  TEPA_2547,
} from './shared';

export const areaPersonnelSubcommissionMeeting: Procedure = {
  id: '002-area-personnel-subcommission-meeting',
  th: 'ประชุม อ.ก.ค.ศ. เขตพื้นที่การศึกษา พิจารณาขอใช้อัตราว่าง/ย้าย/บรรจุและแต่งตั้ง',
  en: 'Area sub-commission (อ.ก.ค.ศ.) meeting: vacant posts, transfers, appointments',
  manual: '002',
  unit: PERSONNEL,
  source: { file: FILE, section: '3.1 แผนการบริหารทรัพยากรบุคคล ข้อ 1.2', lines: [817, 817] },
  caseIs: { th: 'การประชุมหนึ่งไตรมาส', en: "One quarter's meeting" },
  fields: PLANNED_QUARTER,
  legal: [TEPA_2547, OTEPC_RULES],
  forms: [],
  recurrence: { type: 'quarterly' },
  steps: [
    {
      id: 'hold-meeting',
      th: 'ประชุมคณะกรรมการข้าราชการครูและบุคลากรทางการศึกษาประจำเขตพื้นที่การศึกษา พิจารณาขอใช้อัตราว่าง/ย้าย/บรรจุและแต่งตั้ง',
      en: 'Hold the area sub-commission meeting on vacant posts, transfers and appointments',
      role: HR_OFFICER,
      deadline: BY_QUARTER,
      words: 'ต.ค.-ธ.ค.66 / ม.ค.-มี.ค.67 / เม.ย.-มิ.ย.67 / ก.ค.-ก.ย.67',
    },
  ],
  notes: ["Every quarter; 39,444 baht. Printed 'อัตราร่าง' (line 817): read อัตราว่าง."],
};
