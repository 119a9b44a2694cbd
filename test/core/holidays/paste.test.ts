// Days off pasted as text: a list as the news or the cabinet's announcement prints it, or an iCalendar
// file's text. Every day the preview would offer, and every line it would flag.
import { describe, expect, it } from 'vitest';
import { type PastedList, readPastedHolidays } from '../../../src/core/holidays/paste';

function read(text: string): PastedList {
  const r = readPastedHolidays(text);
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
}
const pairs = (list: PastedList) => list.days.map((d) => [d.date, d.name]);

describe('a pasted list of days', () => {
  it("reads the cabinet's numbered list in Thai digits, BE years, weekdays checked", () => {
    const list = read(
      [
        'ประกาศสำนักนายกรัฐมนตรี เรื่อง วันหยุดราชการประจำปี พ.ศ. ๒๕๗๐',
        '๑. วันศุกร์ที่ ๑ มกราคม ๒๕๗๐ วันขึ้นปีใหม่',
        '๒. วันอาทิตย์ที่ ๒๑ กุมภาพันธ์ ๒๕๗๐ วันมาฆบูชา',
        '๓. วันจันทร์ที่ ๒๒ กุมภาพันธ์ ๒๕๗๐ วันหยุดชดเชยวันมาฆบูชา',
        '๔. วันที่ ๑๓ - ๑๕ เมษายน ๒๕๗๐ วันสงกรานต์',
      ].join('\n'),
    );
    expect(pairs(list)).toEqual([
      ['2027-01-01', 'วันขึ้นปีใหม่'],
      ['2027-02-21', 'วันมาฆบูชา'],
      ['2027-02-22', 'วันหยุดชดเชยวันมาฆบูชา'],
      ['2027-04-13', 'วันสงกรานต์'],
      ['2027-04-14', 'วันสงกรานต์'],
      ['2027-04-15', 'วันสงกรานต์'],
    ]);
    expect(list.problems).toEqual([]);
    expect(list.ignored).toBe(1);
    expect(list.days[0]).toMatchObject({ line: 2, observance: false, tentative: false });
  });

  it('reads CE years, English month names and weekdays, ISO and day/month/year dates', () => {
    const list = read(
      [
        'Special holidays announced today',
        '- Monday, 3 May 2027 (Labour Day in lieu, banks)',
        '• 2027-07-20 Asanha Bucha substitution',
        'Oct 25, 2027: Chulalongkorn Day substitution',
        '06/12/2027 King Bhumibol’s Birthday substitution',
      ].join('\r\n'),
    );
    expect(pairs(list)).toEqual([
      ['2027-05-03', 'Labour Day in lieu, banks'],
      ['2027-07-20', 'Asanha Bucha substitution'],
      ['2027-10-25', 'Chulalongkorn Day substitution'],
      ['2027-12-06', 'King Bhumibol’s Birthday substitution'],
    ]);
    expect(list.problems).toEqual([]);
  });

  it('reads short Thai months with a two-digit BE year, lists of days, and a stretch across the new year', () => {
    const list = read(
      [
        'หยุดยาวปีใหม่ 31 ธ.ค. 69 – 2 ม.ค. 70',
        'หยุดวันที่ 13, 14 และ 15 เม.ย. 2570 สงกรานต์',
        '4 พ.ค. 70 (วันอังคาร) วันฉัตรมงคล',
      ].join('\n'),
    );
    expect(pairs(list)).toEqual([
      ['2026-12-31', 'หยุดยาวปีใหม่'],
      ['2027-01-01', 'หยุดยาวปีใหม่'],
      ['2027-01-02', 'หยุดยาวปีใหม่'],
      ['2027-04-13', 'หยุด สงกรานต์'],
      ['2027-04-14', 'หยุด สงกรานต์'],
      ['2027-04-15', 'หยุด สงกรานต์'],
      ['2027-05-04', 'วันฉัตรมงคล'],
    ]);
  });

  it('takes the year of a heading line for dates written without one; a stretch without a year takes its end', () => {
    const list = read(
      ['วันหยุดพิเศษ ปี 2571', '14 มกราคม วันหยุดพิเศษเพิ่มเติม', '31 ธันวาคม - 2 มกราคม 2572 หยุดต่อเนื่อง'].join('\n'),
    );
    expect(list.days.map((d) => d.date)).toEqual(['2028-01-14', '2028-12-31', '2029-01-01', '2029-01-02']);
  });

  it('flags what it cannot read, and never guesses a year, an order or a weekday', () => {
    const list = read(
      [
        '5 มกราคม วันหยุดพิเศษ', // no year, no heading
        'วันอังคารที่ 4 พฤษภาคม 2569 วันฉัตรมงคล', // 4 May 2569 is a Monday
        '1/2/69 หยุดพิเศษ', // numeric with a two-digit year: BE or CE?
        '30 กุมภาพันธ์ 2570 วันที่ไม่มีจริง',
        '2 Jan 26 special day', // a two-digit year after an English month
        'ประชุมเวลา 12.00 น. ห้อง 3', // no date at all: prose
      ].join('\n'),
    );
    expect(list.days).toEqual([]);
    expect(list.problems.map((p) => [p.line, p.why.en])).toEqual([
      [1, expect.stringMatching(/^no year/)],
      [2, expect.stringMatching(/weekday does not match.*2026-05-04/)],
      [3, expect.stringMatching(/ambiguous/)],
      [4, expect.stringMatching(/not a day of the calendar/)],
      [5, expect.stringMatching(/ambiguous/)],
    ]);
    expect(list.ignored).toBe(1);
  });

  it("reads a news item's sentence: the name is what is left of the line", () => {
    const list = read(
      'ครม. มีมติให้วันศุกร์ที่ 2 มกราคม 2569 เป็นวันหยุดราชการเพิ่มเป็นกรณีพิเศษ\n' +
        'หยุดต่อเนื่อง 4 วัน ตั้งแต่วันที่ 31 ธันวาคม 2568 ถึงวันที่ 3 มกราคม 2569',
    );
    expect(pairs(list)).toEqual([
      ['2025-12-31', 'หยุดต่อเนื่อง 4 วัน'],
      ['2026-01-01', 'หยุดต่อเนื่อง 4 วัน'],
      ['2026-01-02', 'ครม. มีมติให้ วันหยุดราชการเพิ่มเป็นกรณีพิเศษ'],
      ['2026-01-03', 'หยุดต่อเนื่อง 4 วัน'],
    ]);
  });

  it('lists each day once, the first name winning', () => {
    const list = read('13 เมษายน 2570 วันสงกรานต์\n13 เมษายน 2570 Songkran');
    expect(pairs(list)).toEqual([['2027-04-13', 'วันสงกรานต์']]);
  });

  it('refuses an empty paste and one too long to be a list of holidays', () => {
    expect(readPastedHolidays('  \n ').ok).toBe(false);
    expect(readPastedHolidays('x'.repeat(200_001)).ok).toBe(false);
  });

  it('flags a line too long to be a list item instead of searching it, and reads the others', () => {
    const list = read(`${'1, '.repeat(1000)}2 มกราคม\n13 เมษายน 2570 วันสงกรานต์`);
    expect(list.problems.map((p) => [p.line, p.why.en])).toEqual([
      [1, expect.stringMatching(/longer than 2000/)],
    ]);
    expect(pairs(list)).toEqual([['2027-04-13', 'วันสงกรานต์']]);
  });
});

