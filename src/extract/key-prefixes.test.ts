import { describe, expect, it } from 'vitest';
import { prefixesOf } from './key-prefixes';

describe('prefixesOf', () => {
  it('holds every beginning of every key, the keys included, and nothing else', () => {
    const p = prefixesOf(['United States', 'Unilever', "Moody's"]);
    for (const s of ['U', 'Un', 'Uni', 'United', 'United ', 'United States', 'Unil', 'Unilever', 'Moody', "Moody's"]) expect(p.has(s)).toBe(true);
    for (const s of ['', 'United Kingdom', 'States', 'Unit.', 'Moodys', 'BP']) expect(p.has(s)).toBe(false);
  });

  it('a key that begins another adds its own beginnings once', () => {
    expect([...prefixesOf(['BP', 'BP America'])].sort()).toEqual([
      'B',
      'BP',
      'BP ',
      'BP A',
      'BP Am',
      'BP Ame',
      'BP Amer',
      'BP Ameri',
      'BP Americ',
      'BP America',
    ]);
  });
});
