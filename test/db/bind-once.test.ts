import { describe, expect, it } from 'vitest';
import { bindOnce } from '../../src/db/bind-once';

describe('bindOnce: each distinct value bound once', () => {
  it('numbers the placeholders by first use and binds repeated values once', () => {
    const once = bindOnce('select 1 where a = ? and b in (?, ?) and c = ?', [
      'u1',
      'k1',
      'k2',
      'u1',
    ]);
    expect(once).toEqual({
      query: 'select 1 where a = ?1 and b in (?2, ?3) and c = ?1',
      values: ['u1', 'k1', 'k2'],
    });
  });

  it('leaves a statement without repeats as written', () => {
    expect(bindOnce('select ? , ?', ['a', 'b'])).toBeNull();
  });

  it('keeps question marks inside string literals and quoted names', () => {
    const once = bindOnce(`select '?' as "q?", ? as x where y = ? and z = '''?'`, [1, 1]);
    expect(once?.query).toBe(`select '?' as "q?", ?1 as x where y = ?1 and z = '''?'`);
    expect(once?.values).toEqual([1]);
  });

  it('tells a number from the same digits in a string, and never merges blobs', () => {
    const blob = new ArrayBuffer(2);
    const once = bindOnce('values (?, ?, ?, ?, ?)', [1, '1', 1, blob, blob]);
    expect(once?.query).toBe('values (?1, ?2, ?1, ?3, ?4)');
    expect(once?.values).toEqual([1, '1', blob, blob]);
  });

  it('declines when the placeholders and the values do not match', () => {
    expect(bindOnce('select ?', ['a', 'a'])).toBeNull();
  });

  it('rewrites a statement again when other values repeat', () => {
    const text = 'select ? , ? , ?';
    expect(bindOnce(text, ['a', 'a', 'b'])).toEqual({
      query: 'select ?1 , ?1 , ?2',
      values: ['a', 'b'],
    });
    // The same text with another pattern of repeats: its own rewrite, not the one kept above.
    expect(bindOnce(text, ['a', 'b', 'b'])).toEqual({
      query: 'select ?1 , ?2 , ?2',
      values: ['a', 'b'],
    });
    expect(bindOnce(text, ['x', 'x', 'y'])).toEqual({
      query: 'select ?1 , ?1 , ?2',
      values: ['x', 'y'],
    });
    expect(bindOnce(text, ['x', 'y', 'z'])).toBeNull();
  });

  it('declines again for a text whose placeholders did not match', () => {
    expect(bindOnce('select ?', ['a', 'a'])).toBeNull();
    expect(bindOnce('select ?', ['a', 'a'])).toBeNull();
  });
});
