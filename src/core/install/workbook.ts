/**
 * Verdicts about the workbook: developer metadata, what setValues does to Kamnot's kinds of text, the
 * spreadsheet's zone and locale. Pure: the probes (src/gas/install) pass what they saw.
 */
import type { Msg } from '../i18n/msg';
import type { CheckResult } from './types';

const m = (th: string, en: string): Msg => ({ th, en });

export interface MetadataSeen {
  readonly onSheet: boolean;
  readonly onColumn: boolean;
  /** After a column was inserted before the tagged one, its metadata was found on the moved column. */
  readonly followsInsert: boolean;
  /** Metadata items in the workbook, and their characters (keys and values), before the check. */
  readonly count: number;
  readonly chars: number;
  /** The most characters held on one location (the spreadsheet or one sheet with its rows and columns). */
  readonly busiest: number;
}

/**
 * A budget for metadata characters per location. Google documents no figure we could source; 30,000
 * characters per spreadsheet and per sheet is what is commonly reported, so the check only warns, at
 * 80 % of it, and says where the figure comes from.
 */
const METADATA_CHARS_BUDGET = 30_000;

export function metadataVerdict(s: MetadataSeen): CheckResult {
  const title = m('ข้อมูลกำกับ (developer metadata)', 'Developer metadata');
  const data = { ...s, budget: METADATA_CHARS_BUDGET };
  const held = m(
    `สมุดงานมี ${s.count} รายการ ${s.chars} ตัวอักษร (มากสุดที่เดียว ${s.busiest} จากงบ ${METADATA_CHARS_BUDGET} ที่รายงานกันทั่วไป)`,
    `the workbook holds ${s.count} items, ${s.chars} characters (at most ${s.busiest} on one location, of the commonly reported ${METADATA_CHARS_BUDGET})`,
  );
  const broken = [
    s.onSheet ? null : m('บนแท็บ', 'on a sheet'),
    s.onColumn ? null : m('บนทั้งคอลัมน์', 'on a whole column'),
    s.followsInsert
      ? null
      : m('ตามคอลัมน์เมื่อแทรกคอลัมน์ข้างหน้า', 'following its column when one is inserted before it'),
  ].filter((x): x is Msg => x !== null);
  if (broken.length > 0)
    return {
      id: 'metadata',
      status: 'failed',
      title,
      found: m(
        `ใช้ไม่ได้: ${broken.map((b) => b.th).join(', ')}; ${held.th}`,
        `does not work ${broken.map((b) => b.en).join(', ')}; ${held.en}`,
      ),
      fix: m(
        'ทะเบียนผูกกับขั้นตอนงานด้วยข้อมูลนี้: คัดลอกรายงานส่งผู้ดูแลระบบ ก่อนเพิ่มทะเบียน',
        'registers are bound to their procedures by this metadata: copy this report to your support before adding registers',
      ),
      data,
    };
  if (s.busiest > METADATA_CHARS_BUDGET * 0.8)
    return {
      id: 'metadata',
      status: 'warning',
      title,
      found: m(`ใกล้เต็ม: ${held.th}`, `nearly full: ${held.en}`),
      fix: m(
        'แยกทะเบียนปีเก่าไปไว้ในสมุดงานสำเนา แล้ว "หยุดติดตาม" ในสมุดงานนี้',
        "move past years' registers to a copy of the workbook and stop tracking them here",
      ),
      data,
    };
  return {
    id: 'metadata',
    status: 'ok',
    title,
    found: m(
      `ใช้ได้บนแท็บ บนทั้งคอลัมน์ และตามคอลัมน์เมื่อแทรก; ${held.th}`,
      `works on a sheet, on whole columns and follows an inserted column; ${held.en}`,
    ),
    fix: null,
    data,
  };
}

/** One of Kamnot's kinds of text written with setValues, and what came back from each column. */
export interface TextSample {
  readonly text: string;
  /** What getValues gave back: 'string' with the text, 'date' with the ISO day shown, 'number', 'formula'. */
  readonly plain: string;
  readonly normal: string;
}

