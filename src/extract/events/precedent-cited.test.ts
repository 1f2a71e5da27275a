/**
 * An earlier happening a verb of noting, recalling or comparing sets beside the news, dated more than a year before the
 * report, is a precedent cited and no event (`background:precedent-cited`, events/background-clauses.ts
 * `pastInPrecedentFrame`); a recent one noted stays.
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('a precedent noted, recalled or compared with (background:precedent-cited)', () => {
  it('"The 1970 Shell blowout happened on a production platform, he notes" (Washington Post, July 2010)', () => {
    const text = 'The 1970 Shell blowout happened on a production platform, he notes.';
    expect(events(text, '2010-07-24').some((m) => m.title.includes('happened'))).toBe(false);
    expect(whyNot(text, '2010-07-24')).toContain('happened:background:precedent-cited');
  }, 60_000);

  it('"noting that the 1918 Spanish flu outbreak which killed tens of millions ..." (Guardian, April 2009)', () => {
    const text =
      'Fukuda, however, cautioned against the idea that the outbreak could be a "mild pandemic", noting that the 1918 Spanish flu outbreak which killed tens of millions of people worldwide came in a series of increasingly lethal waves.';
    expect(events(text, '2009-04-28').some((m) => m.title.includes('killed'))).toBe(false);
    expect(whyNot(text, '2009-04-28')).toContain('killed:background:precedent-cited');
  }, 60_000);

  it('"contrasts with majority GOP support ... a few weeks after Katrina struck in 2005" (Washington Post, June 2010)', () => {
    const text =
      "The Democratic discontent with the government's response today - 56 percent give it low marks - contrasts with majority GOP support for federal efforts a few weeks after Katrina struck in 2005.";
    expect(events(text, '2010-06-07').some((m) => m.title === 'Katrina struck')).toBe(false);
    expect(whyNot(text, '2010-06-07')).toContain('struck:background:precedent-cited');
  }, 60_000);

  it('keeps a recent happening noted: "BP noted that it capped the well on Thursday"', () => {
    const m = events('BP noted that it capped the well on Thursday.', '2010-07-17');
    expect(m.some((e) => e.title.includes('capped'))).toBe(true);
  }, 60_000);
});

describe('a comparison opened by "by comparison" or "just as" (background:comparison-clause)', () => {
  it('"By comparison, Exxon Valdez spilled 11 million gallons ... in 1989" (Fox News, April 2010)', () => {
    const text = "By comparison, Exxon Valdez spilled 11 million gallons in Alaska's Prince William Sound in 1989 -- the worst oil spill in U.S. history.";
    expect(events(text, '2010-04-25').some((m) => m.title.includes('spilled'))).toBe(false);
    expect(whyNot(text, '2010-04-25')).toContain('spilled:background:comparison-clause');
  }, 60_000);

  it('"just as it did when the Soviet Union withdrew from Afghanistan in 1989" (Reuters, June 2009)', () => {
    const text =
      'But at the same time, it has to avoid feeding Pakistani fears that the United States might one day abruptly leave the region, just as it did when the Soviet Union withdrew from Afghanistan in 1989.';
    expect(whyNot(text, '2009-06-04')).toContain('withdrew:background:comparison-clause');
  }, 60_000);

  it('keeps a moment of the story: "Just as Obama arrived in Louisiana on Friday, a storm hit the Gulf"', () => {
    const text = 'Just as Obama arrived in Louisiana on Friday, a storm hit the Gulf.';
    expect(whyNot(text, '2010-07-14')).not.toContain('arrived:background:comparison-clause');
    expect(events(text, '2010-07-14').some((e) => e.title.includes('arrived'))).toBe(true);
  }, 60_000);
});
