import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { headerSpans } from '../document';
import { tagOf } from '../nlp/tagOf.harness';

/** Each dated mention's title and rules. */
const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('wire copy of 1987: names wink reads as verbs, and results-table headings', () => {
  it('reads a capitalised word after a name in a body sentence as the name’s (`capitalised-verb-after-name-in-body`)', () => {
    const text =
      'Merrill Lynch and Co Inc fired the head of the mergers department in its London office today, saying he had been unable to provide a "satisfactory explanation" in response to insider trading charges filed yesterday by the Securities and Exchange Commission.';
    expect(tagOf(text, 'Lynch')).toEqual({ tag: 'PROPN', rule: 'capitalised-verb-after-name-in-body' });
    const m = dated(text, '1987-03-12').find((x) => x.title.includes('fired'));
    expect(m?.title).toBe('Merrill Lynch and Co Inc fired the head of the mergers department');
    expect(m?.title.startsWith('Co Inc')).toBe(false);
  });

  it('reads the name before an owner’s "s" too, and leaves a title-cased headline alone', () => {
    const s = "Merrill Lynch's statement at midday today said the firm will continue to cooperate fully with authorities.";
    expect(tagOf(s, 'Lynch').tag).toBe('PROPN');
    // (A headline in title case has no small-lettered verb or determiner: its verbs are capitalised.)
    expect(tagOf('Texaco Files For Chapter 11', 'Files').rule).not.toBe('capitalised-verb-after-name-in-body');
  });

  it('gives no event to a results table’s period heading (`furniture:period-ended`)', () => {
    const text = 'Period ended April 30';
    expect(dated(text, '1987-06-19')).toEqual([]);
    expect(whyNot(text, '1987-06-19')).toContain('ended:furniture:period-ended');
    expect(whyNot('The quarter ended March 31.', '1987-04-20')).toContain('ended:furniture:period-ended');
    // (A thing that ends is a happening.)
    expect(dated('The strike ended yesterday.', '1987-04-20').map((m) => m.title)).toContain('The strike ended');
  });

  it('titles an object that names no one by the name in apposition (`title:object-named-by-apposition`)', () => {
    const text =
      'Merrill had suspended the official, Nahum Vaskevitch, yesterday saying at the time it was "disappointed and angry" if the SEC charges are true.';
    const m = dated(text, '1987-03-12').find((x) => x.title.includes('suspended'));
    expect(m?.title).toMatch(/suspended Nahum Vaskevitch$/);
    expect(m?.rules).toContain('title:object-named-by-apposition');
  });

  it('keeps what an interest is in (`title:object-needs-its-phrase:relational`)', () => {
    const text =
      'During March last year privately-held Marcor acquired a controlling interest in F and M Importing, divested the food business, renamed the company and began operating as a real estate investment and service company.';
    const m = dated(text, '1987-03-17').find((x) => x.title.includes('acquired'));
    expect(m?.title).toBe('Privately-held Marcor acquired a controlling interest in F and M Importing');
    expect(m?.rules).toContain('title:object-needs-its-phrase:relational');
  });

  it('reads a wire dateline with its month in capitals as the header ("NEW YORK, MARCH 13 -")', () => {
    const text =
      'MOBIL CUTS DEBT\nNEW YORK, MARCH 13 - Mobil Corp made a 15 pct reduction in its long term debt in 1986 from the previous year according to data in its 1986 annual report.';
    const spans = headerSpans(text);
    expect(spans.map(([a, b]) => text.slice(a, b))).toContain('NEW YORK, MARCH 13 - ');
  });
});
