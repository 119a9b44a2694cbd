/**
 * The office's settings, kept in the Settings tab as key / value rows so anyone can read them. Read
 * with zod/mini at that trust boundary: a bad value falls back to its default and is reported.
 */
import * as z from 'zod/mini';
import { CALENDAR_NAMES, type CalendarName } from './calendar/calendars';
import { fromThaiDigits } from './dates/names';
import { type Lang, type Msg, msg } from './i18n/msg';

export interface Settings {
  /** Hour of the day (spreadsheet zone) at which reminders go out, 0–23. */
  readonly reminderHour: number;
  readonly dueSoonWorkdays: number;
  readonly dueSoonFraction: number;
  readonly escalation: boolean;
  readonly escalationEveryDays: number;
  readonly lang: Lang;
  /** How the manuals' plain "วัน" counts. */
  readonly plainDays: 'workdays' | 'calendar-days';
  readonly calendar: CalendarName;
}

export const DEFAULT_SETTINGS: Settings = {
  reminderHour: 8,
  dueSoonWorkdays: 2,
  dueSoonFraction: 0.75,
  escalation: true,
  escalationEveryDays: 7,
  lang: 'th',
  plainDays: 'workdays',
  calendar: 'TH',
};

const int = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max));

const FIELDS = {
  reminderHour: {
    key: 'reminder-hour',
    schema: int(0, 23),
    help: msg('ชั่วโมงที่ส่งอีเมลเตือน (0–23)', 'Hour reminders are sent (0–23)'),
  },
  dueSoonWorkdays: {
    key: 'due-soon-workdays',
    schema: int(0, 60),
    help: msg('ใกล้ครบกำหนดเมื่อเหลือไม่เกินกี่วันทำการ', 'Due soon when this many working days or fewer are left'),
  },
  dueSoonFraction: {
    key: 'due-soon-fraction',
    schema: z.number().check(z.minimum(0.05), z.maximum(1)),
    help: msg('หรือเมื่อใช้เวลาไปแล้วสัดส่วนนี้ (0.75 = 75%)', 'Or when this share of the time is used (0.75 = 75%)'),
  },
  escalation: {
    key: 'escalation',
    schema: z.boolean(),
    help: msg('แจ้งหัวหน้าเมื่อเกินกำหนด (TRUE/FALSE)', 'Tell supervisors about overdue cases (TRUE/FALSE)'),
  },
  escalationEveryDays: {
    key: 'escalation-every-days',
    schema: int(1, 60),
    help: msg('แจ้งหัวหน้าซ้ำทุกกี่วัน', 'Remind supervisors again every N days'),
  },
  lang: {
    key: 'language',
    schema: z.enum(['th', 'en']),
    help: msg('ภาษาของอีเมลและคอลัมน์ (th/en)', 'Language of mails and columns (th/en)'),
  },
  plainDays: {
    key: 'plain-days',
    schema: z.enum(['workdays', 'calendar-days']),
    help: msg(
      '"วัน" ในคู่มือนับเป็น workdays หรือ calendar-days',
      'Count the manuals\' plain "วัน" as workdays or calendar-days',
    ),
  },
  calendar: {
    key: 'calendar',
    schema: z.enum(CALENDAR_NAMES),
    help: msg('ปฏิทินวันหยุด: TH, TH-SCHOOL, NONE', 'Holiday calendar: TH, TH-SCHOOL, NONE'),
  },
} as const satisfies Record<keyof Settings, { key: string; schema: z.ZodMiniType; help: Msg }>;

type Key = keyof typeof FIELDS;

/** The rows a new Settings tab starts with: key, value, help. */
export function settingsRows(
  settings: Settings = DEFAULT_SETTINGS,
): [string, string | number | boolean, string][] {
  return (Object.keys(FIELDS) as Key[]).map((k) => [
    FIELDS[k].key,
    settings[k],
    `${FIELDS[k].help.th} / ${FIELDS[k].help.en}`,
  ]);
}

/** Cells as typed: "TRUE", "ใช่", "๘", 8… into the value the schema expects. */
function coerce(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = fromThaiDigits(value).trim();
  if (/^(true|yes|ใช่|เปิด)$/i.test(text)) return true;
  if (/^(false|no|ไม่|ปิด)$/i.test(text)) return false;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text.toLowerCase() === text.toUpperCase()
    ? text
    : text.toLowerCase() === 'th-school'
      ? 'TH-SCHOOL'
      : text;
}

export function readSettings(rows: readonly (readonly unknown[])[]): { settings: Settings; problems: Msg[] } {
  const byKey = new Map<string, unknown>();
  for (const row of rows) if (typeof row[0] === 'string') byKey.set(row[0].trim().toLowerCase(), row[1]);
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const problems: Msg[] = [];
  for (const k of Object.keys(FIELDS) as Key[]) {
    const field = FIELDS[k];
    if (!byKey.has(field.key)) continue;
    const raw = byKey.get(field.key);
    if (raw === '' || raw === null || raw === undefined) continue;
    let value = coerce(raw);
    if (k === 'calendar' && typeof value === 'string') value = value.toUpperCase();
    const parsed = field.schema.safeParse(value);
    if (parsed.success) settings[k] = parsed.data;
    else
      problems.push(
        msg(
          `ค่าตั้ง ${field.key} = "${String(raw)}" ไม่ถูกต้อง ใช้ค่าเริ่มต้นแทน`,
          `setting ${field.key} = "${String(raw)}" is not valid; the default is used`,
        ),
      );
  }
  return { settings: settings as unknown as Settings, problems };
}

/** Each setting's key in the Settings tab and its help text, in the tab's row order. */
export function settingsFields(): { name: keyof Settings; key: string; help: Msg }[] {
  return (Object.keys(FIELDS) as Key[]).map((k) => ({ name: k, key: FIELDS[k].key, help: FIELDS[k].help }));
}

/** The whole settings object as the sidebar sends it: every field, nothing else, each valid. */
export const SettingsSchema = z.strictObject({
  reminderHour: FIELDS.reminderHour.schema,
  dueSoonWorkdays: FIELDS.dueSoonWorkdays.schema,
  dueSoonFraction: FIELDS.dueSoonFraction.schema,
  escalation: FIELDS.escalation.schema,
  escalationEveryDays: FIELDS.escalationEveryDays.schema,
  lang: FIELDS.lang.schema,
  plainDays: FIELDS.plainDays.schema,
  calendar: FIELDS.calendar.schema,
});
