// Tabs built the way offices build them: merged titles above a Thai header, BE text dates in several
// forms, Thai digits, formulas with cached results, blank rows, the office's own columns and formats.
import { cells, grid, type OfficeTab } from './adopt-tab-shape';

/** 001 training: letter numbers as case references (one missing), a column per step, a word for a date. */
export const TRAINING: OfficeTab = (() => {
  const w = 13;
  const rows = grid(
    [
      ['ทะเบียนคุมการขออนุญาตฝึกอบรม ปฏิบัติการวิจัย และดูงานภายในประเทศ ปีงบประมาณ 2570'],
      ['กลุ่มพัฒนาครูและบุคลากรทางการศึกษา สพป.อุดรธานี เขต 1'],
      [],
      [
        'ลำดับ',
        'เลขที่หนังสือ',
        'ชื่อ-สกุล',
        'เรื่อง',
        'วันที่รับเรื่อง',
        'ผู้รับผิดชอบ',
        'รับเรื่อง',
        'ตรวจสอบเอกสาร',
        'เสนอ ผอ.สพท.',
        'จัดทำสัญญา',
        'จัดทำคำสั่ง',
        'หนังสือตอบรับ',
        'หมายเหตุ',
      ],
      [1, 'ศธ 04109/1501', 'นายสมศักดิ์ ใจงาม', 'ขออนุญาตอบรมหลักสูตรผู้บริหาร', '1 ธ.ค. 2569', 'somchai@example.org'],
      [
        2,
        'ศธ 04109/1502',
        'นางสาวมณี ศรีสุข',
        'ขออนุญาตไปดูงานโรงเรียนต้นแบบ',
        '01/12/2569',
        'มาลี รักงาน',
        '๒ ธ.ค. ๒๕๖๙',
        '3 ธ.ค. 2569',
      ],
      [],
      [
        4,
        'ศธ 04109/1480',
        'นายวิทยา คงดี',
        'ขออนุญาตปฏิบัติการวิจัยในชั้นเรียน',
        { date: '2026-11-02' },
        'somchai@example.org',
        '3/11/2569',
        '5/11/2569',
        '9/11/2569',
        '10/11/2569',
        '16/11/2569',
        '18/11/2569',
        'ครบแล้ว',
      ],
      [5, '', 'นางรัตนา อินทร์แก้ว', 'ขออนุญาตอบรมออนไลน์', '4/12/2569', 'lek@example.org'],
      [
        6,
        'ศธ 04109/1503',
        'นายก้องภพ ศรีเมือง',
        'ขออนุญาตศึกษาดูงาน',
        'พรุ่งนี้',
        'มาลี รักงาน',
        '',
        '',
        '',
        '',
        '',
        '',
        'รอเอกสาร',
      ],
    ],
    w,
  );
  const h = rows.length;
  return {
    procedureId: '001-training-research-visit-domestic',
    seed: {
      name: 'ขออนุญาตฝึกอบรม 2570',
      values: rows,
      formulas: cells(w, h, {
        A5: '=ROW()-4',
        A6: '=ROW()-4',
        A8: '=ROW()-4',
        A9: '=ROW()-4',
        A10: '=ROW()-4',
      }),
      formats: cells(w, h, { E8: 'd/m/yyyy', A5: '0', A6: '0' }),
      backgrounds: cells(w, h, { A4: '#d9ead3', B4: '#d9ead3', C4: '#d9ead3', M8: '#fff2cc' }),
      notes: cells(w, h, { B4: 'เลขที่หนังสือจากสารบรรณ', M10: 'โทรตามแล้ว 7 ธ.ค.' }),
      frozenRows: 4,
    },
    dressing: {
      merges: ['A1:M1', 'A2:M2'],
      filter: 'A4:M10',
      rules: { 'M5:M10': '#fce5cd' },
      protect: 'A4:M4',
    },
  };
})();

/**
 * 003 leave: a merged title, no case-ID column (Kamnot adds its own), a formula for the number of
 * days, BE text dates in several forms and Thai digits, blank rows, an office dropdown on สถานะ.
 */
