import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('missing days: happenings of a key day the extractor declined', () => {
  it('"has infected at least two children ..., officials said on Tuesday": a number bound is no superlative, and the lede perfect is of the day its sentence names', () => {
    const text =
      'A new type of swine flu has infected at least two children in California and while both have recovered, U.S. health officials said on Tuesday they were looking for more cases.';
    const m = dated(text, '2009-04-21').find((x) => x.title.includes('infected'));
    expect(m?.title).toBe('A new type of swine flu has infected at least two children');
    expect(m?.time?.value).toBe('2009-04-21');
    expect(m?.rules).toEqual(
      expect.arrayContaining(['title:number-bound-no-superlative', 'date:lede-perfect-on-the-day-its-sentence-names', 'date:lede-present-perfect']),
    );
    // (A sentence naming another day leaves the perfect undated.)
    const other = text.replace('on Tuesday', 'on Monday');
    expect(dated(other, '2009-04-21').filter((x) => x.title.includes('infected'))).toEqual([]);
  });

  it('"the first case of the new H1N1 influenza strain showing resistance to Tamiflu": no title cut before what "first" counts among', () => {
    const text =
      'ZURICH/COPENHAGEN (Reuters) - Scientists have established the first case of the new H1N1 influenza strain showing resistance to Tamiflu, the main antiviral flu drug, Danish officials and the manufacturer said on Monday.';
    expect(dated(text, '2009-06-29').filter((x) => x.title.includes('first case'))).toEqual([]);
    expect(whyNot(text, '2009-06-29')).toContain('established:title-cut:first-without-what-it-is-first-of');
  });

  it('"the sudden turnaround that saw schools closed across the capital on Friday": what a turn saw happen reads as a past clause (participle:seen-happening)', () => {
    const text =
      'The government had claimed until late on Thursday that there was nothing unusual about the flu cases and the sudden turnaround that saw schools closed across the capital on Friday angered many Mexicans.';
    const m = dated(text, '2009-04-25').find((x) => x.title.includes('closed'));
    expect(m?.title).toBe('Schools closed across the capital');
    expect(m?.time?.value).toBe('2009-04-24');
    expect(m?.rules).toEqual(expect.arrayContaining(['participle:seen-happening', 'participle:reads-as-past']));
  });
});
