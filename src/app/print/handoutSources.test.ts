import { describe, expect, it } from 'vitest';
import { HANDOUT_QUOTES, handoutSources, moreReportsLine } from './handoutSources';

describe('the handout quotes the first reports of an event and counts the rest', () => {
  it('an event reported 57 times ("BP\'s Deepwater Horizon rig exploded") prints three quotes and a count of 54', () => {
    const reports = Array.from({ length: 57 }, (_, i) => `report ${i + 1}`);
    const { quoted, more } = handoutSources(reports);
    expect(quoted).toEqual(['report 1', 'report 2', 'report 3']);
    expect(more).toBe(54);
    expect(moreReportsLine(more)).toBe('+ 54 more reports of this event, quoted in the online timeline');
  });

  it('an event with up to three reports prints them all, and no count', () => {
    expect(handoutSources(['a', 'b', 'c'])).toEqual({ quoted: ['a', 'b', 'c'], more: 0 });
    expect(handoutSources(['a'])).toEqual({ quoted: ['a'], more: 0 });
    expect(HANDOUT_QUOTES).toBe(3);
    expect(moreReportsLine(1)).toBe('+ 1 more report of this event, quoted in the online timeline');
  });

  it('a sentence reprinted word for word in two reports is quoted once, and the next report that differs is quoted instead', () => {
    const burn = 'A burn was last tried on 28 April when thousands of litres of oil were successfully removed.';
    const reports = [burn, `${burn.replace('A burn', 'A  burn')}`, 'The spill is now larger than Jamaica.', 'Another report.', 'A fifth.'];
    const { quoted, more } = handoutSources(reports);
    expect(quoted).toEqual([burn, 'The spill is now larger than Jamaica.', 'Another report.']);
    expect(more).toBe(2);
    // only repeats: one quote, the repeat counted
    expect(handoutSources([burn, burn])).toEqual({ quoted: [burn], more: 1 });
  });
});
