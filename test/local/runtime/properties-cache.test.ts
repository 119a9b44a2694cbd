import { describe, expect, it } from 'vitest';
import { createEnvironment } from '../../../src/local/runtime';

describe('PropertiesService limits', () => {
  it('accepts 9 KB values and refuses bigger ones', () => {
    const props = createEnvironment().gas.PropertiesService.getScriptProperties();
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(props.getProperty('ok')?.length).toBe(9216);
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => props.setProperty('thai', 'ก'.repeat(3073))).toThrow('Argument too large: value'); // 3 bytes each in UTF-8
    expect(props.getProperty('big')).toBeNull();
  });

  it('refuses to grow a store past 500 KB, leaving it unchanged', () => {
    const props = createEnvironment().gas.PropertiesService.getDocumentProperties();
    for (let i = 0; i < 56; i++) props.setProperty(`k${i}`, 'x'.repeat(9000)); // 56 × 9,003 bytes < 500 KB
    expect(() => props.setProperty('k99', 'x'.repeat(9000))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(props.getKeys()).toHaveLength(56);
    expect(() => props.setProperties({ a: 'x'.repeat(9000), b: 'x'.repeat(9000) })).toThrow(
      /property storage quota/,
    );
    props.setProperties({ only: 'one' }, true);
    expect(props.getProperties()).toEqual({ only: 'one' });
  });

  it('keeps script, document and per-user stores apart; values are strings', () => {
    const env = createEnvironment({ user: 'a@x.org' });
    const ps = env.gas.PropertiesService;
    ps.getScriptProperties().setProperty('n', 5 as unknown as string);
    ps.getUserProperties().setProperty('u', 'a');
    env.setUser('b@x.org');
    expect(ps.getUserProperties().getProperty('u')).toBeNull();
    expect(ps.getScriptProperties().getProperty('n')).toBe('5');
    expect(ps.getDocumentProperties().getProperty('n')).toBeNull();
  });
});

describe('CacheService limits and expiry', () => {
  it('refuses keys over 250 characters and values over 100 KB', () => {
    const cache = createEnvironment().gas.CacheService.getScriptCache();
    cache.put('k'.repeat(250), 'v');
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => cache.get('k'.repeat(251))).toThrow('Argument too large: key');
    cache.put('big', 'x'.repeat(100 * 1024));
    expect(() => cache.put('bigger', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
  });

  it('expires entries on the virtual clock: 600 s by default, at most 21600 s', () => {
    const env = createEnvironment({ costs: { byClass: { cache: 0 } } }); // calls cost no virtual time here
    const cache = env.gas.CacheService.getUserCache();
    cache.put('a', '1');
    cache.put('b', '2', 30);
    cache.putAll({ c: '3' }, 100_000);
    env.clock.advance(29_999);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ a: '1', b: '2', c: '3' });
    env.clock.advance(1);
    expect(cache.get('b')).toBeNull();
    env.clock.advance(600_000 - 30_000);
    expect(cache.get('a')).toBeNull();
    env.clock.advance(21_600_000 - 600_000 - 1);
    expect(cache.get('c')).toBe('3');
    env.clock.advance(1);
    expect(cache.get('c')).toBeNull();
  });
});