export function textWritesVerdict(samples: readonly TextSample[]): CheckResult {
  const title = m('ข้อความที่ setValues เขียนลงเซลล์', 'What setValues does to text');
  const changed = samples.filter((s) => s.plain !== `string:${s.text}`);
  const normal = samples.map((s) => `${s.text} → ${s.normal}`).join('; ');
  const data = { samples: samples.map((s) => `${s.text} | plain ${s.plain} | normal ${s.normal}`) };
  if (changed.length > 0)
    return {
      id: 'text-writes',
      status: 'failed',
      title,
      found: m(
        `คอลัมน์ข้อความล้วน (@) เปลี่ยนสิ่งที่เขียน: ${changed.map((s) => `${s.text} → ${s.plain}`).join('; ')}`,
        `a plain-text (@) column changed what was written: ${changed.map((s) => `${s.text} → ${s.plain}`).join('; ')}`,
      ),
      fix: m(
        'วันที่และรหัสเรื่องที่ Kamnot เขียนอาจเพี้ยน: คัดลอกรายงานส่งผู้ดูแลระบบ',
        'dates and case ids that Kamnot writes may change: copy this report to your support',
      ),
      data,
    };
  return {
    id: 'text-writes',
    status: 'ok',
    title,
    found: m(
      `คอลัมน์ข้อความล้วนเก็บทั้ง ${samples.length} แบบตามที่เขียน; คอลัมน์ปกติแปลงเอง: ${normal}`,
      `a plain-text column kept all ${samples.length} as written; a normal column converts: ${normal}`,
    ),
    fix: null,
    data,
  };
}

export interface ZoneLocale {
  readonly spreadsheetZone: string;
  readonly scriptZone: string;
  readonly locale: string;
}

/** Locales whose dates are month first: `1/11/2569` typed there is 11 January. */
const MONTH_FIRST = /^(en_US|en|es_US|en_PH|fil)$/;

export function zoneLocaleVerdict(z: ZoneLocale): CheckResult {
  const title = m('เขตเวลาและภาษา/ภูมิภาคของสมุดงาน', 'The workbook’s time zone and locale');
  const data = { ...z };
  const problems: { found: Msg; fix: Msg }[] = [];
  if (z.spreadsheetZone !== z.scriptZone)
    problems.push({
      found: m(
        `เขตเวลาของสมุดงาน ${z.spreadsheetZone} ต่างจากของสคริปต์ ${z.scriptZone}: Kamnot คำนวณถูก แต่ "วันนี้" ของสูตร TODAY() กับของการตรวจอาจต่างกันช่วงเที่ยงคืน`,
        `the workbook's zone ${z.spreadsheetZone} differs from the script's ${z.scriptZone}: Kamnot computes right, but TODAY() and the check may disagree around midnight`,
      ),
      fix: m(
        `ไฟล์ → การตั้งค่า → เขตเวลา: (GMT+07:00) Bangkok`,
        `File → Settings → Time zone: (GMT+07:00) Bangkok`,
      ),
    });
  if (!z.locale.startsWith('th'))
    problems.push({
      found: MONTH_FIRST.test(z.locale)
        ? m(
            `ภาษา/ภูมิภาค ${z.locale} อ่านเดือนก่อนวัน: วันที่ที่พิมพ์ 1/11/2569 จะกลายเป็น 11 มกราคม`,
            `locale ${z.locale} reads the month first: a date typed 1/11/2569 becomes 11 January`,
          )
        : m(
            `ภาษา/ภูมิภาค ${z.locale} ไม่ใช่ประเทศไทย: วันที่ที่พิมพ์แบบ 1/11/2569 อาจอ่านต่างไป`,
            `locale ${z.locale} is not Thailand: a date typed 1/11/2569 may be read otherwise`,
          ),
      fix: m('ไฟล์ → การตั้งค่า → ภาษา/ภูมิภาค: ประเทศไทย', 'File → Settings → Locale: Thailand'),
    });
  if (problems.length === 0)
    return {
      id: 'zone-locale',
      status: 'ok',
      title,
      found: m(
        `เขตเวลา ${z.spreadsheetZone} ตรงกับสคริปต์ ภาษา/ภูมิภาค ${z.locale} อ่านวันก่อนเดือน`,
        `zone ${z.spreadsheetZone} as the script's, locale ${z.locale} reads the day first`,
      ),
      fix: null,
      data,
    };
  return {
    id: 'zone-locale',
    status: 'warning',
    title,
    found: m(problems.map((p) => p.found.th).join('; '), problems.map((p) => p.found.en).join('; ')),
    fix: m(problems.map((p) => p.fix.th).join(' และ '), problems.map((p) => p.fix.en).join(', and ')),
    data,
  };
}