export const LEAVE: OfficeTab = (() => {
  const w = 12;
  const rows = grid(
    [
      ['ทะเบียนคุมการลา ปีงบประมาณ 2570'],
      ['กลุ่มบริหารงานบุคคล โรงเรียนคลองชะอุ่นวิทยา'],
      [],
      [
        'ลำดับ',
        'ชื่อ-สกุล',
        'ตำแหน่ง',
        'ประเภทการลา',
        'ตั้งแต่วันที่',
        'ถึงวันที่',
        'จำนวนวัน',
        'วันที่ยื่นใบลา',
        'ผู้รับผิดชอบ',
        'วันที่เสร็จ',
        'สถานะ',
        'หมายเหตุ',
      ],
      [
        1,
        'นางสาวสุดา ใจดี',
        'ครู',
        'ลาป่วย',
        '1 ธ.ค. 2569',
        '2 ธ.ค. 2569',
        2,
        '3 ธ.ค. 2569',
        'มาลี รักงาน',
        '4 ธ.ค. 2569',
        'เสร็จ',
        '',
      ],
      [
        2,
        'นายสมชาย ศรีสุข',
        'ครูผู้ช่วย',
        'ลากิจ',
        '21/12/2569',
        '21/12/2569',
        1,
        '01/12/2569',
        'มาลี รักงาน',
        '',
        'ดำเนินการ',
        'แลกคาบแล้ว',
      ],
      [],
      [
        4,
        'นางสาวอรุณี แสงทอง',
        'ครู',
        'ลาคลอดบุตร',
        '๑๕ ม.ค. ๒๕๗๐',
        '๑๔ เม.ย. ๒๕๗๐',
        90,
        '๓ ต.ค. ๒๕๖๙',
        'ปรีชา ขยัน',
        '',
        'ดำเนินการ',
        '',
      ],
      [
        5,
        'นายธนา พรหมมา',
        'ครู',
        'ลาป่วย',
        '5 ธ.ค. 69',
        '5 ธ.ค. 69',
        1,
        '31/02/2569',
        'มาลี รักงาน',
        '-',
        'ยกเลิก',
        'ยื่นผิดแบบ',
      ],
      [],
    ],
    w,
  );
  const h = rows.length;
  return {
    procedureId: '003-leave-request',
    seed: {
      name: 'การลา 2570',
      values: rows,
      formulas: cells(w, h, {
        G5: '=DAYS(F5,E5)+1',
        G6: '=DAYS(F6,E6)+1',
        G8: '=DAYS(F8,E8)+1',
        G9: '=DAYS(F9,E9)+1',
      }),
      formats: cells(w, h, { G5: '0" วัน"', G6: '0" วัน"', G8: '0" วัน"', G9: '0" วัน"' }),
      backgrounds: cells(w, h, { A4: '#cfe2f3', L4: '#cfe2f3', K9: '#f4cccc' }),
      notes: cells(w, h, { H9: 'วันที่ผิด ต้องถามครู', D4: 'ป่วย กิจ พักผ่อน คลอด' }),
    },
    dressing: {
      merges: ['A1:L1'],
      filter: 'A4:L9',
      lists: { 'K5:K30': ['ดำเนินการ', 'เสร็จ', 'ยกเลิก'] },
    },
  };
})();

/** 000 study leave: a two-row header ("วันที่ดำเนินการแล้วเสร็จ" merged over the steps), letter numbers as IDs. */
export const STUDY_LEAVE: OfficeTab = (() => {
  const w = 13;
  const rows = grid(
    [
      ['ทะเบียนคุมการลาศึกษาต่อ ปีงบประมาณ 2570'],
      [
        'ที่',
        'เลขที่หนังสือ',
        'ชื่อ - สกุล',
        'โรงเรียน',
        'วันที่รับเรื่อง',
        'วันที่ดำเนินการแล้วเสร็จ',
        '',
        '',
        '',
        '',
        '',
        'ผู้รับผิดชอบ',
        'หมายเหตุ',
      ],
      ['', '', '', '', '', 'ตรวจสอบเอกสาร', 'เสนอขออนุญาต', 'ทำสัญญา', 'ส่งตัว', 'รายงาน สพฐ.', 'บันทึกฐานข้อมูล'],
      [
        1,
        'ศธ 04113/๑๒๓',
        'นายอนุชา ทองดี',
        'บ้านหนองเงือก',
        '๑ ธ.ค. ๒๕๖๙',
        '๓ ธ.ค. ๒๕๖๙',
        '',
        '',
        '',
        '',
        '',
        'somchai@example.org',
      ],
      [
        2,
        'ศธ 04113/456',
        'นางสาวกานดา ศรีวงศ์',
        'บ้านป่าซาง',
        { date: '2026-11-04' },
        { date: '2026-11-04' },
        { date: '2026-11-05' },
        '',
        '',
        '',
        '',
        'somchai@example.org',
        'รอผลสอบ',
      ],
      [
        3,
        'ศธ 04113/789',
        'นายวีระ คงมั่น',
        'วัดพระธาตุ',
        '10/11/2569',
        '11/11/2569',
        '#REF!',
        '20/11/2569',
        '25/11/2569',
        '30/11/2569',
        '1/12/2569',
        'anan@example.org',
        'ครบทุกขั้นตอน',
      ],
    ],
    w,
  );
  const h = rows.length;
  return {
    procedureId: '000-study-leave',
    seed: {
      name: 'ลาศึกษาต่อ',
      values: rows,
      formulas: cells(w, h, { G6: '=VLOOKUP(B6,ข้อมูล!A:C,3,FALSE)' }),
      formats: cells(w, h, { E5: 'd mmm yyyy', F5: 'd mmm yyyy', G5: 'd mmm yyyy' }),
      backgrounds: cells(w, h, { F2: '#ead1dc', F3: '#ead1dc', G3: '#ead1dc' }),
      notes: cells(w, h, { M6: 'ตรวจแล้ว' }),
    },
    dressing: {
      merges: ['A1:M1', 'F2:K2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'L2:L3', 'M2:M3'],
      filter: 'A3:M6',
    },
  };
})();
