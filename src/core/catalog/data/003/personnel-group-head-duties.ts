import { FILE, HEAD, NONE, type Procedure, UNIT, YEAR_DUTIES } from './shared';

export const personnelGroupHeadDuties: Procedure = {
  id: '003-personnel-group-head-duties',
  th: 'งานหัวหน้ากลุ่มบริหารงานบุคคล',
  en: 'Duties of the head of the personnel group',
  manual: '003',
  unit: UNIT,
  source: { file: FILE, section: '2. งานหัวหน้ากลุ่มบริหารงานบุคคล', lines: [390, 396] },
  caseIs: YEAR_DUTIES,
  fields: [],
  legal: [],
  forms: [],
  checklist: true,
  steps: [
    {
      id: 'lead-group',
      th: 'ปฏิบัติหน้าที่หัวหน้ากลุ่มงานบุคคล และปฏิบัติหน้าที่แทนเมื่อรองผู้อำนวยการไม่อยู่',
      en: 'Lead the personnel group and deputise when the deputy director is absent',
      role: HEAD,
      deadline: NONE,
    },
    {
      id: 'supervise-group',
      th: 'กำกับ ติดตาม ปรับปรุง พัฒนางานในกลุ่มงานบุคคล ให้ปฏิบัติงานอย่างคล่องตัวและมีประสิทธิภาพ',
      en: "Supervise, follow up, improve and develop the group's work",
      role: HEAD,
      deadline: NONE,
    },
    {
      id: 'other-duties',
      th: 'ปฏิบัติหน้าที่อื่นๆ ตามที่ได้รับมอบหมาย',
      en: 'Other assigned duties',
      role: HEAD,
      deadline: NONE,
    },
  ],
  notes: ['Item 1 says ผู้ช่วยผู้อำนวยการ (assistant director) where the deputy director is meant (line 394).'],
};
