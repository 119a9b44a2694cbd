import { ACT_2547, FILE, NONE, type Procedure, UNIT } from './shared';

export const disciplinaryAppeal: Procedure = {
  id: '003-disciplinary-appeal',
  th: 'การอุทธรณ์',
  en: 'Appeal against a disciplinary penalty',
  manual: '003',
  unit: UNIT,
  source: { file: FILE, section: 'การอุทธรณ์', lines: [1035, 1049] },
  caseIs: { th: 'หนึ่งคำอุทธรณ์', en: 'One appeal' },
  fields: [
    {
      id: 'order-notified',
      th: 'วันที่รับแจ้งคำสั่งลงโทษ',
      en: 'Date the penalty order was notified',
      type: 'date',
    },
  ],
  legal: [`${ACT_2547} ม.121, 122`, 'กฎ ก.ค.ศ. ว่าด้วยการอุทธรณ์และการพิจารณาอุทธรณ์ พ.ศ. 2550'],
  forms: ['หนังสืออุทธรณ์'],
  steps: [
    {
      id: 'lodge-appeal',
      th: 'ผู้ถูกลงโทษทางวินัยอุทธรณ์คำสั่งลงโทษเป็นหนังสือ เพื่อตนเองเท่านั้น',
      en: 'The punished person appeals in writing, for themselves only',
      role: { id: 'applicant', th: 'ผู้ถูกลงโทษทางวินัย', en: 'Punished person (appellant)' },
      deadline: {
        kind: 'after',
        n: 30,
        unit: 'calendar-days',
        from: { type: 'field', field: 'order-notified' },
      },
      words: 'ภายใน 30 วัน นับแต่วันที่รับแจ้งคำสั่งลงโทษ',
      unitSource: `${ACT_2547} มาตรา 121, 122 (lines 1037, 1041)`,
    },
    {
      id: 'consider-appeal',
      th: 'อ.ก.ค.ศ. เขตพื้นที่การศึกษา (โทษวินัยไม่ร้ายแรง) หรือ ก.ค.ศ. (ลงโทษตามมติ ปลดออก ไล่ออก) พิจารณาอุทธรณ์',
      en: 'ESA sub-committee (non-serious penalties) or OTEPC (per resolution, dismissal, expulsion) decides',
      role: {
        id: 'esa-committee',
        th: 'อ.ก.ค.ศ. เขตพื้นที่การศึกษา / ก.ค.ศ.',
        en: 'ESA sub-committee or OTEPC',
      },
      deadline: NONE,
    },
  ],
  notes: ['Prose only, no table; no time is given for deciding the appeal.'],
};
