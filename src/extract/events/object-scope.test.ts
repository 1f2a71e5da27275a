import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const titled = (text: string, published: string, verb: string) => events(text, published).find((m) => m.title.includes(verb));

describe('events/object-scope: a figure or a promise keeps the phrase that limits it', () => {
  it('keeps "to fishing" after the miles closed (`title:figure-keeps-object-scope`)', () => {
    const text = 'Last week, the authorities closed 4,000 square miles of the Gulf to fishing after a shrimper pulled up tar balls in his nets.';
    const m = titled(text, '2010-05-04', 'closed');
    expect(m?.title).toBe('The authorities closed 4,000 square miles of the Gulf to fishing');
    expect(m?.rules).toContain('title:figure-keeps-object-scope');
  }, 60_000);

  it('makes no "BP implemented budget cuts of 25%" when "at each of its five US refineries" has no room', () => {
    const text =
      'While experiencing its highest profits in its corporate history, BP implemented budget cuts of 25% in 1999 and 2005 at each of its five US refineries.';
    expect(events(text, '2010-06-10').map((m) => m.title)).not.toContain('BP implemented budget cuts of 25%');
    expect(whyNot(text, '2010-06-10')).toContain('implemented:title-cut:figure-without-object-scope');
  }, 60_000);

  it('makes no "Mobil bought 73 mln dlrs of crude oil and oil products" without "from China"', () => {
    const text =
      'It said Mobil bought 73 mln dlrs of crude oil and oil products from China in 1986 and sold it lubricant and fertiliser, but gave no more details.';
    expect(events(text, '1987-03-20').filter((m) => m.title.startsWith('Mobil bought'))).toEqual([]);
    expect(whyNot(text, '1987-03-20')).toContain('bought:title-cut:figure-without-object-scope');
  }, 60_000);

  it('makes no title that gives the exports to Europe to all markets', () => {
    const text =
      'The Philippines exported 43,540 tonnes of coconut oil worth 11.7 mln dlrs to Europe in January, against total exports of 86,959 tonnes worth 23.8 mln.';
    expect(events(text, '1987-03-20').filter((m) => m.title.includes('exported'))).toEqual([]);
  }, 60_000);

  it('keeps "for 10 years without permission" after a promise not to buy (`title:promise-keeps-limit`)', () => {
    const text = 'Ronald Perelman agreed in November not to buy stock for 10 years without permission, Gillette said.';
    const m = titled(text, '1987-06-18', 'agreed');
    expect(m?.title).toBe('Ronald Perelman agreed not to buy stock for 10 years without permission');
    expect(m?.rules).toContain('title:promise-keeps-limit');
  }, 60_000);

  it('leaves a figure that moved alone: "rose 4.9 pct" needs not its level', () => {
    const text = 'Revenues of its Merchandise Group rose 4.9 pct to 1.85 billion dlrs from 1.76 billion dlrs a year earlier, Sears said on Tuesday.';
    expect(events(text, '1987-03-10').flatMap((m) => m.rules)).not.toContain('title-cut:figure-without-object-scope');
  }, 60_000);

  it('lets one loan stand without its lender when the lender has no room', () => {
    const text =
      'The Philippines has received a 300 mln dlr loan from the Japanese Export-Import Bank, Philippine Finance Minister Jaime Ongpin said on Tuesday.';
    expect(whyNot(text, '1987-03-10')).not.toContain('received:title-cut:figure-without-object-scope');
  }, 60_000);
});
