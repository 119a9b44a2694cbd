/**
 * Cells, live, on the scratch tab: what setValues does to Kamnot's kinds of text in a plain-text (@)
 * column and in a normal one, and Kamnot's formulas as the sheet evaluates them.
 *
 * A custom function is computed by Sheets, not by this execution: flush() sends the writes, and the
 * values may arrive later (a custom function shows "Loading…" meanwhile). The check waits a few
 * seconds, reading again; what has not arrived by then is reported as not observed, never guessed.
 */
import { calendarNamed } from '../../core/calendar/calendars';
import { workday } from '../../core/calendar/counting';
import { dayFromYmd, ymdFromDay } from '../../core/dates/civil';
import { formatDate } from '../../core/dates/format';
import type { FormulaSeen } from '../../core/install/computation';
import type { TextSample } from '../../core/install/workbook';
import { customFunctions } from '../custom-functions';
import type { Sheet } from '../workbook/services';
import type { CheckServices } from './services';

/** Kamnot's kinds of text: a BE date, an English date, a case id, and a leading "=". */
const TEXT_SAMPLES = ['22/11/2569', '22 Nov 2026', 'K-1', '=K-1'];

function describe(value: unknown, formula: string, zone: string, s: CheckServices): string {
  if (formula !== '') return `formula:${formula}`;
  if (value instanceof Date) return `date:${s.utilities.formatDate(value, zone, 'yyyy-MM-dd')}`;
  return `${typeof value}:${String(value)}`;
}

export function probeTextWrites(sheet: Sheet, s: CheckServices): TextSample[] {
  const zone = s.spreadsheet.getSpreadsheetTimeZone();
  const n = TEXT_SAMPLES.length;
  const plain = sheet.getRange(1, 1, n, 1);
  const normal = sheet.getRange(1, 2, n, 1);
  plain.setNumberFormat('@');
  // Written raw on purpose, not through safeCell: the check shows what Sheets does to each kind of
  // text; the "=" sample lands only in this scratch tab, which is removed after the check.
  const rows = TEXT_SAMPLES.map((t) => [t]);
  plain.setValues(rows);
  normal.setValues(rows);
  s.flush();
  const [pv, nv, nf] = [plain.getValues(), normal.getValues(), normal.getFormulas()];
  return TEXT_SAMPLES.map((text, i) => ({
    text,
    plain: describe(pv[i]?.[0], '', zone, s),
    normal: describe(nv[i]?.[0], String(nf[i]?.[0] ?? ''), zone, s),
  }));
}

const DISPLAY = 'dd/MM/yyyy';
const WAIT_MS = 6_000;
const POLL_MS = 500;

/** dd/mm/yyyy (CE), as the formula cells are formatted. */
function ce(day: number): string {
  const { y, m, d } = ymdFromDay(day);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

/** What the sheet must show: computed by the core's calendar, not by the formula code under test. */
function expected() {
  const th = calendarNamed('TH');
  return {
    due: [workday(th, dayFromYmd(2026, 11, 2), 15), workday(th, dayFromYmd(2026, 12, 1), 15)].map(ce),
    thai: formatDate(dayFromYmd(2026, 11, 22), { style: 'long' }),
  };
}

/** A value has arrived: not blank, not Sheets' "Loading…" placeholder. */
const arrived = (value: unknown, shown: string) => value !== '' && value !== null && !/^loading/i.test(shown);

export function probeFormulas(sheet: Sheet, s: CheckServices): { seen: FormulaSeen[]; waitedMs: number } {
  const zone = s.spreadsheet.getSpreadsheetTimeZone();
  const want = expected();
  const f = customFunctions({
    spreadsheetApp: { getActive: () => s.spreadsheet },
    utilities: s.utilities,
    session: { getScriptTimeZone: () => s.scriptTimeZone },
  });
  const timed = (run: () => unknown): { value: unknown; ms: number } => {
    const t0 = s.clock();
    const value = run();
    return { value, ms: s.clock() - t0 };
  };
  const shown = (v: unknown) =>
    v instanceof Date ? s.utilities.formatDate(v, zone, DISPLAY) : String(v ?? '');
  const kind = (v: unknown) => (v instanceof Date ? 'Date' : typeof v);
  // The dates as a cell passes them (midnight in the sheet's zone): typed into C1:C3 and read back.
  const inputs = sheet.getRange(1, 3, 3, 1);
  inputs.setValues([['2026-11-02'], ['2026-12-01'], ['2026-11-22']]);
  const dates = inputs.getValues();
  const range = timed(() => f.DUEDATE(dates.slice(0, 2), 15));
  const formulas = [
    { formula: '=DUEDATE(C1, 15)', expected: want.due[0]!, code: timed(() => f.DUEDATE(dates[0]?.[0], 15)) },
    {
      formula: '=DUEDATE(C1:C2, 15)',
      expected: want.due[1]!,
      code: { value: (range.value as unknown[][])[1]?.[0], ms: range.ms },
    },
    {
      formula: '=THAIDATE(C3, "long")',
      expected: want.thai,
      code: timed(() => f.THAIDATE(dates[2]?.[0], 'long')),
    },
  ];
  const out = sheet.getRange(1, 4, 4, 1);
  out.setNumberFormat('dd/mm/yyyy');
  const t0 = s.clock();
  // Formulas on purpose (see the file's header), in the scratch tab only: D1 the single date, D2
  // THAIDATE, D3 the range form, whose second row (the one compared) spills into D4.
  out.setValues([[formulas[0]!.formula], [formulas[2]!.formula], [formulas[1]!.formula], ['']]);
  s.flush();
  const rowOf = [0, 3, 1];
  const seen: (FormulaSeen['sheet'] | null)[] = [null, null, null];
  while (true) {
    const values = out.getValues();
    const display = out.getDisplayValues();
    rowOf.forEach((row, i) => {
      if (seen[i]) return;
      const v = values[row]?.[0];
      const d = String(display[row]?.[0] ?? '');
      if (arrived(v, d)) seen[i] = { type: kind(v), shown: d, ms: s.clock() - t0 };
    });
    if (seen.every((x) => x !== null) || s.clock() - t0 >= WAIT_MS) break;
    s.utilities.sleep(POLL_MS);
  }
  return {
    seen: formulas.map((x, i) => ({
      formula: x.formula,
      expected: x.expected,
      code: { type: kind(x.code.value), shown: shown(x.code.value), ms: x.code.ms },
      sheet: seen[i] ?? null,
    })),
    waitedMs: s.clock() - t0,
  };
}
