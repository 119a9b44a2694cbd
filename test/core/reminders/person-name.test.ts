// Names as Thai offices write them: one person under every title, abbreviation and spacing; two
// people never merged because a name starts like a title.
import { describe, expect, it } from 'vitest';
import { resolvePerson } from '../../../src/core/reminders/people';
import { looseNameKey } from '../../../src/core/reminders/person-name';
import { person } from './fixtures';

describe('looseNameKey', () => {
  it.each([
    ['นางสาวกนกพร ใจดี', 'กนกพรใจดี'],
    ['น.ส.กนกพร ใจดี', 'กนกพรใจดี'],
    ['น.ส. กนกพร  ใจดี', 'กนกพรใจดี'],
    ['นส.กนกพร ใจดี', 'กนกพรใจดี'],
    [' กนกพร\u00a0ใจดี\u200b', 'กนกพรใจดี'],
    ['ว่าที่ร้อยตรีสมชาย รักงาน', 'สมชายรักงาน'],
    ['ว่าที่ ร.ต.สมชาย รักงาน', 'สมชายรักงาน'],
    ['ว่าที่ร.ต.หญิง สมหญิง รักงาน', 'สมหญิงรักงาน'],
    ['ผศ.ดร.ประเสริฐ มั่นคง', 'ประเสริฐมั่นคง'],
    ['ผศ. ดร. ประเสริฐ มั่นคง', 'ประเสริฐมั่นคง'],
    ['ดร.ประเสริฐ มั่นคง', 'ประเสริฐมั่นคง'],
    ['นายประเสริฐ มั่นคง', 'ประเสริฐมั่นคง'],
    ['ผอ.วิไลวรรณ ศรีสุข', 'วิไลวรรณศรีสุข'],
    ['รองผอ.วิไลวรรณ ศรีสุข', 'วิไลวรรณศรีสุข'],
    ['ครูมาลี รักงาน', 'มาลีรักงาน'],
    ['คุณครูมาลี รักงาน', 'มาลีรักงาน'],
    ['นางมาลี รักงาน (ครู)', 'มาลีรักงาน'],
    ['ศน.อรุณี แสงทอง', 'อรุณีแสงทอง'],
    ['Mrs. Jane Smith', 'janesmith'],
    ['Dr Tom  BROWN', 'tombrown'],
    // ำ typed as nikhahit + sara aa looks the same and is the same name.
    ['นางสาวคำแก้ว ทองดี', 'คำแก้วทองดี'],
    ['นางสาวค\u0e4d\u0e32แก้ว ทองดี', 'คำแก้วทองดี'],
  ])('%s → %s', (typed, key) => {
    expect(looseNameKey(typed)).toBe(key);
  });

  it('never cuts a name that only starts like a title', () => {
    expect(looseNameKey('นายิกา ศรีสุข')).toBe('นายิกาศรีสุข');
    expect(looseNameKey('คุณากร ใจดี')).toBe('คุณากรใจดี');
    expect(looseNameKey('นางสาวนายิกา ศรีสุข')).toBe('นายิกาศรีสุข');
    expect(looseNameKey('')).toBe('');
    expect(looseNameKey('นาย')).toBe('นาย');
  });
});

describe('resolving names the way offices type them', () => {
  const kanokporn = person('นางสาวกนกพร ใจดี', 'kanokporn@esa.go.th');
  const somchai = person('ว่าที่ร้อยตรีสมชาย รักงาน', 'somchai@esa.go.th');
  const malee = person('นางมาลี รักงาน', 'malee@esa.go.th');
  const people = [kanokporn, somchai, malee];

  it.each(['น.ส.กนกพร ใจดี', 'นางสาว กนกพร  ใจดี', 'กนกพร ใจดี', 'กนกพร ใจดี <kanokporn@esa.go.th>'])(
    '%s is นางสาวกนกพร ใจดี',
    (typed) => {
      expect(resolvePerson(typed, people)).toEqual({ ok: true, person: kanokporn });
    },
  );

  it('ว่าที่ ร.ต. is ว่าที่ร้อยตรี', () => {
    expect(resolvePerson('ว่าที่ ร.ต.สมชาย รักงาน', people)).toEqual({ ok: true, person: somchai });
  });

  it('a given name alone is not enough: reported, with the person it may mean', () => {
    const r = resolvePerson('ครูมาลี', people);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('unknown');
      expect(r.msg.th).toContain('"นางมาลี รักงาน"');
      expect(r.msg.en).toContain('close: "นางมาลี รักงาน"');
    }
  });

  it('two people who differ only in title are two people: ambiguous, never a guess', () => {
    const twins = [person('นายสมศักดิ์ ใจดี', 'a@x.th'), person('ดร.สมศักดิ์ ใจดี', 'b@x.th')];
    expect(resolvePerson('สมศักดิ์ ใจดี', twins)).toMatchObject({ ok: false, reason: 'ambiguous' });
    // Written exactly as one of them: that one.
    expect(resolvePerson('ดร.สมศักดิ์ ใจดี', twins)).toEqual({ ok: true, person: twins[1] });
  });
});
