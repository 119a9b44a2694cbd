// An office's staff list where Kamnot does not read it: told, with the tab and the column.
import { describe, expect, it } from 'vitest';
import { peopleHints } from '../../../src/local/cli/people-hints';

const staff = [
  ['ชื่อ-สกุล', 'ตำแหน่ง', 'อีเมล'],
  ['นางมาลี รักงาน', 'ธุรการ', 'malee@school.ac.th'],
  ['นายปรีชา ขยัน', 'หัวหน้า', 'preecha@school.ac.th'],
];

describe('peopleHints', () => {
  it('a staff sheet of its own, People empty: copy it to People', () => {
    const hints = peopleHints([
      { name: 'บุคลากร', values: staff },
      { name: 'People', values: [['ชื่อ / Name']] },
    ]);
    expect(hints.map((h) => h.en)).toEqual([
      'the tab "บุคลากร" has 2 emails, but Kamnot mails only the people in the People tab: copy the names and emails there (name, email, role, supervisor, active, language)',
    ]);
  });

  it('People with its emails in another column: which column Kamnot reads', () => {
    const hints = peopleHints([{ name: 'People', values: staff }]);
    expect(hints[0]!.en).toBe(
      'the People tab has its emails in column C, but Kamnot reads the email from column B (the columns are: name, email, role, supervisor, active, language)',
    );
  });

  it('nothing to say when People holds its emails where Kamnot reads them', () => {
    const people = staff.map(([name, role, email]) => [name, email, role]);
    expect(
      peopleHints([
        { name: 'People', values: people },
        { name: 'บุคลากร', values: staff },
      ]),
    ).toEqual([]);
  });
});