// As Google's public holiday calendars export it (basic.ics): CRLF, folded lines, escaped text,
// observances described as such; plus the other forms RFC 5545 allows for a day.
const ICS = [
  'BEGIN:VCALENDAR',
  'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
  'VERSION:2.0',
  'CALSCALE:GREGORIAN',
  'X-WR-CALNAME:วันหยุดในประเทศไทย',
  'X-WR-TIMEZONE:UTC',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270101',
  'DTEND;VALUE=DATE:20270102',
  'DESCRIPTION:วันหยุดนักขัตฤกษ์',
  'SUMMARY:วันขึ้นปีใหม่',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270214',
  'DTEND;VALUE=DATE:20270215',
  'DESCRIPTION:Observance\\nTo hide observances\\, go to Google Calendar Setting',
  ' s > Holidays in Thailand',
  "SUMMARY:Valentine's Day",
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270413',
  'DTEND;VALUE=DATE:20270416',
  'SUMMARY:วันสงก',
  ' รานต์\\, หยุดสามวัน',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;TZID=Asia/Bangkok:20270504T000000',
  'DTEND;TZID=Asia/Bangkok:20270505T000000',
  'SUMMARY;LANGUAGE=th:วันฉัตรมงคล',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART:20270512T170000Z',
  'DTEND:20270513T170000Z',
  'DESCRIPTION:Public holiday\\nDate is tentative and may change.',
  'SUMMARY:Royal Ploughing Ceremony (tentative)',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270603',
  'DURATION:P1D',
  'SUMMARY:วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าสุทิดา',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270610',
  'STATUS:CANCELLED',
  'SUMMARY:ยกเลิกแล้ว',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270715',
  'RRULE:FREQ=YEARLY',
  'SUMMARY:วันสถาปนาสำนักงาน',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270801',
  'DTEND;VALUE=DATE:20271001',
  'SUMMARY:ภาคเรียนที่ 2',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('a pasted iCalendar file', () => {
  const list = read(ICS);

  it('reads all-day dates, multi-day events (DTEND the day after), TZID and UTC times, folded names', () => {
    expect(list.format).toBe('icalendar');
    expect(pairs(list)).toEqual([
      ['2027-01-01', 'วันขึ้นปีใหม่'],
      ['2027-02-14', "Valentine's Day"],
      ['2027-04-13', 'วันสงกรานต์, หยุดสามวัน'],
      ['2027-04-14', 'วันสงกรานต์, หยุดสามวัน'],
      ['2027-04-15', 'วันสงกรานต์, หยุดสามวัน'],
      ['2027-05-04', 'วันฉัตรมงคล'],
      ['2027-05-13', 'Royal Ploughing Ceremony'],
      ['2027-06-03', 'วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าสุทิดา'],
      ['2027-07-15', 'วันสถาปนาสำนักงาน'],
    ]);
  });

  it("marks Google's observances and tentative dates; skips cancelled events; flags repeats and long events", () => {
    const on = (date: string) => list.days.find((d) => d.date === date)!;
    expect(on('2027-02-14').observance).toBe(true);
    expect(on('2027-01-01').observance).toBe(false);
    expect(on('2027-05-13').tentative).toBe(true);
    expect(on('2027-01-01').tentative).toBe(false);
    expect(on('2027-04-13').line).toBe(21);
    expect(list.ignored).toBe(1);
    expect(list.problems.map((p) => p.why.en)).toEqual([
      expect.stringMatching(/repeating event/),
      expect.stringMatching(/61 days is not a day off/),
    ]);
  });

  it('reads an LF-only file with a tab-folded line, and a lone VEVENT', () => {
    const lone = read(
      'BEGIN:VEVENT\nDTSTART;VALUE=DATE:20281211\nSUMMARY:วันหยุดชดเชย\n\tวันรัฐธรรมนูญ\nEND:VEVENT\n',
    );
    expect(pairs(lone)).toEqual([['2028-12-11', 'วันหยุดชดเชยวันรัฐธรรมนูญ']]);
  });
});
